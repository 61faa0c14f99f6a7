// Writing an export file: atomically (temporary file, fsync, then link or rename), mode 0600 since it
// holds private notes, and never over an existing file unless asked. Unlike the store's writer it never
// changes the mode of the folder it writes into: that folder is the person's own.
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomHex } from '../store/random.js';
import { UserError } from '../errors.js';
import { FILE_MODE, syncDir } from '../store/files.js';

export function exists(file: string): boolean {
  return existsSync(file);
}

function alreadyThere(file: string): UserError {
  return new UserError(`${file} already exists, so nothing was written`, 'add --force to replace it, or choose another name with --out');
}

/** Creates `dir` (mode 0700) when it is missing; an existing folder is left as it is. */
export function ensureOutDir(dir: string): void {
  if (existsSync(dir)) {
    if (!statSync(dir).isDirectory()) throw new UserError(`${dir} is not a folder`);
    return;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}

export function writeExportFile(file: string, data: string, { force = false } = {}): void {
  const dir = dirname(file);
  if (!existsSync(dir)) throw new UserError(`the folder ${dir} does not exist, so nothing was written`);
  if (!force && existsSync(file)) throw alreadyThere(file);
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomHex(4)}.tmp`);
  const fd = openSync(temp, 'wx', FILE_MODE);
  try {
    const buffer = Buffer.from(data, 'utf8');
    let offset = 0;
    while (offset < buffer.length) offset += writeSync(fd, buffer, offset);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    if (force) renameSync(temp, file);
    else {
      // link() fails if the name was taken meanwhile, so a file that appears after the check is never replaced.
      try {
        linkSync(temp, file);
      } catch (error) {
        // A file system without hard links (FAT, some network mounts): check, then rename.
        if (!['EPERM', 'ENOTSUP', 'ENOSYS', 'EXDEV'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
        if (existsSync(file)) throw alreadyThere(file);
        renameSync(temp, file);
      }
      rmSync(temp, { force: true });
    }
  } catch (error) {
    rmSync(temp, { force: true });
    if (error instanceof UserError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw alreadyThere(file);
    throw error;
  }
  syncDir(dir);
}
