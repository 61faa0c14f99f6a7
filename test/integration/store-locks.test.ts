// The lock from the user's side: a lock whose pid now belongs to another program never blocks for good.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';

const linux = existsSync('/proc/sys/kernel/random/boot_id');

describe('a stale lock whose pid was reused (issue 21, item 5)', () => {
  let home: string;
  beforeEach(() => {
    home = tempDir();
    expect(cli(home, ['init', '--behaviour', 'alcohol']).code).toBe(0);
  });
  afterEach(() => removeDir(home));

  it.runIf(linux)('doctor reports it as left by a process no longer running, and --repair clears it', () => {
    // Written before a reboot by pid 1, which is running now (it always is).
    writeFileSync(join(home, '.lock'), `1\ncafe0001\n00000000-0000-0000-0000-000000000000\n19\n${hostname()}\n`);
    const seen = cli(home, ['doctor']);
    expect(seen.stdout).toContain('lock: left by process 1, which is no longer running');
    const repaired = cli(home, ['doctor', '--repair']);
    expect(repaired.code).toBe(0);
    expect(repaired.stdout + repaired.stderr).toContain('cleared the lock left by process 1');
    expect(existsSync(join(home, '.lock'))).toBe(false);
  });

  it.runIf(linux)('a check-in takes it over at once rather than waiting and failing', () => {
    const start = readFileSync('/proc/1/stat', 'utf8').split(') ')[1]!.split(' ')[19]!;
    writeFileSync(join(home, '.lock'), `1\ncafe0002\n${readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim()}\n${Number(start) + 5}\n${hostname()}\n`);
    const t0 = Date.now();
    const r = cli(home, ['checkin', '--mood', '5', '--urge', '2', '--on-track']);
    expect(r.stderr).toContain('Saved your check-in');
    expect(r.code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(10_000);
  });
});
