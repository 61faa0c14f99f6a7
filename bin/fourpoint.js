#!/usr/bin/env node
'use strict';
// Launcher: runs the built CLI (the bundle, see scripts/build.mjs) and nothing else. CommonJS
// (bin/package.json), like the bundle: Node starts a CommonJS program sooner than an ES module one.
// `--version` alone is answered from package.json without loading the CLI: it is what scripts and
// package managers call most, and the same number the CLI reports (a test keeps them equal).
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  process.stdout.write(`${require('../package.json').version}\n`);
} else {
  const { bundleLoader, cacheFolder, BUNDLE } = require('./bundle-loader.js');
  const bundle = bundleLoader(cacheFolder());
  process.on('exit', bundle.save);
  /** A file of the bundle; one line, not a stack trace, when there is no bundle (a clone not yet built). */
  const load = (name) => {
    try {
      return bundle.load(name);
    } catch (error) {
      if (error?.code !== 'ENOENT' || !String(error.path).startsWith(BUNDLE)) throw error;
      process.stderr.write('fourpoint: the CLI is not built in this folder yet; run: npm run build\n');
      process.exit(1);
    }
  };
  load('fourpoint.cjs')
    .run(args)
    .then((code) => {
      process.exitCode = code;
    });
}
