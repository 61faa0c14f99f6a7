// A failure of the file system (a folder where a file should be, a read-only disk, no permission, a
// full disk) as one line that names the file and what to do. Only main calls it; nothing was lost:
// every store write goes to a temporary file first, so a failed write leaves the old file whole.
import { UserError } from '../errors.js';

interface SystemError {
  code: string;
  path?: string;
  dest?: string;
  syscall?: string;
}

function isSystemError(error: unknown): error is SystemError {
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code);
}

/** The same failure as a UserError (exit 1) with a hint, or undefined when it is not a file-system failure we know. */
export function describeSystemError(error: unknown): UserError | undefined {
  if (!isSystemError(error)) return undefined;
  const file = error.path ?? 'a file in the data folder';
  const unchanged = 'nothing was changed';
  switch (error.code) {
    case 'EISDIR':
      return new UserError(`${file} is a folder where fourpoint expects a file, so ${unchanged}`, 'move that folder out of the way (for a store file, fourpoint doctor --repair does it), then try again');
    case 'ENOTDIR':
      return new UserError(`part of ${file} is a file where fourpoint expects a folder, so ${unchanged}`, 'move that file out of the way (or choose another folder with --data-dir), then try again');
    case 'EROFS':
      return new UserError(`${file} is on a read-only file system, so ${unchanged}`, 'choose a writable data folder with --data-dir or FOURPOINT_HOME');
    case 'EACCES':
    case 'EPERM':
      return new UserError(`no permission to ${error.syscall ?? 'use'} ${file}, so ${unchanged}`, 'make the data folder yours and writable (chmod u+rwx on the folder, u+rw on its files), or choose another with --data-dir');
    case 'ENOSPC':
    case 'EDQUOT':
      return new UserError(`the disk is full (writing ${file}), so ${unchanged}`, 'free some space on that disk and try again');
    case 'EMFILE':
    case 'ENFILE':
      return new UserError(`too many files are open on this system (opening ${file}), so ${unchanged}`, 'close some programs and try again');
    case 'ENAMETOOLONG':
    case 'ELOOP':
      return new UserError(`${file} cannot be opened (${error.code === 'ELOOP' ? 'a loop of symbolic links' : 'the path is too long'}), so ${unchanged}`, 'choose another data folder with --data-dir');
    default:
      return undefined;
  }
}
