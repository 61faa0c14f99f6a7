// A folder's mode: doctor names what is actually wrong with it, and a write never loosens a folder the
// person made stricter than 0700 (it only ever takes access away from others).
import { chmodSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';

let home: string;
beforeEach(() => {
  home = tempDir();
  expect(cli(home, ['checkin', '--mood', '5', '--urge', '1', '--on-track']).code).toBe(0);
});
afterEach(() => {
  chmodSync(join(home, 'entries'), 0o700);
  removeDir(home);
});

const modeOf = (rel: string) => (statSync(join(home, rel)).mode & 0o777).toString(8);
const add = () => cli(home, ['checkin', '--mood', '6', '--urge', '1', '--on-track', '--add']);

it('a 0500 folder is reported as not writable by you, left 0500 by a write, and made 0700 by doctor --repair', () => {
  chmodSync(join(home, 'entries'), 0o500);
  const report = JSON.parse(cli(home, ['doctor', '--json']).stdout);
  expect(report.permissions).toEqual([]);
  expect(report.notWritable).toEqual(['entries/ (500)']);
  expect(report.ok).toBe(false);
  const text = cli(home, ['doctor']);
  expect(text.code).toBe(1);
  expect(text.stdout).toContain('entries/ (500) is not writable by you (read-only)');
  expect(text.stdout).not.toContain('can be read by others');

  // Run as root the write lands; as anyone else it fails with one line. Either way the mode is theirs.
  const write = add();
  if (write.code !== 0) {
    expect(write.code).toBe(1);
    expect(write.stderr).not.toMatch(/\n\s+at /);
  }
  expect(modeOf('entries')).toBe('500');

  const repaired = cli(home, ['doctor', '--repair']);
  expect(repaired.stderr).toContain('entries: made readable and writable by you again');
  expect(modeOf('entries')).toBe('700');
  expect(cli(home, ['doctor']).code).toBe(0);
});

it('a folder others can read is still made private by the next write', () => {
  chmodSync(join(home, 'entries'), 0o755);
  expect(JSON.parse(cli(home, ['doctor', '--json']).stdout).permissions).toEqual(['entries/ (755)']);
  expect(add().code).toBe(0);
  expect(modeOf('entries')).toBe('700');
});
