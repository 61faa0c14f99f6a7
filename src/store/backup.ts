// Backups: whole copies of the store files in backups/<name>/, made under the lock.
// A daily one on the first write of each day (rotated, keeping `backups.keep`), and a named one
// before every migration and before encryption is turned on or off. A backup is assembled in a
// hidden folder and renamed into place, so a backup folder with a plain name is always complete.
import { existsSync, lstatSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { randomHex } from './random.js';
import { ensureDir, flushFiles, readIfExists, syncDir, writeNew } from './files.js';
import { pidAlive } from './lock.js';
import { storeFiles } from './paths.js';

const DAILY = /^\d{4}-\d{2}-\d{2}$/;
const NAMED = /^\d{4}-\d{2}-\d{2}(T[0-9]{6})?(-[a-z0-9-]+)?$/;
const PARTIAL = /^\.partial-(\d+)-[0-9a-f]+$/;

export const backupsDir = (dir: string) => join(dir, storeFiles.backups);

/** The store files, relative to the data folder: store.json and entries/YYYY-MM.json. */
export function storeFileNames(dir: string): string[] {
  const out: string[] = [];
  // Plain files only: a link is never followed out of the folder (doctor reports it), so never backed up or checked.
  if (isPlainFile(join(dir, storeFiles.main))) out.push(storeFiles.main);
  const entries = join(dir, storeFiles.entriesDir);
  if (lstatSync(entries, { throwIfNoEntry: false })?.isDirectory())
    for (const name of readdirSync(entries).sort()) if (/^\d{4}-\d{2}\.json$/.test(name) && isPlainFile(join(entries, name))) out.push(`${storeFiles.entriesDir}/${name}`);
  return out;
}

function isPlainFile(path: string): boolean {
  return lstatSync(path, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** Complete backups, newest first. */
export function listBackups(dir: string): string[] {
  const root = backupsDir(dir);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((n) => NAMED.test(n) && statSync(join(root, n)).isDirectory())
    .sort()
    .reverse();
}

/** The newest backup folder holding a copy of `rel` (a path relative to the data folder). */
export function newestBackupOf(dir: string, rel: string): string | undefined {
  for (const name of listBackups(dir)) {
    const file = join(backupsDir(dir), name, rel);
    if (existsSync(file)) return file;
  }
  return undefined;
}

type Keep = (rel: string, data: Buffer) => boolean;

/**
 * Copies the store files byte for byte (encrypted stays encrypted) into backups/<name>/.
 * Files `keep` turns down (ones that do not parse) are left out, so a backup never holds damage.
 * `checked` is an earlier backup whose every file passed `keep`: a file byte for byte the same as its
 * copy there passes too, so it is not checked again (see dailyBackup).
 */
export function makeBackup(dir: string, name: string, keep: Keep = () => true, checked?: string): string {
  const started = startBackup(dir, name, keep, checked, true);
  return typeof started === 'string' ? started : finishBackup(started);
}

/** makeBackup with the files flushed to disk several at a time (flushFiles), which only async code can wait for. */
export async function makeBackupAsync(dir: string, name: string, keep: Keep = () => true, checked?: string): Promise<string> {
  const started = startBackup(dir, name, keep, checked, false);
  if (typeof started === 'string') return started;
  await flushFiles(started.files);
  return finishBackup(started);
}

/** A backup being assembled in a hidden folder, to be renamed into place once every file is on disk. */
interface Assembling {
  root: string;
  partial: string;
  target: string;
  /** The files written, flushed to disk already or not (`flush`). */
  files: string[];
}

/** Copies the files into a hidden folder; the finished backup's path instead when it exists already. */
function startBackup(dir: string, name: string, keep: Keep, checked: string | undefined, flush: boolean): Assembling | string {
  const root = backupsDir(dir);
  ensureDir(root);
  sweepPartials(root);
  const target = join(root, name);
  if (existsSync(target)) return target;
  const partial = join(root, `.partial-${process.pid}-${randomHex(4)}`);
  ensureDir(partial);
  ensureDir(join(partial, storeFiles.entriesDir));
  const files: string[] = [];
  for (const rel of storeFileNames(dir)) {
    const data = readIfExists(join(dir, rel));
    if (data === undefined || !(sameAsCopyIn(checked, rel, data) || keep(rel, data))) continue;
    writeNew(join(partial, rel), data, { flush });
    files.push(join(partial, rel));
  }
  return { root, partial, target, files };
}

/** Renames a backup whose files are all on disk into place, so a backup with a plain name is always complete. */
function finishBackup({ root, partial, target }: Assembling): string {
  syncDir(join(partial, storeFiles.entriesDir));
  syncDir(partial);
  try {
    renameSync(partial, target);
  } catch (error) {
    // Another process made the same backup a moment ago (a migration read outside the lock): keep theirs.
    if (!existsSync(target)) throw error;
    rmSync(partial, { recursive: true, force: true });
  }
  syncDir(root);
  return target;
}

/** Whether `backup` holds a copy of `rel` with exactly these bytes (a comparison, far cheaper than a parse). */
function sameAsCopyIn(backup: string | undefined, rel: string, data: Buffer): boolean {
  if (backup === undefined) return false;
  const copy = readIfExists(join(backup, rel));
  return copy !== undefined && copy.equals(data);
}

/** Whether the store has had no change yet on `day`: it exists, and that day's backup does not. */
export function dailyBackupDue(dir: string, day: string): boolean {
  return existsSync(join(dir, storeFiles.main)) && !existsSync(join(backupsDir(dir), day));
}

/**
 * The first write of `day` makes that day's backup, then the oldest daily ones beyond `keepDays` go.
 * Daily backups are made only here, each file checked with `keep` or the same bytes as in the daily backup
 * before it, so every file in one passed `keep`: most months have not changed since yesterday and are
 * compared with yesterday's copy instead of parsed again (parsing was most of the backup's cost).
 */
export function dailyBackup(dir: string, day: string, keepDays: number, keep?: Keep): void {
  if (!dailyBackupDue(dir, day)) return;
  makeBackup(dir, day, keep, previousDaily(dir, keep));
  dropOldDaily(dir, keepDays);
}

/** dailyBackup with the files flushed several at a time (makeBackupAsync). */
export async function dailyBackupAsync(dir: string, day: string, keepDays: number, keep?: Keep): Promise<void> {
  if (!dailyBackupDue(dir, day)) return;
  await makeBackupAsync(dir, day, keep, previousDaily(dir, keep));
  dropOldDaily(dir, keepDays);
}

/** The newest daily backup, whose files all passed `keep` (none to compare with when there is no check). */
function previousDaily(dir: string, keep: Keep | undefined): string | undefined {
  const name = keep ? listBackups(dir).find((n) => DAILY.test(n)) : undefined;
  return name === undefined ? undefined : join(backupsDir(dir), name);
}

function dropOldDaily(dir: string, keepDays: number): void {
  const daily = listBackups(dir).filter((n) => DAILY.test(n));
  for (const old of daily.slice(Math.max(1, keepDays))) rmSync(join(backupsDir(dir), old), { recursive: true, force: true });
}

/** A name for a one-off backup: 2026-11-23T141503-before-encryption. */
export function stampedName(now: Date, reason: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${day}T${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}-${reason}`;
}

/** Half-made backups of processes that died while copying. */
function sweepPartials(root: string): void {
  for (const name of readdirSync(root)) {
    const m = PARTIAL.exec(name);
    if (m && !pidAlive(Number(m[1]))) rmSync(join(root, name), { recursive: true, force: true });
  }
}

/** How many backups made before turning encryption on or off are kept (of both kinds together). */
export const KEEP_TOGGLE_BACKUPS = 3;
const TOGGLE = /-before-(en|de)cryption$/;

/**
 * Drops all but the newest `keep` backups made before an encryption toggle: each is a whole copy, and 30
 * toggles once left 50 of them (79 MB for a 1.5 MB store). Daily and migration backups are not touched.
 */
export function dropOldToggleBackups(dir: string, keep = KEEP_TOGGLE_BACKUPS): string[] {
  const old = listBackups(dir)
    .filter((n) => TOGGLE.test(n))
    .slice(keep);
  for (const name of old) rmSync(join(backupsDir(dir), name), { recursive: true, force: true });
  return old;
}
