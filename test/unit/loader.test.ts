// The loader: problems name the file, the path and the field; YAML mistakes give line:col.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { Library, builtinDir, checkDefinition, loadDefinitionFile } from '../../src/worksheets/loader.js';
import { openLibrary } from '../../src/worksheets/library.js';
import { removeDir, tempDir } from '../helpers/cli.js';

const GOOD = `id: mine
version: 1
title: Mine
point: 2
summary: My own.
fields:
  - id: first
    type: text
    label: First
  - id: rate
    type: scale
    label: Rate
    min: 0
    max: 5
`;

describe('checkDefinition', () => {
  it('accepts a good definition', () => {
    const checked = checkDefinition(GOOD, 'worksheets/mine.yaml');
    expect(checked.ok).toBe(true);
  });

  it('names the file, the path and the field id of a schema problem', () => {
    const bad = GOOD.replace('    max: 5', '    max: 5\n    colour: red').replace('type: scale', 'type: scale');
    const checked = checkDefinition(bad, 'worksheets/mine.yaml');
    expect(checked).toEqual({ ok: false, problems: ['worksheets/mine.yaml: fields.1: unknown key colour (field "rate")'] });
  });

  it('names the field for a problem deep inside it', () => {
    const bad = GOOD.replace('    min: 0', '    min: 9');
    const checked = checkDefinition(bad, 'x/mine.yaml');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems).toEqual(['x/mine.yaml: fields.1.max: max (5) is below min (9) (field "rate")']);
  });

  it('gives line and column for a YAML syntax error', () => {
    const broken = GOOD.replace('title: Mine', 'title: Mine: again');
    const checked = checkDefinition(broken, 'worksheets/mine.yaml');
    expect(checked.ok).toBe(false);
    if (!checked.ok) {
      // One line, the position given once at the front: line 3, where the second colon starts a mapping.
      expect(checked.problems).toEqual(['worksheets/mine.yaml:3:8: Nested mappings are not allowed in compact mappings']);
    }
  });

  it('reports a duplicate key with its line', () => {
    const dup = GOOD.replace('title: Mine', 'title: Mine\ntitle: Again');
    const checked = checkDefinition(dup, 'mine.yaml');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems).toEqual(['mine.yaml:4:1: Map keys must be unique']);
  });

  it('insists the id matches the file name', () => {
    const checked = checkDefinition(GOOD, 'worksheets/other.yaml');
    expect(checked).toEqual({ ok: false, problems: ['worksheets/other.yaml: id: "mine" must match the file name "other"'] });
  });

  it('says (top) for a problem with the whole document', () => {
    const checked = checkDefinition('just a string\n', 'mine.yaml');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems[0]).toMatch(/^mine\.yaml: \(top\): /);
  });
});

describe('Library', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('every shipped definition loads', () => {
    const lib = new Library(builtinDir());
    const ids = lib.all().map((l) => l.definition.id);
    expect(ids).toEqual(expect.arrayContaining(['daily-check-in', 'cost-benefit-analysis', 'profile']));
    expect(lib.problems).toEqual([]);
  });

  it('finds a worksheet by shortcut and refuses an unknown id with a UsageError', () => {
    const lib = new Library(builtinDir());
    expect(lib.get('cba')?.definition.id).toBe('cost-benefit-analysis');
    expect(() => lib.require('no-such-sheet')).toThrow(UsageError);
    expect(() => lib.require('../../etc/passwd')).toThrow(/no worksheet called/);
  });

  it("loads a person's own definition and keeps a broken one as a problem, not a crash", () => {
    const custom = join(dir, 'worksheets');
    mkdirSync(custom);
    writeFileSync(join(custom, 'mine.yaml'), GOOD);
    writeFileSync(join(custom, 'broken.yaml'), GOOD.replace('id: mine', 'id: broken').replace('type: text', 'type: texty'));
    writeFileSync(join(custom, 'daily-check-in.yaml'), GOOD.replace('id: mine', 'id: daily-check-in'));
    const lib = new Library(builtinDir(), custom);
    const mine = lib.all().find((l) => l.definition.id === 'mine');
    expect(mine?.builtin).toBe(false);
    expect(lib.problems.some((p) => p.startsWith(join(custom, 'broken.yaml')) && p.includes('fields.0.type') && p.includes('(field "first")'))).toBe(true);
    expect(lib.problems.some((p) => p.includes('"daily-check-in" is already used by a shipped worksheet'))).toBe(true);
  });

  it('openLibrary (the CLI\'s) reads YAML when it must: here, a person\'s own definition', async () => {
    expect((await openLibrary(dir)).require('daily-check-in').definition.id).toBe('daily-check-in');
    mkdirSync(join(dir, 'worksheets'));
    writeFileSync(join(dir, 'worksheets', 'mine.yaml'), GOOD);
    const lib = await openLibrary(dir);
    expect(lib.get('mine')?.builtin).toBe(false);
    expect(lib.problems).toEqual([]);
  });

  it('loadDefinitionFile throws a UsageError whose lines name the file', () => {
    const file = join(dir, 'mine.yaml');
    writeFileSync(file, GOOD.replace('point: 2', 'point: 7'));
    expect(() => loadDefinitionFile(file)).toThrow(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}: point: `));
  });
});
