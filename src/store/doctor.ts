// fourpoint doctor: looks at every store file without trusting any of them, and, asked to repair,
// restores each damaged file from its newest good backup after setting the damaged one aside.
// It never deletes a data file.
import { chmodSync, existsSync, lstatSync, readdirSync, readlinkSync, renameSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { StoreError } from '../errors.js';
import { backupsDir, listBackups, stampedName, storeFileNames } from './backup.js';
import { KEY_FILE, folderEncrypted, isEncrypted } from './crypto.js';
import { partitionProblem } from './guards.js';
import { DIR_MODE, FILE_MODE, ensureDir, readIfExists, writeAtomic } from './files.js';
import { breakStale, ownerAlive, readLock, withLock } from './lock.js';
import { commandOf } from './lock-owner.js';
import { COMMIT_JOURNAL, pendingCommit } from './commit.js';
import { storeFiles } from './paths.js';
import { byDayThenSaved, migrate, type Codec } from './store.js';
import { entrySchema, type Entry } from '../domain/entry.js';
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
  /** Folders you cannot write to, or read (mode 0500 and the like), as "rel/ (mode)": writes there fail. */
  notWritable: string[];
  /** Links inside the folder ("entries/2026-01.json -> /elsewhere"), reported, never followed. */
  links: string[];
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
    const broken = partitionProblem(part.data, month);
    if (broken) return { file: rel, ok: false, problem: `does not hold what its name promises (${broken})` };
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

/** The names a data folder holds at its top; doctor looks at these and nothing else (never a whole disk). */
const LAYOUT = [storeFiles.main, storeFiles.settings, KEY_FILE, storeFiles.entriesDir, storeFiles.cache, storeFiles.backups, storeFiles.worksheets, 'broken'];

/** Whether the folder holds anything of a fourpoint store (doctor --data-dir / must not touch a disk). */
export function looksLikeStore(dir: string): boolean {
  return [storeFiles.main, storeFiles.settings, KEY_FILE, storeFiles.entriesDir, storeFiles.backups].some((name) => lstatSync(join(dir, name), { throwIfNoEntry: false }));
}

interface Walked {
  /** Folders and files whose mode lets someone else read them, as "rel (mode)". */
  loose: string[];
  /** Folders whose mode keeps you from reading or changing them, as "rel/ (mode)". */
  strict: string[];
  /** Symbolic links, as "rel -> target": never followed, so nothing outside the folder is read or changed. */
  links: string[];
}

/** The store's own layout, walked without following a link, folders first. */
function walkLayout(dir: string): Walked {
  const out: Walked = { loose: [], strict: [], links: [] };
  const folder = (rel: string, m: number) => {
    if (m & 0o077) out.loose.push(`${rel} (${m.toString(8)})`);
    if ((m & 0o700) !== 0o700) out.strict.push(`${rel} (${m.toString(8)})`);
  };
  // The folder itself may be a link the person made (their choice of place); links inside it are not followed.
  folder('./', statSync(dir).mode & 0o777);
  const visit = (rel: string) => {
    const path = join(dir, rel);
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isSymbolicLink()) {
      out.links.push(`${rel} -> ${readlinkSync(path)}`);
      return;
    }
    const m = stat.mode & 0o777;
    if (stat.isDirectory()) {
      folder(`${rel}/`, m);
      for (const name of readdirSync(path)) visit(`${rel}/${name}`);
    } else if (stat.isFile() && (m & 0o077) !== 0) out.loose.push(`${rel} (${m.toString(8)})`);
  };
  for (const name of LAYOUT) visit(name);
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
    if (!lstatSync(folder, { throwIfNoEntry: false })?.isDirectory() && folder !== dir) continue;
    for (const name of readdirSync(folder)) if (/\.tmp$|^\.partial-|^\.lock\.break\./.test(name)) out.push(prefix + name);
  }
  return out;
}

export function inspect(dir: string, codec: Codec): DoctorReport {
  const exists = existsSync(dir) && looksLikeStore(dir);
  const encrypted = exists && folderEncrypted(dir);
  const files = exists ? storeFileNames(dir, { folders: true }).map((rel) => checkFile(rel, join(dir, rel), codec)) : [];
  const owner = exists ? readLock(join(dir, storeFiles.lock)) : undefined;
  const lock: DoctorReport['lock'] = !owner ? { state: 'free' } : ownerAlive(owner) ? { state: 'held', pid: owner.pid, command: commandOf(owner.pid) } : { state: 'stale', pid: owner.pid };
  const backups = exists ? listBackups(dir).map((name) => ({ name, files: storeFileNames(join(backupsDir(dir), name)).length })) : [];
  // Any file that may hold health data, backups and files set aside included (not leftovers of the dead).
  const plainInEncrypted = encrypted
    ? dataFiles(dir)
        .filter((f) => !f.endsWith('.tmp') && !isEncrypted(readIfExists(f) ?? Buffer.alloc(0)))
        .map((f) => f.slice(dir.length + 1))
    : [];
  const walked = exists ? walkLayout(dir) : { loose: [], strict: [], links: [] };
  const permissions = walked.loose;
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
    notWritable: walked.strict,
    links: walked.links,
    plainInEncrypted,
    // A stale lock is reported but harmless: the next change clears it.
    ok: files.every((f) => f.ok) && permissions.length === 0 && walked.strict.length === 0 && walked.links.length === 0 && plainInEncrypted.length === 0,
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
  // Not a fourpoint folder (doctor --data-dir /): nothing to repair, and no lock file left behind.
  if (!existsSync(dir) || !looksLikeStore(dir)) return actions;
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
    for (const rel of storeFileNames(dir, { folders: true })) {
      const path = join(dir, rel);
      if (checkFile(rel, path, codec).ok) continue;
      const goodName = listBackups(dir).find((name) => {
        const file = join(backupsDir(dir), name, rel);
        return existsSync(file) && checkFile(rel, file, codec).ok;
      });
      const good = goodName === undefined ? undefined : join(backupsDir(dir), goodName, rel);
      if (!good && statSync(path).isDirectory()) {
        // A folder holds no entries of ours: set it aside, and the month (or main file) reads as empty.
        ensureDir(dirname(join(aside, rel)));
        renameSync(path, join(aside, rel));
        actions.push({ file: rel, done: `was a folder where a file should be; moved to ${join(aside, rel)}` });
        continue;
      }
      const mended = good ? undefined : mendMonthField(rel, readIfExists(path) ?? Buffer.alloc(0), codec, path);
      if (!good && !mended) {
        actions.push({ file: rel, done: 'no backup holds a good copy; left as it is' });
        continue;
      }
      // Entries written after the backup are merged in by id where the damaged file still shows them.
      const merged = good ? mergeReadable(rel, codec.decode(readIfExists(good)!, good), readableEntries(rel, path, codec)) : undefined;
      ensureDir(dirname(join(aside, rel)));
      renameSync(path, join(aside, rel));
      // Through the codec, so a restored file is encrypted exactly when the folder is.
      writeAtomic(path, codec.encode(mended ?? merged!.text));
      const kept = `the damaged file is kept at ${join(aside, rel)}`;
      actions.push({
        file: rel,
        done: good ? `restored from ${good}; ${merged!.said(goodName!)}; ${kept}` : `set its month field back to the month of its name and of every entry in it; ${kept}`,
      });
    }
    const walked = walkLayout(dir);
    // Asked to repair, a folder you cannot write to is made yours to write again (a write never does that).
    for (const listed of [...new Set([...walked.loose, ...walked.strict])]) {
      const rel = listed.replace(/ \(\d+\)$/, '').replace(/\/$/, '');
      const path = rel === '.' ? dir : join(dir, rel);
      // lstat again: a link is never chmodded (chmod follows it out of the folder).
      const stat = rel === '.' ? statSync(path) : lstatSync(path);
      if (stat.isSymbolicLink()) continue;
      chmodSync(path, stat.isDirectory() ? DIR_MODE : FILE_MODE);
      actions.push({ file: rel, done: walked.strict.includes(listed) ? 'made readable and writable by you again, and private to you' : 'made private to you' });
    }
    for (const link of walked.links) actions.push({ file: link.split(' -> ')[0]!, done: `is a link (${link}); fourpoint does not follow links, so it was left as it is: replace it with the file itself` });
  });
  return actions;
}

/**
 * A month file whose only fault is its "month" field (every entry's day is in the month of its name,
 * each id once): the same file with the field set back, as JSON text; otherwise undefined.
 */
function mendMonthField(rel: string, data: Buffer, codec: Codec, path: string): string | undefined {
  const month = /^entries\/(\d{4}-\d{2})\.json$/.exec(rel)?.[1];
  if (!month) return undefined;
  try {
    const raw = migrate(JSON.parse(codec.decode(data, path)), path) as Record<string, unknown>;
    const part = partitionSchema.safeParse({ ...raw, month });
    if (!part.success || partitionProblem(part.data, month)) return undefined;
    return `${JSON.stringify({ ...raw, month })}\n`;
  } catch {
    return undefined;
  }
}

/** What a damaged month file still shows: each entry that validates on its own, in the month, its id once. */
interface Readable {
  entries: Entry[];
  unreadable: number;
}

/** undefined when the file is not a month file, or does not parse as JSON with a list of entries. */
function readableEntries(rel: string, path: string, codec: Codec): Readable | undefined {
  const month = /^entries\/(\d{4}-\d{2})\.json$/.exec(rel)?.[1];
  if (!month) return undefined;
  try {
    const raw = migrate(JSON.parse(codec.decode(readIfExists(path) ?? Buffer.alloc(0), path)), path) as { entries?: unknown };
    if (!Array.isArray(raw?.entries)) return undefined;
    const out: Readable = { entries: [], unreadable: 0 };
    const seen = new Set<string>();
    for (const item of raw.entries as unknown[]) {
      const e = entrySchema.safeParse(item);
      // Ids are compared without case: two that differ only in case cannot both be addressed.
      if (!e.success || e.data.date.slice(0, 7) !== month || seen.has(e.data.id.toLowerCase())) out.unreadable++;
      else {
        seen.add(e.data.id.toLowerCase());
        out.entries.push(e.data);
      }
    }
    return out;
  } catch {
    return undefined;
  }
}

/**
 * The backup's JSON text with the damaged file's readable entries it does not hold added (the backup's copy
 * wins where both hold an id: it is known good), and a plain account of what could not be recovered.
 */
function mergeReadable(rel: string, backupText: string, readable: Readable | undefined): { text: string; said: (backup: string) => string } {
  const isMonth = rel.startsWith(`${storeFiles.entriesDir}/`);
  const lost = (backup: string) =>
    isMonth ? `entries written to this month after that backup (${backup}) could not be recovered` : `changes made after that backup (${backup}) could not be recovered`;
  if (!readable) return { text: backupText, said: lost };
  const part = JSON.parse(backupText) as { entries: Entry[] };
  const held = new Map(part.entries.map((e) => [e.id.toLowerCase(), e]));
  const added = readable.entries.filter((e) => !held.has(e.id.toLowerCase()));
  const differ = readable.entries.filter((e) => held.has(e.id.toLowerCase()) && JSON.stringify(held.get(e.id.toLowerCase())) !== JSON.stringify(e)).length;
  const entries = [...part.entries, ...added].sort(byDayThenSaved);
  const count = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;
  const notes = [`merged by id: ${count(added.length)} from the damaged file that the backup did not hold were kept`];
  if (readable.unreadable) notes.push(`${count(readable.unreadable)} in it could not be read and were not recovered`);
  if (differ) notes.push(`${count(differ)} differ from the backup's copy, whose version was kept`);
  return { text: `${JSON.stringify({ ...part, entries })}\n`, said: () => notes.join('; ') };
}
