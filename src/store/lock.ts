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
//
// A lock records who holds it beyond the pid (boot, start time, host: see lock-owner.ts), so a pid
// reused after a reboot or in a container does not keep a dead holder's lock alive.
//
// Waiting has no fixed end while the lock changes hands: 200 writers at once all get their turn, however
// busy the machine. Only one holder keeping the lock for PATIENCE_MS stops a waiter, and the message
// names that holder.
import { closeSync, linkSync, openSync, readFileSync, readdirSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { hostname } from 'node:os';
import { randomHex } from './random.js';
import { UserError } from '../errors.js';
import { FILE_MODE } from './files.js';
import { recoverCommit } from './commit.js';
import { commandOf, ownerAlive, parseOwner, selfIdentity, type LockOwner } from './lock-owner.js';

export { pidAlive, ownerAlive } from './lock-owner.js';

const WAIT_STEP_MS = 20;
/** How long one holder may keep the lock before a waiter stops and names it. */
export const PATIENCE_MS = 120_000;
const LOCK = '.lock';

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export type LockInfo = LockOwner;

/** Who holds a lock file, or undefined when it is gone or unreadable. */
export function readLock(file: string): LockInfo | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  return parseOwner(text);
}

/** Writes "<pid>\n<token>\n<boot>\n<start>\n<host>\n" to a fresh temporary file; returns its path and token. */
function makeTokenFile(dir: string): { temp: string; token: string } {
  const token = randomHex(8);
  const temp = join(dir, `${LOCK}.${process.pid}.${token}.tmp`);
  const fd = openSync(temp, 'wx', FILE_MODE);
  try {
    writeSync(fd, `${process.pid}\n${token}\n${selfIdentity()}`);
  } catch (error) {
    // A full disk: leave no empty temporary file behind.
    closeSync(fd);
    rmSync(temp, { force: true });
    throw error;
  }
  closeSync(fd);
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
  if (!seen || ownerAlive(seen) || depth > 8) return;
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

/** Leftovers of dead processes: a half-done commit, lock temporaries, break files, store temporaries. Called under the lock. */
function sweep(dir: string): void {
  // First finish or undo a multi-file change a killed process left (commit.ts), so we build on a whole store.
  recoverCommit(dir);
  for (const folder of [dir, join(dir, 'entries')]) {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const gone = name.startsWith(`${LOCK}.break.`) ? breakerGone(join(folder, name)) : strayGone(name);
      if (gone) rmSync(join(folder, name), { force: true });
    }
  }
}

/** The writer's pid in a leftover's name: `.lock.<pid>.<t>.tmp`, `.<file>.<pid>.<hex>.tmp`; break files by content. */
export function strayPid(name: string): number | undefined {
  const temp = /^\..*\.(\d+)\.[0-9a-f]+\.tmp$/.exec(name);
  if (temp) return Number(temp[1]);
  return undefined;
}

function breakerGone(file: string): boolean {
  const owner = readLock(file);
  return owner !== undefined && !ownerAlive(owner);
}

function strayGone(name: string): boolean {
  const pid = strayPid(name);
  return pid !== undefined && !ownerAlive({ pid, boot: '', start: '', host: '' });
}

export function withLock<T>(dir: string, fn: () => T, patienceMs = PATIENCE_MS): T {
  return holding(dir, takeLock(dir, patienceMs), fn);
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

/**
 * Waits for the lock, breaking a dead owner's; returns our token. Tries to take it only when it looks
 * free (a read is cheaper than making a token file), so hundreds of waiters do not slow the holder.
 */
function takeLock(dir: string, patienceMs: number): string {
  const lockFile = join(dir, LOCK);
  let holder = '';
  const started = Date.now();
  let since = started;
  for (;;) {
    const owner = readLock(lockFile);
    if (!owner) {
      const token = claim(dir, lockFile);
      if (token) return token;
      continue;
    }
    if (!ownerAlive(owner)) {
      breakStale(dir, lockFile);
      continue;
    }
    if (owner.token !== holder) {
      holder = owner.token;
      since = Date.now();
    } else if (Date.now() - since > patienceMs) throw heldTooLong(lockFile, owner, Date.now() - since);
    // Longer sleeps the longer we wait (up to 5 steps): a crowd of waiters polls less, a short wait stays short.
    const step = Math.min(5 * WAIT_STEP_MS, WAIT_STEP_MS + (Date.now() - started) / 50);
    sleepSync(step + Math.floor(Math.random() * step));
  }
}

/** Names the process that has kept the lock, rather than hinting at a repair that would not help. */
function heldTooLong(lockFile: string, owner: LockInfo, ms: number): UserError {
  const seconds = Math.round(ms / 1000);
  const command = commandOf(owner.pid);
  const who = `process ${owner.pid}${command ? ` (${command})` : ''}${owner.host && owner.host !== hostname() ? ` on ${owner.host}` : ''}`;
  return new UserError(
    `the data folder is in use: ${who} has held its lock (${lockFile}) for ${seconds} s and is still running, so nothing was changed`,
    'wait for it to finish and try again, or stop that process; its lock is cleared once it ends',
  );
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
