// Precompiled shipped definitions (dist/worksheets.json) are used only while the YAML is unchanged.
import { cpSync, mkdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compiledFile, compiledFor, readCompiled } from '../../src/worksheets/compiled.js';
import { Library, builtinDir, loadDefinitionFile, needsChecker } from '../../src/worksheets/loader.js';
import { Library as LightLibrary } from '../../src/worksheets/library.js';
import { App } from '../../src/cli/context.js';
import { memoryIo } from '../helpers/memory-io.js';
import { removeDir, tempDir } from '../helpers/cli.js';

describe('compiled definitions', () => {
  let root: string;
  let shipped: string;
  beforeEach(() => {
    root = tempDir();
    shipped = join(root, 'worksheets');
    cpSync(builtinDir(), shipped, { recursive: true });
    mkdirSync(join(root, 'dist'));
  });
  afterEach(() => removeDir(root));

  function compile(rel: string, title: string) {
    const file = join(shipped, rel);
    const { size, mtimeMs } = statSync(file);
    const definition = { ...loadDefinitionFile(file), title };
    writeFileSync(compiledFile(shipped), JSON.stringify({ [rel]: { size, mtimeMs, definition } }));
  }

  it('are used while the YAML file is the one they were made from, and not after it changes', () => {
    compile('deads.yaml', 'DEADS (compiled)');
    const file = join(shipped, 'deads.yaml');
    expect(compiledFor(readCompiled(shipped), shipped, file)?.title).toBe('DEADS (compiled)');
    expect(new Library(shipped).get('deads')?.definition.title).toBe('DEADS (compiled)');
    // An edit (here only its time) makes the loader read the YAML again.
    const later = new Date(Date.now() + 5000);
    utimesSync(file, later, later);
    expect(compiledFor(readCompiled(shipped), shipped, file)).toBeUndefined();
    expect(new Library(shipped).get('deads')?.definition.title).toBe('DEADS plan');
  });

  it('are not needed: without the file, definitions come from the YAML', () => {
    expect(readCompiled(shipped)).toEqual({});
    expect(new Library(shipped).get('cost-benefit-analysis')?.definition.title).toBe('Cost-Benefit Analysis');
  });

  it('make YAML and zod unneeded: a library reads them only when some definition is not compiled, or is the person\'s own', () => {
    const custom = join(root, 'data', 'worksheets');
    compile('deads.yaml', 'Compiled');
    // The other shipped definitions are not compiled: they need reading from YAML.
    expect(needsChecker(shipped, custom)).toBe(true);
    const all = Object.fromEntries(
      new Library(shipped).all().map((l) => {
        const rel = l.file.slice(shipped.length + 1);
        const { size, mtimeMs } = statSync(l.file);
        return [rel, { size, mtimeMs, definition: l.definition }];
      }),
    );
    writeFileSync(compiledFile(shipped), JSON.stringify(all));
    expect(needsChecker(shipped, custom)).toBe(false);
    // All compiled: a library without a checker (no YAML parser, no zod) still has every shipped definition.
    expect(new LightLibrary(shipped, custom).all().map((l) => l.definition.id).sort()).toEqual(Object.values(all).map((c) => c.definition.id).sort());
    mkdirSync(custom, { recursive: true });
    writeFileSync(join(custom, 'mine.yaml'), 'id: mine\n');
    // A definition of the person's own is always read from YAML.
    expect(needsChecker(shipped, custom)).toBe(true);
  });
});

describe("the App's library", () => {
  let home: string;
  beforeEach(() => {
    home = tempDir();
  });
  afterEach(() => removeDir(home));

  const GOOD = 'id: mine\nversion: 1\ntitle: Mine\npoint: 2\nsummary: My own.\nfields:\n  - id: first\n    type: text\n    label: First\n';

  it("reads shipped worksheets, and the person's own when there are some", async () => {
    const app = new App(memoryIo({ env: { FOURPOINT_HOME: home } }));
    await app.loadLibrary();
    expect(app.library.get('deads')?.definition.id).toBe('deads');
    mkdirSync(join(home, 'worksheets'));
    writeFileSync(join(home, 'worksheets', 'mine.yaml'), GOOD);
    const again = new App(memoryIo({ env: { FOURPOINT_HOME: home } }));
    await again.loadLibrary();
    expect(again.library.get('mine')?.definition.title).toBe('Mine');
    expect(again.library.problems).toEqual([]);
  });
});
