#!/usr/bin/env node
// Launcher: imports the built CLI (the rollup bundle, see scripts/bundle.mjs) and nothing else.
// `--version` alone is answered from package.json without loading the CLI: it is what scripts and
// package managers call most, and the same number the CLI reports (a test keeps them equal).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { createRequire } = await import('node:module');
  process.stdout.write(`${createRequire(import.meta.url)('../package.json').version}\n`);
} else {
  const { run } = await import('../dist/bundle/fourpoint.js');
  process.exitCode = await run(args);
}
