// Writing an export file: atomically (temporary file, fsync, then link or rename), mode 0600 since it
// holds private notes, and never over an existing file unless asked. Unlike the store's writer it never
// changes the mode of the folder it writes into: that folder is the person's own.
import { existsSync, linkSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomHex } from '../store/random.js';
import { FourpointError, UsageError, UserError } from '../errors.js';
import { syncDir, writeNew } from '../store/files.js';

export function exists(file: string): boolean {
  return existsSync(file);
}

// A taken name or a missing folder is bad input (exit 2), like any other --out the person can correct.
function alreadyThere(file: string): UsageError {
  return new UsageError(`${file} already exists, so nothing was written`, 'add --force to replace it, or choose another name with --out');
}

/** Creates `dir` (mode 0700) when it is missing; an existing folder is left as it is. */
export function ensureOutDir(dir: string): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new UsageError(`${dir} is not a folder`);
    return;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/**
 * Writes `data` (a text, or its pieces as they are drawn: a long export is never whole in memory) to a
 * temporary file beside `file`, then puts it in place. A piece that fails to draw leaves nothing behind.
 */
export function writeExportFile(file: string, data: string | Iterable<string>, { force = false } = {}): void {
  const dir = dirname(file);
  if (!existsSync(dir)) throw new UsageError(`the folder ${dir} does not exist, so nothing was written`);
  if (!force && existsSync(file)) throw alreadyThere(file);
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomHex(4)}.tmp`);
  try {
    writeNew(temp, data);
    if (force) renameSync(temp, file);
    else placeNew(temp, file);
  } catch (error) {
    if (error instanceof FourpointError) throw error;
    throw new UserError(`cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}), so nothing was written`);
  } finally {
    rmSync(temp, { force: true });
  }
  syncDir(dir);
}

/** link() fails if the name was taken meanwhile, so a file that appears after the check is never replaced. */
function placeNew(temp: string, file: string): void {
  try {
    linkSync(temp, file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') throw alreadyThere(file);
    // A file system without hard links (FAT, some network mounts): check, then rename.
    if (!['EPERM', 'ENOTSUP', 'ENOSYS', 'EXDEV'].includes(code)) throw error;
    if (existsSync(file)) throw alreadyThere(file);
    renameSync(temp, file);
  }
}
