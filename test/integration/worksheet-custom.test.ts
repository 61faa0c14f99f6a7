// Custom worksheets in <data-dir>/worksheets/, and `worksheet validate` reporting every problem precisely.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';

const GOOD = `id: gratitude
version: 1
title: Three good things
point: 4
summary: Three things that went well today.
fields:
  - id: things
    type: list
    label: What went well today?
    min: 1
    required: true
`;

const BROKEN = `id: sleep-log
version: 1
title: Sleep log
point: 5
summary: How I slept.
fields:
  - id: hours
    type: number
    label: Hours slept
  - id: quality
    type: slider
    label: How well?
  - id: notes
    type: group
    label: Notes
    fields:
      - id: note
        type: text
        label: A note
        colour: blue
      - id: note
        type: text
        label: Again
`;

let home: string;
beforeEach(() => {
  home = tempDir();
  mkdirSync(join(home, 'worksheets'));
});
afterEach(() => removeDir(home));

describe('a worksheet of your own', () => {
  it('appears in the list, marked as yours, and can be filled', () => {
    writeFileSync(join(home, 'worksheets', 'gratitude.yaml'), GOOD);
    const list = cli(home, ['worksheet', 'list']);
    expect(list.stdout).toMatch(/gratitude +Three good things \[your own\]/);
    expect(list.stdout.indexOf('gratitude')).toBeGreaterThan(list.stdout.indexOf('Point 4'));
    expect(JSON.parse(cli(home, ['worksheet', 'list', '--json']).stdout).find((w: { id: string }) => w.id === 'gratitude').custom).toBe(true);
    const fill = cli(home, ['worksheet', 'fill', 'gratitude', '--set', 'things=a long walk', '--set', 'things=soup']);
    expect(fill.code).toBe(0);
    expect(JSON.parse(cli(home, ['worksheet', 'history', 'gratitude', '--json']).stdout)[0].answers).toEqual({ things: ['a long walk', 'soup'] });
  });

  it('validates with exit 0 and a one-line summary', () => {
    const file = join(home, 'gratitude.yaml');
    writeFileSync(file, GOOD);
    const r = cli(home, ['worksheet', 'validate', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('gratitude, "Three good things", 1 field');
  });
});

describe('a broken definition', () => {
  it('validate names the file, the field path and the reason of every problem, and exits 2', () => {
    const file = join(home, 'sleep-log.yaml');
    writeFileSync(file, BROKEN);
    const r = cli(home, ['worksheet', 'validate', file]);
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith(file));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^${file}: point: expected 1, 2, 3, 4 or null`)),
        expect.stringMatching(new RegExp(`^${file}: fields\\.1\\.type: unknown value "slider"; expected one of text, .*\\(field "quality"\\)$`)),
        expect.stringMatching(new RegExp(`^${file}: fields\\.2\\.fields\\.0: unknown key colour \\(field "note"\\)$`)),
      ]),
    );
    // The duplicate id is found even though other problems stop zod before its own cross-field checks.
    expect(lines).toContain(`${file}: fields.2.fields.1.id: duplicate field id "note" (field "note")`);
    expect(lines).toHaveLength(4);
  });

  it('reports a duplicate id and a when that names a later field', () => {
    const file = join(home, 'twice.yaml');
    writeFileSync(file, GOOD.replace('gratitude', 'twice') + `  - id: things\n    type: text\n    label: Again\n  - id: more\n    type: text\n    label: More\n    when: { field: later, equals: x }\n`);
    const r = cli(home, ['worksheet', 'validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}: fields.1.id: duplicate field id "things"`);
    expect(r.stderr).toContain(`${file}: fields.2.when.field: "later" is not an earlier field`);
  });

  it('reports YAML syntax errors with a line number', () => {
    const file = join(home, 'bad.yaml');
    writeFileSync(file, 'id: bad\nfields: [\n');
    const r = cli(home, ['worksheet', 'validate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`${file}:\\d+:\\d+: `));
  });

  it('in the data folder is a warning in the list, never a crash of other worksheets', () => {
    writeFileSync(join(home, 'worksheets', 'sleep-log.yaml'), BROKEN);
    const r = cli(home, ['worksheet', 'list']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/warning: .*sleep-log\.yaml: fields\.1\.type/);
    expect(r.stdout).toContain('cost-benefit-analysis');
    expect(r.stdout).not.toContain('sleep-log');
  });

  it('a missing file is a usage error', () => {
    const r = cli(home, ['worksheet', 'validate', 'nowhere.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read nowhere.yaml');
  });
});
