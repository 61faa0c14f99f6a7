// Backups: whole copies of the store files in backups/<name>/, made under the lock.
// A daily one on the first write of each day (rotated, keeping `backups.keep`), and a named one
// before every migration and before encryption is turned on or off. A backup is assembled in a
// hidden folder and renamed into place, so a backup folder with a plain name is always complete.
// A file unchanged since the newest daily backup (the same stamp, or the same bytes) is a hard link to
// its copy there, not a new one, so a backup costs what changed. Sharing is safe because no backup file is ever written in
// place (every write makes a new file and renames it), and deleting a folder leaves the others whole.
import { existsSync, linkSync, lstatSync, readdirSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { join, sep } from 'node:path';
import { randomHex } from './random.js';
import { ensureDir, fileStamp, readIfExists, readStamped, syncDir, writeNew, type FileStamp } from './files.js';
import { pidAlive } from './lock.js';
import { storeFiles } from './paths.js';

const DAILY = /^\d{4}-\d{2}-\d{2}$/;
const NAMED = /^\d{4}-\d{2}-\d{2}(T[0-9]{6})?(-[a-z0-9-]+)?$/;
const PARTIAL = /^\.partial-(\d+)-[0-9a-f]+$/;

export const backupsDir = (dir: string) => join(dir, storeFiles.backups);

/** The store files, relative to the data folder: store.json and entries/YYYY-MM.json. */
export function storeFileNames(dir: string, options: { folders?: boolean } = {}): string[] {
  // Plain files only: a link is never followed out of the folder (doctor reports it), so never backed up or checked.
  // Doctor also asks for folders standing where a store file should be, to report and set them aside.
  const wanted = (kind: { isFile(): boolean; isDirectory(): boolean } | undefined) => kind?.isFile() || (options.folders === true && kind?.isDirectory());
  const out: string[] = wanted(lstatSync(join(dir, storeFiles.main), { throwIfNoEntry: false })) ? [storeFiles.main] : [];
  const entries = join(dir, storeFiles.entriesDir);
  // The kinds the folder listing gives, not a stat of each of hundreds of months.
  if (lstatSync(entries, { throwIfNoEntry: false })?.isDirectory())
    for (const month of readdirSync(entries, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)))
      if (/^\d{4}-\d{2}\.json$/.test(month.name) && wanted(month)) out.push(`${storeFiles.entriesDir}/${month.name}`);
  return out;
}

/** Complete backups, newest first. */
export function listBackups(dir: string): string[] {
  const root = backupsDir(dir);
  if (!existsSync(root)) return [];
  return readdirSync(root)
    // lstat: a link standing as a backup is not one (never followed out of the folder, nor read, nor linked from).
    .filter((n) => NAMED.test(n) && lstatSync(join(root, n)).isDirectory())
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
 * Names the version of each store file a backup holds (rel -> the stamp of the file it was copied from),
 * so the next backup tells an unchanged file by one stat, without reading it. Plain names and numbers only.
 */
export const SOURCES = '.sources.json';

/**
 * Copies the store files byte for byte (encrypted stays encrypted) into backups/<name>/.
 * Files `keep` turns down (ones that do not parse) are left out, so a backup never holds damage.
 * A file unchanged since the newest daily backup, whose every file passed `keep` (see dailyBackup), is
 * linked to its copy there: neither read, checked nor written again.
 */
export function makeBackup(dir: string, name: string, keep: Keep = () => true): string {
  const root = backupsDir(dir);
  ensureDir(root);
  sweepPartials(root);
  const target = join(root, name);
  if (existsSync(target)) return target;
  const previousName = listBackups(dir).find((n) => DAILY.test(n));
  const previous = previousName === undefined ? undefined : join(root, previousName);
  const known = previous === undefined ? {} : readSources(previous);
  const partial = join(root, `.partial-${process.pid}-${randomHex(4)}`);
  ensureDir(partial);
  ensureDir(join(partial, storeFiles.entriesDir));
  const sources: Record<string, FileStamp> = {};
  // The store files' names are plain ("entries/2026-11.json"), so they are joined by hand: path.join's
  // normalizing of three paths for each of 412 months cost the day's first check-in about 10 ms of CPU at 50k.
  const under = (folder: string, rel: string) => `${folder}${sep}${rel}`;
  for (const rel of storeFileNames(dir)) {
    const to = under(partial, rel);
    const copy = previous === undefined ? undefined : under(previous, rel);
    // Every store write renames a new file into place, so the same stamp means the same bytes.
    const from = under(dir, rel);
    const stamp = fileStamp(from);
    if (stamp !== undefined && stamp === known[rel] && shared(copy, to, (size) => `${size}` === stamp.split(':')[1])) {
      sources[rel] = stamp;
      continue;
    }
    const read = readStamped(from);
    if (read === undefined) continue;
    // A backup made without stamps (an older version) still spares a copy and a check where the bytes match.
    if (!shared(copy, to, (size) => size === read.data.length && readIfExists(copy!)?.equals(read.data) === true)) {
      if (!keep(rel, read.data)) continue;
      writeNew(to, read.data);
    }
    sources[rel] = read.stamp;
  }
  writeNew(join(partial, SOURCES), `${JSON.stringify(sources)}\n`);
  return finishBackup(root, partial, target);
}

/** The stamps a backup's files were copied from; none for a backup without them (or an unreadable list). */
function readSources(backup: string): Record<string, FileStamp | undefined> {
  try {
    const raw = JSON.parse(readIfExists(join(backup, SOURCES))?.toString('utf8') ?? '{}') as unknown;
    return raw !== null && typeof raw === 'object' ? (raw as Record<string, FileStamp>) : {};
  } catch {
    return {};
  }
}

/**
 * Links `to` to `copy` when that is a plain file (never a link put in its place) that `same` finds to hold the
 * bytes wanted, given its size; false otherwise, or where links cannot be made (a disk without them): copy instead.
 */
function shared(copy: string | undefined, to: string, same: (size: number) => boolean): boolean {
  try {
    const stat = copy === undefined ? undefined : lstatSync(copy, { throwIfNoEntry: false });
    if (!stat?.isFile() || !same(stat.size)) return false;
    linkSync(copy!, to);
    return true;
  } catch {
    return false;
  }
}

/** Renames a backup whose files are all on disk into place, so a backup with a plain name is always complete. */
function finishBackup(root: string, partial: string, target: string): string {
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

/** Whether the store has had no change yet on `day`: it exists, and that day's backup does not. */
function dailyBackupDue(dir: string, day: string): boolean {
  return existsSync(join(dir, storeFiles.main)) && !existsSync(join(backupsDir(dir), day));
}

/**
 * The first write of `day` makes that day's backup, then the oldest daily ones beyond `keepDays` go.
 * Daily backups are made only here, each file checked with `keep` or unchanged since the daily backup
 * before it (and then linked to that copy), so every file in one passed `keep`: most months have not
 * changed since yesterday and cost a stat and a link instead of a read, a parse and a copy.
 */
export function dailyBackup(dir: string, day: string, keepDays: number, keep: Keep): void {
  if (!dailyBackupDue(dir, day)) return;
  makeBackup(dir, day, keep);
  dropOldDaily(dir, keepDays);
}

/**
 * Deletes a backup folder: its months one unlink each (rmSync's walk stats each one too, twice the time),
 * then whatever is left. Only names go: a file linked into a newer backup stays there, whole.
 */
function removeBackup(path: string): void {
  const entries = join(path, storeFiles.entriesDir);
  try {
    // Never through a link (lstat): the files it points at, outside the folder, are not ours to delete.
    if (lstatSync(path).isDirectory() && lstatSync(entries).isDirectory()) for (const name of readdirSync(entries)) unlinkSync(join(entries, name));
  } catch {
    /* no entries folder, or a folder in it: rmSync removes what is left */
  }
  rmSync(path, { recursive: true, force: true });
}

function dropOldDaily(dir: string, keepDays: number): void {
  const daily = listBackups(dir).filter((n) => DAILY.test(n));
  for (const old of daily.slice(Math.max(1, keepDays))) removeBackup(join(backupsDir(dir), old));
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
  for (const name of old) removeBackup(join(backupsDir(dir), name));
  return old;
}
