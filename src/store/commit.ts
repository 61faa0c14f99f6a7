// Several store files changed as one: all of them or none, even if the process is killed half-way.
//
// 1. Every new file is written whole, and flushed, into a staging folder `.staged-<token>/`.
// 2. A journal `.commit` naming that folder and its files is written atomically: the commit point.
// 3. Each staged file is renamed over its store file; then the journal and the staging folder go.
//
// A kill before step 2 leaves only a staging folder: the next lock holder removes it (rolled back).
// A kill after it leaves the journal: the next lock holder renames what is still staged (rolled
// forward). Every lock holder does this first (see sweep in lock.ts), and a reader that finds a
// journal takes the lock once so it never reads half a commit. Called only under the lock.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { DIR_MODE, syncDir, writeAtomic, writeNew } from './files.js';
import { randomHex } from './random.js';

export const COMMIT_JOURNAL = '.commit';
const STAGED = '.staged-';

interface Journal {
  stage: string;
  files: string[];
}

/** Writes `files` (paths relative to `dir`, with '/' between parts) as one change. */
export function commitFiles(dir: string, files: ReadonlyMap<string, string | Buffer>): void {
  if (files.size === 0) return;
  const stage = `${STAGED}${process.pid}.${randomHex(4)}`;
  const stageDir = join(dir, stage);
  const folders = new Set<string>();
  try {
    for (const [rel, data] of files) {
      const path = join(stageDir, rel);
      if (!folders.has(dirname(path))) {
        mkdirSync(dirname(path), { recursive: true, mode: DIR_MODE });
        folders.add(dirname(path));
      }
      writeNew(path, data);
    }
    for (const folder of folders) syncDir(folder);
    syncDir(dir);
    const journal: Journal = { stage, files: [...files.keys()] };
    writeAtomic(join(dir, COMMIT_JOURNAL), `${JSON.stringify(journal)}\n`);
  } catch (error) {
    // Not committed: nothing of it may stay (a full disk must not keep a half-written staging folder).
    rmSync(stageDir, { recursive: true, force: true });
    throw error;
  }
  rollForward(dir, { stage, files: [...files.keys()] });
}

function rollForward(dir: string, journal: Journal): void {
  const targets = new Set<string>();
  for (const rel of journal.files) {
    const staged = join(dir, journal.stage, rel);
    const target = join(dir, rel);
    if (!existsSync(staged)) continue; // renamed before a kill
    mkdirSync(dirname(target), { recursive: true, mode: DIR_MODE });
    renameSync(staged, target);
    targets.add(dirname(target));
  }
  for (const folder of targets) syncDir(folder);
  rmSync(join(dir, COMMIT_JOURNAL), { force: true });
  syncDir(dir);
  rmSync(join(dir, journal.stage), { recursive: true, force: true });
}

export type Recovery = 'none' | 'rolled-forward' | 'rolled-back';

/** Finishes or undoes a commit that a killed process left; `names` is the folder's listing, if at hand. */
export function recoverCommit(dir: string, names: readonly string[] = listing(dir)): Recovery {
  const stages = names.filter((n) => n.startsWith(STAGED));
  if (names.includes(COMMIT_JOURNAL)) {
    const journal = readJournal(dir);
    if (journal) {
      rollForward(dir, journal);
      for (const other of stages) if (other !== journal.stage) rmSync(join(dir, other), { recursive: true, force: true });
      return 'rolled-forward';
    }
    rmSync(join(dir, COMMIT_JOURNAL), { force: true });
  }
  for (const stage of stages) rmSync(join(dir, stage), { recursive: true, force: true });
  return stages.length > 0 ? 'rolled-back' : 'none';
}

/** Whether a commit was left half-done: 'forward' (journal written) or 'back' (only staged files). */
export function pendingCommit(dir: string): 'forward' | 'back' | undefined {
  const names = listing(dir);
  if (names.includes(COMMIT_JOURNAL) && readJournal(dir)) return 'forward';
  return names.some((n) => n.startsWith(STAGED) || n === COMMIT_JOURNAL) ? 'back' : undefined;
}

function readJournal(dir: string): Journal | undefined {
  try {
    const raw = JSON.parse(readFileSync(join(dir, COMMIT_JOURNAL), 'utf8')) as Journal;
    // Only names of our own making: a staging folder inside dir, store files under it.
    const safe = (rel: unknown) => typeof rel === 'string' && /^(store\.json|entries\/\d{4}-\d{2}\.json)$/.test(rel);
    if (typeof raw.stage !== 'string' || !raw.stage.startsWith(STAGED) || raw.stage.includes(sep) || raw.stage.includes('/')) return undefined;
    if (!Array.isArray(raw.files) || !raw.files.every(safe)) return undefined;
    return raw;
  } catch {
    return undefined;
  }
}

function listing(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
