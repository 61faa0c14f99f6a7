// One writer at a time across processes: a lock file made with O_EXCL holding the owner's pid.
// A lock whose owner is gone (crashed, killed) is taken over; a live owner is waited for.
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.js';
import { FILE_MODE } from './files.js';

const WAIT_STEP_MS = 15;
const GIVE_UP_MS = 30_000;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function ownerAlive(lockFile: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  } catch {
    return true; // vanished or half-written: look again next round
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function tryCreate(lockFile: string): boolean {
  try {
    const fd = openSync(lockFile, 'wx', FILE_MODE);
    writeSync(fd, `${process.pid}\n${new Date().toISOString()}\n`);
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Removes a dead owner's lock. The rename makes sure only one waiter takes it over. */
function breakStale(lockFile: string): void {
  const aside = `${lockFile}.stale.${process.pid}`;
  try {
    renameSync(lockFile, aside);
  } catch {
    return;
  }
  // Between our look and the rename, someone else may have broken it and locked anew: put a live lock back.
  if (ownerAlive(aside)) {
    try {
      renameSync(aside, lockFile);
    } catch {
      /* keep going: the next round decides */
    }
    return;
  }
  rmSync(aside, { force: true });
}

export function withLock<T>(dir: string, fn: () => T): T {
  const lockFile = join(dir, '.lock');
  const started = Date.now();
  while (!tryCreate(lockFile)) {
    if (!ownerAlive(lockFile)) {
      breakStale(lockFile);
      continue;
    }
    if (Date.now() - started > GIVE_UP_MS) throw new UserError(`the data folder is locked by another fourpoint (${lockFile})`, 'if no other fourpoint is running, delete that file');
    sleepSync(WAIT_STEP_MS + Math.floor(Math.random() * WAIT_STEP_MS));
  }
  try {
    return fn();
  } finally {
    rmSync(lockFile, { force: true });
  }
}
