// The launcher's loader of the bundle: runs CommonJS chunks like require(), and keeps V8's code cache of
// them so that later runs skip compiling. A cache must never stand in for a changed file, and a cache
// that cannot be written must cost nothing but the cache.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

interface Loader {
  load(name: string): Record<string, unknown>;
  save(): string[];
}
const LOADER = createRequire(import.meta.url).resolve('../../bin/bundle-loader.js');
const { bundleLoader, cacheFolder } = createRequire(import.meta.url)(LOADER) as {
  bundleLoader(cache: string | undefined, bundle: string): Loader;
  cacheFolder(env: Record<string, string | undefined>): string | undefined;
};

let bundle: string;
let cache: string;

/**
 * A run of its own, as the launcher makes: V8 keeps what one process compiled in memory and would not
 * look at a cache for the same source again. Gives the entry's answer and the cache files written.
 */
function run(): { answer: number; saved: string[] } {
  const script = `const l = require(${JSON.stringify(LOADER)}).bundleLoader(${JSON.stringify(cache)}, ${JSON.stringify(bundle)});
const answer = l.load('entry.cjs').answer();
console.log(JSON.stringify({ answer, saved: l.save() }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as { answer: number; saved: string[] };
}

function write(name: string, source: string): void {
  writeFileSync(join(bundle, name), source);
}

beforeEach(() => {
  const root = mkdtempSync(join(tmpdir(), 'fourpoint-loader-'));
  bundle = join(root, 'bundle');
  cache = join(root, 'cache');
  mkdirSync(join(bundle, 'chunks'), { recursive: true });
  write('entry.cjs', "'use strict';\nconst core = require('./chunks/core.cjs');\nconst { sep } = require('node:path');\nexports.answer = () => core.twice(21) + sep.length - 1;\nexports.file = __filename;\n");
  write('chunks/core.cjs', "'use strict';\nexports.loads = (exports.loads ?? 0) + 1;\nexports.twice = (n) => n * 2;\n");
});

afterEach(() => rmSync(join(bundle, '..'), { recursive: true, force: true }));

describe('bundleLoader', () => {
  it('runs a file with its chunks (each once) and node modules, as require() would', () => {
    const loader = bundleLoader(cache, bundle);
    const entry = loader.load('entry.cjs');
    expect((entry.answer as () => number)()).toBe(42);
    expect(entry.file).toBe(join(bundle, 'entry.cjs'));
    expect(loader.load('chunks/core.cjs').loads).toBe(1);
    expect(loader.load('entry.cjs')).toBe(entry);
  });

  it('keeps the code of each chunk on the first run, and a later run finds every one usable', () => {
    const first = run();
    // The entry's name stays the same from one build to the next, so its code is never kept.
    expect(first).toEqual({ answer: 42, saved: [expect.stringContaining('core.cjs')] });
    // Nothing was refused, so nothing needs writing again.
    expect(run()).toEqual({ answer: 42, saved: [] });
  });

  it('never runs the code kept for a file that has changed since, even one of the same length', () => {
    run();
    write('chunks/core.cjs', "'use strict';\nexports.loads = (exports.loads ?? 0) + 1;\nexports.twice = (n) => n * 3;\n");
    utimesSync(join(bundle, 'chunks', 'core.cjs'), new Date(), new Date(Date.now() + 5000));
    expect(run()).toEqual({ answer: 63, saved: [expect.stringContaining('core.cjs')] });
  });

  it('writes a damaged cache anew rather than trust it', () => {
    const [kept] = run().saved;
    writeFileSync(kept!, 'not V8 code');
    expect(run()).toEqual({ answer: 42, saved: [kept] });
    expect(run()).toEqual({ answer: 42, saved: [] });
  });

  it('runs as well where the cache cannot be written, and leaves nothing half written', () => {
    writeFileSync(cache, 'a file where the cache folder would be');
    const loader = bundleLoader(join(cache, 'v20'), bundle);
    expect((loader.load('entry.cjs').answer as () => number)()).toBe(42);
    expect(loader.save()).toEqual([]);
    const off = bundleLoader(undefined, bundle);
    expect((off.load('entry.cjs').answer as () => number)()).toBe(42);
    expect(off.save()).toEqual([]);
    expect(readdirSync(join(bundle, '..')).sort()).toEqual(['bundle', 'cache']);
  });

  it('keeps one cache per Node version, and none when FOURPOINT_CODE_CACHE=0', () => {
    expect(cacheFolder({})).toContain(`${process.version}-${process.arch}`);
    expect(cacheFolder({ FOURPOINT_CODE_CACHE: '0' })).toBeUndefined();
  });
});
