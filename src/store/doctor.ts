// fourpoint doctor: looks at every store file without trusting any of them, and, asked to repair,
// restores each damaged file from its newest good backup after setting the damaged one aside.
// It never deletes a data file.
import { chmodSync, existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { StoreError } from '../errors.js';
import { backupsDir, listBackups, stampedName, storeFileNames } from './backup.js';
import { folderEncrypted, isEncrypted } from './crypto.js';
import { DIR_MODE, FILE_MODE, ensureDir, readIfExists, writeAtomic } from './files.js';
import { breakStale, ownerAlive, readLock, withLock } from './lock.js';
import { commandOf } from './lock-owner.js';
import { COMMIT_JOURNAL, pendingCommit } from './commit.js';
import { storeFiles } from './paths.js';
import { migrate, type Codec } from './store.js';
import { mainSchema, partitionSchema } from './schemas.js';
import { dataFiles } from './encryption.js';

export interface FileCheck {
  file: string;
  ok: boolean;
  entries?: number;
  drafts?: number;
  problem?: string;
}

export interface DoctorReport {
  dataDir: string;
  exists: boolean;
  encrypted: boolean;
  files: FileCheck[];
  entries: number;
  drafts: number;
  backups: { name: string; files: number }[];
  lock: { state: 'free' | 'held' | 'stale'; pid?: number; command?: string };
  strayFiles: string[];
  /** A change of many files (an import) a killed process left: finished (forward) or undone (back) on the next change. */
  interruptedCommit?: 'forward' | 'back';
  permissions: string[];
  plainInEncrypted: string[];
  ok: boolean;
}

/** Whether one file's bytes decode, parse and validate as the store file `rel` should. */
export function checkBytes(rel: string, data: Buffer, codec: Codec, path = rel): FileCheck {
  try {
    const raw = migrate(JSON.parse(codec.decode(data, path)), path);
    if (rel === storeFiles.main) {
      const main = mainSchema.safeParse(raw);
      if (!main.success) return { file: rel, ok: false, problem: issue(main.error.issues[0]) };
      return { file: rel, ok: true, drafts: main.data.drafts.length };
    }
    const part = partitionSchema.safeParse(raw);
    if (!part.success) return { file: rel, ok: false, problem: issue(part.error.issues[0]) };
    const month = rel.slice(-12, -5);
    if (part.data.month !== month) return { file: rel, ok: false, problem: `holds month ${part.data.month}, not ${month}` };
    return { file: rel, ok: true, entries: part.data.entries.length };
  } catch (error) {
    if (error instanceof StoreError) return { file: rel, ok: false, problem: error.message.replace(`${path} `, '') };
    return { file: rel, ok: false, problem: 'is not valid JSON' };
  }
}

/** Checks the store file at `path`, which may not be a readable file at all (a folder, no permission). */
function checkFile(rel: string, path: string, codec: Codec): FileCheck {
  let data: Buffer;
  try {
    data = readIfExists(path) ?? Buffer.alloc(0);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { file: rel, ok: false, problem: code === 'EISDIR' ? 'is a folder where a file should be' : `cannot be read (${code ?? 'unreadable'})` };
  }
  return checkBytes(rel, data, codec, path);
}

function issue(first: { path: PropertyKey[]; message: string } | undefined): string {
  if (!first) return 'does not validate';
  return `does not validate (${first.path.length ? `${first.path.join('.')}: ` : ''}${first.message})`;
}

function mode(path: string): number {
  return statSync(path).mode & 0o777;
}

/** Files and folders whose mode lets someone else read them. */
function loosePermissions(dir: string, top = dir): string[] {
  const out: string[] = [];
  if (mode(dir) !== DIR_MODE) out.push(`${dir === top ? '.' : dir.slice(top.length + 1)}/ (${mode(dir).toString(8)})`);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) out.push(...loosePermissions(path, top));
    else if (stat.isFile() && (stat.mode & 0o077) !== 0) out.push(`${path.slice(top.length + 1)} (${(stat.mode & 0o777).toString(8)})`);
  }
  return out;
}

function strays(dir: string): string[] {
  const out: string[] = [];
  for (const [folder, prefix] of [
    [dir, ''],
    [join(dir, storeFiles.entriesDir), `${storeFiles.entriesDir}/`],
    [backupsDir(dir), `${storeFiles.backups}/`],
    [join(dir, storeFiles.cache), `${storeFiles.cache}/`],
  ] as const) {
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)) if (/\.tmp$|^\.partial-|^\.lock\.break\./.test(name)) out.push(prefix + name);
  }
  return out;
}

export function inspect(dir: string, codec: Codec): DoctorReport {
  const exists = existsSync(dir);
  const encrypted = exists && folderEncrypted(dir);
  const files = exists ? storeFileNames(dir).map((rel) => checkFile(rel, join(dir, rel), codec)) : [];
  const owner = exists ? readLock(join(dir, storeFiles.lock)) : undefined;
  const lock: DoctorReport['lock'] = !owner ? { state: 'free' } : ownerAlive(owner) ? { state: 'held', pid: owner.pid, command: commandOf(owner.pid) } : { state: 'stale', pid: owner.pid };
  const backups = exists ? listBackups(dir).map((name) => ({ name, files: storeFileNames(join(backupsDir(dir), name)).length })) : [];
  // Any file that may hold health data, backups and files set aside included (not leftovers of the dead).
  const plainInEncrypted = encrypted
    ? dataFiles(dir)
        .filter((f) => !f.endsWith('.tmp') && !isEncrypted(readIfExists(f) ?? Buffer.alloc(0)))
        .map((f) => f.slice(dir.length + 1))
    : [];
  const permissions = exists ? loosePermissions(dir) : [];
  return {
    dataDir: dir,
    exists,
    encrypted,
    files,
    entries: files.reduce((n, f) => n + (f.entries ?? 0), 0),
    drafts: files.reduce((n, f) => n + (f.drafts ?? 0), 0),
    backups,
    lock,
    strayFiles: exists ? strays(dir) : [],
    interruptedCommit: exists ? pendingCommit(dir) : undefined,
    permissions,
    plainInEncrypted,
    // A stale lock is reported but harmless: the next change clears it.
    ok: files.every((f) => f.ok) && permissions.length === 0 && plainInEncrypted.length === 0,
  };
}

export interface RepairAction {
  file: string;
  done: string;
}

/**
 * Restores each damaged file from the newest backup that holds a good copy of it, after moving the
 * damaged one to broken/<time>/. Tightens loose permissions and clears a dead process's lock.
 */
export function repair(dir: string, codec: Codec, now: Date): RepairAction[] {
  const actions: RepairAction[] = [];
  const owner = readLock(join(dir, storeFiles.lock));
  if (owner && !ownerAlive(owner)) {
    breakStale(dir, join(dir, storeFiles.lock));
    actions.push({ file: storeFiles.lock, done: `cleared the lock left by process ${owner.pid}, which is no longer running (its number may now belong to another program)` });
  }
  const pending = pendingCommit(dir);
  // Taking the lock finishes (or undoes) it first, as every change does.
  if (pending)
    actions.push({ file: COMMIT_JOURNAL, done: pending === 'forward' ? 'finished an import that was interrupted after it was committed' : 'undid an import that was interrupted before it was committed (nothing of it had landed)' });
  withLock(dir, () => {
    const aside = join(dir, 'broken', stampedName(now, 'doctor'));
    for (const rel of storeFileNames(dir)) {
      const path = join(dir, rel);
      if (checkFile(rel, path, codec).ok) continue;
      const good = listBackups(dir)
        .map((name) => join(backupsDir(dir), name, rel))
        .find((file) => existsSync(file) && checkFile(rel, file, codec).ok);
      if (!good && statSync(path).isDirectory()) {
        // A folder holds no entries of ours: set it aside, and the month (or main file) reads as empty.
        ensureDir(dirname(join(aside, rel)));
        renameSync(path, join(aside, rel));
        actions.push({ file: rel, done: `was a folder where a file should be; moved to ${join(aside, rel)}` });
        continue;
      }
      if (!good) {
        actions.push({ file: rel, done: 'no backup holds a good copy; left as it is' });
        continue;
      }
      ensureDir(dirname(join(aside, rel)));
      renameSync(path, join(aside, rel));
      // Through the codec, so a restored file is encrypted exactly when the folder is.
      writeAtomic(path, codec.encode(codec.decode(readIfExists(good)!, good)));
      actions.push({ file: rel, done: `restored from ${good}; the damaged file is kept at ${join(aside, rel)}` });
    }
    for (const loose of loosePermissions(dir)) {
      const rel = loose.replace(/ \(\d+\)$/, '').replace(/\/$/, '');
      const path = rel === '.' ? dir : join(dir, rel);
      chmodSync(path, statSync(path).isDirectory() ? DIR_MODE : FILE_MODE);
      actions.push({ file: rel, done: 'made private to you' });
    }
  });
  return actions;
}
