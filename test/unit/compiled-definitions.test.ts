// Precompiled shipped definitions (dist/worksheets.json) are used only while the YAML is unchanged.
import { cpSync, mkdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compiledFile, compiledFor, readCompiled } from '../../src/worksheets/compiled.js';
import { Library, builtinDir, loadDefinitionFile } from '../../src/worksheets/loader.js';
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
