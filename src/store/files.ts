// Reading and writing one store file: atomic (temporary file, fsync, rename, fsync of the folder), mode 0600.
import { closeSync, fstatSync, fsyncSync, mkdirSync, openSync, readFileSync, readSync, renameSync, rmSync, writeSync, chmodSync, lstatSync, statSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { randomHex } from './random.js';

export const DIR_MODE = 0o700;
export const FILE_MODE = 0o600;

export function ensureDir(dir: string): void {
  const made = mkdirSync(dir, { recursive: true, mode: DIR_MODE });
  try {
    // lstat: a link is never chmodded (that would change the folder it points at, outside the data folder).
    const stat = lstatSync(dir);
    const mode = stat.mode & 0o777;
    // A folder we just made gets 0700 whatever the umask. An existing one only ever loses what others may do:
    // one the person made stricter (0500, read-only) stays so, and the write fails with a clear line.
    const wanted = made !== undefined ? DIR_MODE : mode & 0o700;
    if (!stat.isSymbolicLink() && mode !== wanted) chmodSync(dir, wanted);
  } catch {
    /* a folder we cannot chmod (not ours) is still usable */
  }
}

/** undefined when the file does not exist; other read errors are thrown. */
export function readIfExists(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw withPath(error, file);
  }
}

/** A read of a folder fails in read(), whose error names no file: name it, so the message can. */
function withPath(error: unknown, file: string): unknown {
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e === 'object' && e.code && !e.path) e.path = file;
  return error;
}

/**
 * Names one version of a file: inode, size and modification time. Every store write is a rename of a new
 * file, so a changed file gets a new stamp; a cache made from a file is trusted only under its stamp.
 */
export type FileStamp = string;

const stampOf = (s: { ino: bigint; size: bigint; mtimeNs: bigint }): FileStamp => `${s.ino}:${s.size}:${s.mtimeNs}`;

/** The file's stamp, or undefined when it does not exist. */
export function fileStamp(file: string): FileStamp | undefined {
  const stat = statSync(file, { bigint: true, throwIfNoEntry: false });
  return stat ? stampOf(stat) : undefined;
}

/** The file's bytes and the stamp of exactly those bytes (taken from the open file), or undefined when missing. */
export function readStamped(file: string): { data: Buffer; stamp: FileStamp } | undefined {
  return readOpen(file, (fd) => ({ stamp: stampOf(fstatSync(fd, { bigint: true })), data: readFileSync(fd) }));
}

/**
 * One buffer for readStampedShared, grown as needed: reading years of month files into a new buffer each
 * takes three times as long (every new buffer's memory is fresh to the process).
 */
let shared = Buffer.allocUnsafeSlow(1 << 16);

/**
 * The same, read into a buffer that the next call reuses: for bytes decoded at once (a month file on its
 * way to being parsed), never kept.
 */
export function readStampedShared(file: string): { data: Buffer; stamp: FileStamp } | undefined {
  return readOpen(file, (fd) => {
    const stat = fstatSync(fd, { bigint: true });
    if (shared.length <= stat.size) shared = Buffer.allocUnsafeSlow(Math.max(Number(stat.size) + 1, 2 * shared.length));
    let size = 0;
    for (let n; (n = readSync(fd, shared, size, shared.length - size, null)) > 0; ) {
      size += n;
      // The file grew since its stat: make room and read on.
      if (size === shared.length) shared = Buffer.concat([shared, Buffer.allocUnsafeSlow(shared.length)]);
    }
    return { stamp: stampOf(stat), data: shared.subarray(0, size) };
  });
}

function readOpen<T>(file: string, read: (fd: number) => T): T | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return read(fd);
  } catch (error) {
    throw withPath(error, file);
  } finally {
    closeSync(fd);
  }
}

export function writeAtomic(file: string, data: string | Buffer): void {
  const dir = dirname(file);
  ensureDir(dir);
  const temp = join(dir, `.${basename(file)}.${process.pid}.${randomHex(4)}.tmp`);
  writeNew(temp, data);
  renameSync(temp, file);
  syncDir(dir);
}

/**
 * Writes a file that must not exist yet (mode 0600) and fsyncs it. For files inside a folder that is
 * itself renamed into place when complete (a backup), so a per-file rename is not needed. `data` may come
 * in pieces, written as they are drawn (a long export is never whole in memory).
 */
export function writeNew(file: string, data: string | Buffer | Iterable<string>): void {
  const fd = openSync(file, 'wx', FILE_MODE);
  try {
    for (const piece of typeof data === 'string' || Buffer.isBuffer(data) ? [data] : data) {
      const buffer = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
      for (let offset = 0; offset < buffer.length; ) offset += writeSync(fd, buffer, offset);
    }
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(file, { force: true });
    throw error;
  }
  closeSync(fd);
}

export function syncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    /* some platforms cannot fsync a folder; the rename is still atomic */
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
