#!/usr/bin/env node
// Launcher: imports the built CLI (the rollup bundle, see scripts/bundle.mjs) and nothing else.
// `--version` alone is answered from package.json without loading the CLI: it is what scripts and
// package managers call most, and the same number the CLI reports (a test keeps them equal).
// `status` alone (or with --json) is what a shell prompt runs each time: a bundle of its own answers it
// without the CLI, and hands over to the CLI for anything it is unsure of (see src/cli/status-fast.ts).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { createRequire } = await import('node:module');
  process.stdout.write(`${createRequire(import.meta.url)('../package.json').version}\n`);
} else {
  const quick = args[0] === 'status' ? (await import('../dist/bundle/status/status.js')).statusFast(args) : undefined;
  if (quick !== undefined) process.exitCode = quick;
  else {
    const { run } = await import('../dist/bundle/fourpoint.js');
    process.exitCode = await run(args);
  }
}
