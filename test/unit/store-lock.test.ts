// The lock: one holder at a time across processes, and a dead holder's lock taken over by exactly one waiter.
import { spawn } from 'node:child_process';
import { existsSync, linkSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hostname } from 'node:os';
import { breakStale, ownerAlive, readLock, withLock } from '../../src/store/lock.js';
import { ROOT, removeDir, tempDir } from '../helpers/cli.js';

const LOCKER = join(ROOT, 'test', 'fixtures', 'locker.mjs');

function run(args: string[]): Promise<number | null> {
  return new Promise((resolve) => spawn(process.execPath, [LOCKER, ...args], { stdio: 'ignore' }).on('close', resolve));
}

/** A pid that is certainly not running: a child that has already exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => child.on('close', r));
  return child.pid!;
}

describe('withLock', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('takes over a lock left by a dead process and removes only its own lock', async () => {
    writeFileSync(join(dir, '.lock'), `${await deadPid()}\nfeedface\n`);
    const seen = withLock(dir, () => readLock(join(dir, '.lock')));
    expect(seen?.pid).toBe(process.pid);
    expect(existsSync(join(dir, '.lock'))).toBe(false);
  });

  it('a late waiter acting on an old view of a stale lock leaves the lock that replaced it alone', async () => {
    // The race of the old rename-based takeover: A reads the dead lock, B takes it over and locks anew,
    // then A acts on what it read. Here A's breakStale sees the new token and leaves it alone.
    const dead = await deadPid();
    writeFileSync(join(dir, '.lock'), `${dead}\ncafe01\n`);
    // B: broke the stale lock and now holds a fresh one of a live process (this one).
    breakStale(dir, join(dir, '.lock'));
    writeFileSync(join(dir, 'fresh'), `${process.pid}\nbeef02\n`);
    linkSync(join(dir, 'fresh'), join(dir, '.lock'));
    // A, late: its break file for the old token succeeds, but the token it re-reads is B's.
    breakStale(dir, join(dir, '.lock'));
    expect(readFileSync(join(dir, '.lock'), 'utf8')).toBe(`${process.pid}\nbeef02\n`);
  });

  it('a break file left by a waiter killed mid-takeover does not block anyone', async () => {
    const dead = await deadPid();
    writeFileSync(join(dir, '.lock'), `${dead}\nabc123\n`);
    writeFileSync(join(dir, '.lock.break.abc123'), `${dead}\ndef456\n`);
    expect(withLock(dir, () => 7)).toBe(7);
    expect(readdirSync(dir).filter((n) => n.startsWith('.lock'))).toEqual([]);
  });

  it('keeps 12 processes out of each other while some die holding the lock', async () => {
    const runs = [
      ...Array.from({ length: 8 }, () => run([dir, '20'])),
      ...Array.from({ length: 4 }, () => run([dir, '1', 'crash'])),
    ];
    const codes = await Promise.all(runs);
    expect(codes.filter((c) => c === 0)).toHaveLength(8);
    expect(existsSync(join(dir, 'violations'))).toBe(false);
    expect(Number(readFileSync(join(dir, 'counter'), 'utf8'))).toBe(160);
  }, 60_000);
});

describe('a lock whose pid now belongs to another process (issue 21, item 5)', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));
  const boot = () => readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  const start = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')[19]!;
  const linux = existsSync('/proc/sys/kernel/random/boot_id');

  it.runIf(linux)('is taken over when it was written before this boot, though pid 1 is running', () => {
    writeFileSync(join(dir, '.lock'), `1\naaaa01\n00000000-0000-0000-0000-000000000000\n19\n${hostname()}\n`);
    expect(ownerAlive(readLock(join(dir, '.lock'))!)).toBe(false);
    expect(withLock(dir, () => 'in', 2_000)).toBe('in');
  });

  it.runIf(linux)('is taken over when the live pid started at another time than the lock says', () => {
    writeFileSync(join(dir, '.lock'), `1\naaaa02\n${boot()}\n${Number(start(1)) + 1}\n${hostname()}\n`);
    expect(withLock(dir, () => 'in', 2_000)).toBe('in');
  });

  it.runIf(linux && !readFileSync('/proc/1/cmdline', 'utf8').includes('node'))('an old pid-only lock held by a live program that is not fourpoint is taken over', () => {
    writeFileSync(join(dir, '.lock'), `1\naaaa03\n`);
    expect(withLock(dir, () => 'in', 2_000)).toBe('in');
  });

  it.runIf(linux)('a lock of this very process, boot and start time counts as held', () => {
    writeFileSync(join(dir, '.lock'), `${process.pid}\naaaa04\n${boot()}\n${start(process.pid)}\n${hostname()}\n`);
    expect(ownerAlive(readLock(join(dir, '.lock'))!)).toBe(true);
  });

  it('the lock we write records boot, start time and host', () => {
    const text = withLock(dir, () => readFileSync(join(dir, '.lock'), 'utf8'));
    const [pid, , b, s, host] = text.split('\n');
    expect(Number(pid)).toBe(process.pid);
    expect(host).toBe(hostname());
    if (linux) expect([b, s]).toEqual([boot(), start(process.pid)]);
  });
});

describe('waiting for the lock (issue 21, item 6)', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('names the live process that kept the lock too long, rather than pointing at doctor', async () => {
    const holder = spawn(process.execPath, [LOCKER, dir, '1', 'hold'], { stdio: 'ignore' });
    const done = new Promise((r) => holder.on('close', r));
    while (!existsSync(join(dir, 'holding'))) await new Promise((r) => setTimeout(r, 20));
    let message = '';
    try {
      withLock(dir, () => undefined, 400);
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`process ${holder.pid}`);
    expect(message).toContain('locker.mjs');
    expect(message).toContain('is still running');
    expect(message).not.toContain('doctor');
    await done;
    // Once the holder is gone, the lock is free again.
    expect(withLock(dir, () => 1, 400)).toBe(1);
  }, 20_000);
});
