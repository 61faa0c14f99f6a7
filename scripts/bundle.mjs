// Bundles the CLI for start-up speed, from tsc's output in dist/: an entry, a core chunk with what every
// command needs, and a chunk per lazily imported command, so `fourpoint status` loads neither the prompts
// nor the worksheet engine.
//
// Rollup rather than esbuild: esbuild splits shared code into many small chunks (status loaded 23
// modules). Rollup keeps the modules the entry already loaded in one chunk that command chunks import
// from (status loads 4). esbuild still minifies each chunk, which is fast. Rollup's WebAssembly build: the
// registry this project installs from has the native build for only two platforms, which `npm ci`
// refuses to lock.
//
// CommonJS chunks (.cjs), though the source is ES modules: Node 20 starts a CommonJS program sooner, and
// the launcher can then run them with V8's code cache (bin/bundle-loader.js). Timed in turn against the
// ES module bundle: an export of 50,000 entries 568 -> 501 ms, `journal list` 115 -> 96 ms.
import { rmSync, writeFileSync } from 'node:fs';
import commonjs from '@rollup/plugin-commonjs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { transform } from 'esbuild';
import { rollup } from '@rollup/wasm-node';

/**
 * commander requires node:child_process at load time, for executable subcommands fourpoint never uses.
 * Loading it (and net, dgram with it) is a tenth of start-up, so commander gets a stand-in that loads
 * the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  resolveId(id, importer) {
    const childProcess = id === 'node:child_process' || id === 'child_process';
    return childProcess && importer?.includes('node_modules/commander/') ? '\0lazy-child-process' : null;
  },
  load(id) {
    if (id !== '\0lazy-child-process') return null;
    return [
      "import { createRequire } from 'node:module';",
      'const load = createRequire(import.meta.url);',
      'let real;',
      "export default new Proxy({}, { get: (_, key) => (real ??= load('node:child_process'))[key] });",
    ].join('\n');
  },
};

/** Minifies each chunk with esbuild (set FOURPOINT_BUNDLE_MINIFY=0 for readable profiles). */
const minify = {
  name: 'esbuild-minify',
  async renderChunk(code) {
    if (process.env.FOURPOINT_BUNDLE_MINIFY === '0') return null;
    const out = await transform(code, { minify: true, target: 'node20', format: 'cjs', legalComments: 'none' });
    return { code: out.code, map: null };
  },
};

/** One bundle: an entry and its chunks in `dir`. */
async function bundleEntry(input, dir, oneFile = false) {
  const bundle = await rollup({
    input,
    plugins: [lazyChildProcess, nodeResolve({ preferBuiltins: true, exportConditions: ['node'] }), commonjs(), json()],
    onwarn(warning, warn) {
      // Harmless here: cycles between modules, `this` at the top of some dependencies, and zod's
      // esbuild-specific pure annotations, which rollup drops.
      if (!['CIRCULAR_DEPENDENCY', 'THIS_IS_UNDEFINED', 'INVALID_ANNOTATION'].includes(warning.code)) warn(warning);
    },
  });
  // A chunk's name carries a hash of its content: the launcher keeps V8's code cache of chunks by name.
  await bundle.write({ dir, format: 'cjs', entryFileNames: '[name].cjs', chunkFileNames: 'chunks/[name]-[hash].cjs', inlineDynamicImports: oneFile, plugins: [minify] });
  await bundle.close();
}

rmSync('dist/bundle', { recursive: true, force: true });
await bundleEntry({ fourpoint: 'dist/cli/main.js' }, 'dist/bundle');
// The launcher's quick `status`, bundled on its own so that it shares no chunk with (and changes nothing
// in) the CLI's bundle: a few store modules are in both.
await bundleEntry({ status: 'dist/cli/status-fast.js' }, 'dist/bundle/status', true);
// The launcher's code cache (bin/bundle-loader.js) is made on this machine, for its Node: never packed.
writeFileSync('dist/bundle/.npmignore', '.code-cache/\n');
