// Bundles the CLI with esbuild for start-up speed: one small entry for what every command needs, and a
// chunk per lazily imported command, so `fourpoint status` loads neither the prompts nor the worksheet engine.
// tsc still type-checks and emits dist/ for the tests and the benchmark's store builder.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

/**
 * commander requires node:child_process at load time, for executable subcommands fourpoint never uses.
 * Loading it (and net, dgram with it) is a tenth of start-up, so commander gets a stand-in that loads
 * the real module on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander/') ? { path: 'lazy-child-process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:child_process'))[key] });",
      loader: 'js',
    }));
  },
};

rmSync('dist/bundle', { recursive: true, force: true });
await build({
  entryPoints: { fourpoint: 'src/cli/main.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: process.env.FOURPOINT_BUNDLE_MINIFY !== '0',
  legalComments: 'none',
  chunkNames: 'chunks/[name]-[hash]',
  plugins: [lazyChildProcess],
  // Some dependencies are CommonJS and call require(); give them one in the ES module output.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
});
