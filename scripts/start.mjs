// npm start: runs the built CLI at once. It builds first only when there is no build yet or something
// the build is made from (src/, worksheets/, the build's own files) changed after it: a clone that
// `npm install` built (the prepare script) starts as fast as an installed fourpoint.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const INPUTS = ['src', 'worksheets', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs'];

/** Modification time in ms, or undefined when the path is missing. */
function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/** The newest modification time under `path` (a file, or a folder and everything in it). */
function newest(path) {
  let latest = mtime(path) ?? 0;
  try {
    for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) latest = Math.max(latest, mtime(join(entry.parentPath, entry.name)) ?? 0);
  } catch {
    // A file, not a folder.
  }
  return latest;
}

const built = mtime(join(root, 'dist', '.built'));
if (built === undefined || INPUTS.some((p) => newest(join(root, p)) > built)) {
  process.stderr.write('fourpoint: building first (the sources changed since the last build)\n');
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, FOURPOINT_BUILD_QUIET: '1' } });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// The launcher reads its arguments from process.argv, which are this script's: the ones after `npm start --`.
createRequire(import.meta.url)('../bin/fourpoint.js');
