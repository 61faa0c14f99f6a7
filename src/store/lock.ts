// One writer at a time across processes. The lock is a file `.lock` holding "<pid>\n<token>\n".
//
// Every lock-like file is written whole to a private temporary name first and then hard-linked into
// place: link() fails with EEXIST instead of replacing, so a lock is never seen half-written and two
// takers can never both succeed.
//
// A lock whose owner is dead (crashed, killed) is taken over without a race: only the waiter that
// creates `.lock.break.<token>` (again by link, so exactly one) may remove the lock with that token,
// and it removes it only after reading the token again. A lock with that token can only be removed by
// its (dead) owner or by the holder of that break file, so nothing can replace it in between. A break
// file whose own holder died is broken the same way, one level up (each level needs another SIGKILL
// in a window of microseconds, so this never recurses far).
import { closeSync, linkSync, openSync, readFileSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { randomHex } from './random.js';
import { UserError } from '../errors.js';
import { FILE_MODE } from './files.js';

const WAIT_STEP_MS = 15;
const GIVE_UP_MS = 30_000;
const LOCK = '.lock';

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export interface LockInfo {
  pid: number;
  token: string;
}

/** The pid and token in a lock file, or undefined when it is gone or unreadable. */
export function readLock(file: string): LockInfo | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const [pid, token] = text.split('\n');
  return { pid: Number(pid), token: token ?? '' };
}

export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Writes "<pid>\n<token>\n" to a fresh temporary file and returns its path and token. */
function makeTokenFile(dir: string): { temp: string; token: string } {
  const token = randomHex(8);
  const temp = join(dir, `${LOCK}.${process.pid}.${token}.tmp`);
  const fd = openSync(temp, 'wx', FILE_MODE);
  try {
    writeSync(fd, `${process.pid}\n${token}\n`);
  } finally {
    closeSync(fd);
  }
  return { temp, token };
}

/** Links a fresh token file to `target`; the token when we now own it, undefined when it exists. */
function claim(dir: string, target: string): string | undefined {
  const { temp, token } = makeTokenFile(dir);
  try {
    linkSync(temp, target);
    return token;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return undefined;
    throw error;
  } finally {
    rmSync(temp, { force: true });
  }
}

/** Removes `file` if its owner is dead, safely against every other waiter. */
export function breakStale(dir: string, file: string, depth = 0): void {
  const seen = readLock(file);
  if (!seen || pidAlive(seen.pid) || depth > 8) return;
  const breaker = join(dir, `${LOCK}.break.${seen.token}`);
  const mine = claim(dir, breaker);
  if (!mine) {
    // Someone else is breaking it, or died doing so.
    breakStale(dir, breaker, depth + 1);
    return;
  }
  try {
    if (readLock(file)?.token === seen.token) rmSync(file, { force: true });
  } finally {
    rmSync(breaker, { force: true });
  }
}

/** Leftovers of dead processes: lock temporaries, break files, and store temporaries. Called under the lock. */
function sweep(dir: string): void {
  for (const folder of [dir, join(dir, 'entries')]) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const pid = name.startsWith(`${LOCK}.break.`) ? readLock(join(folder, name))?.pid : strayPid(name);
      if (pid !== undefined && !pidAlive(pid)) rmSync(join(folder, name), { force: true });
    }
  }
}

/** The writer's pid in a leftover's name: `.lock.<pid>.<t>.tmp`, `.<file>.<pid>.<hex>.tmp`; break files by content. */
export function strayPid(name: string): number | undefined {
  const temp = /^\..*\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name);
  if (temp) return Number(temp[1]);
  return undefined;
}

export function withLock<T>(dir: string, fn: () => T): T {
  return holding(dir, takeLock(dir), fn);
}

/** Runs `fn` with the lock taken (as `token`), then releases it. */
function holding<T>(dir: string, token: string, fn: () => T): T {
  try {
    sweep(dir);
    return fn();
  } finally {
    releaseLock(dir, token);
  }
}

/** withLock for work that waits on the disk without blocking (the daily backup's flushes, in parallel). */
export async function withLockAsync<T>(dir: string, fn: () => Promise<T>): Promise<T> {
  const token = takeLock(dir);
  try {
    sweep(dir);
    return await fn();
  } finally {
    releaseLock(dir, token);
  }
}

/** Waits for the lock, breaking a dead owner's; returns our token. */
function takeLock(dir: string): string {
  const lockFile = join(dir, LOCK);
  const started = Date.now();
  let token: string | undefined;
  while (!(token = claim(dir, lockFile))) {
    const owner = readLock(lockFile);
    if (owner && !pidAlive(owner.pid)) {
      breakStale(dir, lockFile);
      continue;
    }
    if (Date.now() - started > GIVE_UP_MS)
      throw new UserError(`the data folder is locked by another fourpoint (${lockFile})`, 'if no other fourpoint is running, run: fourpoint doctor');
    sleepSync(WAIT_STEP_MS + Math.floor(Math.random() * WAIT_STEP_MS));
  }
  return token;
}

/** Removes only our own lock (never one that replaced it). */
function releaseLock(dir: string, token: string): void {
  const lockFile = join(dir, LOCK);
  if (readLock(lockFile)?.token === token) rmSync(lockFile, { force: true });
}

/** Runs `fn` under the lock if it is free now; undefined, without waiting, when another process holds it. */
export function withLockIfFree<T>(dir: string, fn: () => T): T | undefined {
  const token = claim(dir, join(dir, LOCK));
  return token ? holding(dir, token, fn) : undefined;
}
