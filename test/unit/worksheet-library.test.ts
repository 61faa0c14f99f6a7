// Every shipped definition loads and validates, and the shortcut list agrees with the definitions.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHORTCUTS } from '../../src/cli/register/shortcuts.js';
import { isListedWorksheet } from '../../src/worksheets/definition.js';
import { Library, builtinDir, checkDefinition } from '../../src/worksheets/loader.js';
import { ROOT, tempDir, removeDir } from '../helpers/cli.js';

const shippedFiles = readdirSync(builtinDir(), { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name.endsWith('.yaml'))
  .map((d) => join(d.parentPath, d.name));

describe('shipped worksheets', () => {
  it.each(shippedFiles.map((f) => [relative(ROOT, f), f]))('%s validates', (_name, file) => {
    const checked = checkDefinition(readFileSync(file, 'utf8'), file);
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });

  it('include every tool of the four points under its fixed id', () => {
    const home = tempDir();
    try {
      const library = Library.open(home);
      const ids = library.all().filter((l) => isListedWorksheet(l.definition)).map((l) => l.definition.id);
      expect(library.problems).toEqual([]);
      for (const id of ['cost-benefit-analysis', 'change-plan', 'hierarchy-of-values', 'urge-log', 'deads', 'disarm', 'abc', 'problem-solving', 'self-acceptance', 'lifestyle-balance-pie', 'vaci', 'goals'])
        expect(ids).toContain(id);
      for (const point of [1, 2, 3, 4]) expect(library.all().filter((l) => l.definition.point === point).length).toBeGreaterThanOrEqual(3);
    } finally {
      removeDir(home);
    }
  });

  it('never call the person by a label', () => {
    for (const file of shippedFiles) expect(readFileSync(file, 'utf8')).not.toMatch(/\b(addict|alcoholic|patient)s?\b/i);
  });
});

describe('shortcut commands', () => {
  const home = tempDir();
  const library = Library.open(home);
  const withShortcut = library.all().filter((l) => l.definition.shortcut);
  removeDir(home);

  it('list exactly the shortcuts the definitions declare', () => {
    const declared = Object.fromEntries(withShortcut.map((l) => [l.definition.shortcut!, l.definition.id]));
    expect(Object.fromEntries(Object.entries(SHORTCUTS).map(([k, v]) => [k, v.id]))).toEqual(declared);
  });

  it('carry the definitions\' titles', () => {
    for (const l of withShortcut) expect(SHORTCUTS[l.definition.shortcut!]?.title).toBe(l.definition.title);
  });
});
