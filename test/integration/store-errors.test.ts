// Every file-system failure as one line naming the file and what to do, with the documented exit code
// (issue 21, item 7). Some rows need root (mount a tiny or read-only tmpfs, run as another user): they
// are skipped elsewhere.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, cli, removeDir, tempDir, type CliResult } from '../helpers/cli.js';

const root = process.getuid?.() === 0;
const canMount = root && spawnSync('mount', ['--version']).status === 0;

function allNames(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? [p, ...allNames(p)] : [p];
  });
}

/** One message line, one hint line, no stack, no "something went wrong". */
function expectNamed(r: CliResult, code: number, ...words: string[]): void {
  expect(r.code).toBe(code);
  const lines = r.stderr.trim().split('\n');
  expect(lines.length).toBeLessThanOrEqual(2);
  expect(lines[0]).toMatch(/^fourpoint: /);
  for (const w of words) expect(r.stderr).toContain(w);
  expect(r.stderr).not.toMatch(/something went wrong|\n\s+at /);
}

const checkin = (home: string) => cli(home, ['checkin', '--mood', '5', '--urge', '2', '--on-track', '--date', '2026-01-10'], { cwd: '/' });

describe('named file-system failures, through the built CLI', () => {
  let home: string;
  beforeEach(() => {
    home = tempDir();
    expect(checkin(home).code).toBe(0);
  });
  afterEach(() => removeDir(home));

  it('EISDIR: a folder where a month file should be', () => {
    rmSync(join(home, 'entries', '2026-01.json'));
    mkdirSync(join(home, 'entries', '2026-01.json'));
    expectNamed(cli(home, ['journal', 'list']), 1, join(home, 'entries', '2026-01.json'), 'is a folder where fourpoint expects a file');
    expectNamed(checkin(home), 1, 'is a folder');
  });

  it('ENOTDIR: a file where the entries folder should be', () => {
    rmSync(join(home, 'entries'), { recursive: true });
    writeFileSync(join(home, 'entries'), 'x');
    expectNamed(cli(home, ['checkin', '--mood', '5', '--urge', '2', '--on-track', '--date', '2026-02-10']), 1, join(home, 'entries'), 'is a file where fourpoint expects a folder');
  });

  it('a garbled settings.json on config set', () => {
    writeFileSync(join(home, 'settings.json'), '{"nudge": tru');
    expectNamed(cli(home, ['config', 'set', 'nudge', 'off']), 1, join(home, 'settings.json'), 'left untouched');
    expect(readFileSync(join(home, 'settings.json'), 'utf8')).toBe('{"nudge": tru');
  });

  it('an import nested 1,500 levels deep is bad input (exit 2, as import --help says)', () => {
    const exported = JSON.parse(cli(home, ['export', '--format', 'json']).stdout);
    let deep: unknown = {};
    for (let i = 0; i < 1500; i++) deep = { a: deep };
    exported.entries[0].answers.note = deep;
    exported.entries[0].id = 'deep-one';
    writeFileSync(join(home, 'deep.json'), JSON.stringify(exported));
    expect(cli(home, ['import', '--help']).stdout).toContain('2 not a valid export');
    expectNamed(cli(home, ['import', 'deep.json']), 2, join(home, 'deep.json'), 'levels deep', 'nothing was imported');
  });

  it('doctor on a folder where store.json should be: a report, not a crash; --repair sets it aside', () => {
    rmSync(join(home, 'store.json'));
    mkdirSync(join(home, 'store.json'));
    const seen = cli(home, ['doctor']);
    expect(seen.code).toBe(1);
    expect(seen.stdout).toContain('store.json is a folder where a file should be');
    expect(seen.stderr).not.toMatch(/something went wrong/);
    const fixed = cli(home, ['doctor', '--repair']);
    // With today's backup it is restored from there; with none, the folder is set aside. Either way the folder is kept.
    expect(fixed.stdout + fixed.stderr).toMatch(/store\.json: (restored from \S+;[^\n]* the damaged file is kept at|was a folder where a file should be; moved to) \S+broken\//);
    expect(cli(home, ['journal', 'list', '--json']).code).toBe(0);
  });

  it('status exits 3 when the store cannot be read, apart from 1 for "not checked in yet"', () => {
    expect(cli(home, ['status']).code).toBe(1);
    writeFileSync(join(home, 'entries', '2026-01.json'), 'garbage');
    expectNamed(cli(home, ['status']), 3, join(home, 'entries', '2026-01.json'));
    rmSync(join(home, 'entries', '2026-01.json'));
    mkdirSync(join(home, 'entries', '2026-01.json'));
    expectNamed(cli(home, ['status']), 3, 'is a folder');
  });

  it.runIf(root)('EACCES: a data folder that is not yours', () => {
    chmodSync(home, 0o700);
    const r = spawnSync(process.execPath, [BIN, 'journal', 'list'], { uid: 65534, gid: 65534, encoding: 'utf8', cwd: '/', env: { PATH: process.env.PATH, FOURPOINT_HOME: home, NO_COLOR: '1', HOME: '/tmp' } });
    expectNamed({ code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr }, 1, 'no permission to', home);
  });
});

describe.runIf(canMount)('on a small file system (root only)', () => {
  let mnt: string;
  beforeEach(() => {
    mnt = tempDir('fourpoint-mnt-');
  });
  afterEach(() => {
    spawnSync('umount', [mnt]);
    removeDir(mnt);
  });

  it('EROFS: a read-only data folder', () => {
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', mnt]).status).toBe(0);
    const home = join(mnt, 'data');
    expect(checkin(home).code).toBe(0);
    expect(spawnSync('mount', ['-o', 'remount,ro', mnt]).status).toBe(0);
    expectNamed(cli(home, ['checkin', '--mood', '5', '--urge', '2', '--on-track', '--date', '2026-01-11'], { cwd: '/' }), 1, 'read-only file system', home);
    expect(cli(home, ['journal', 'list', '--json'], { cwd: '/' }).code).toBe(0);
  });

  it('ENOSPC: a full disk is named, nothing is lost and no empty temporary file is left', () => {
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=256k', 'tmpfs', mnt]).status).toBe(0);
    const home = join(mnt, 'data');
    expect(checkin(home).code).toBe(0);
    // Fill the disk to the last byte.
    spawnSync('dd', ['if=/dev/zero', `of=${join(mnt, 'filler')}`, 'bs=4k'], { stdio: 'ignore' });
    const before = readFileSync(join(home, 'entries', '2026-01.json'));
    const r = cli(home, ['checkin', '--mood', '6', '--urge', '1', '--on-track', '--date', '2026-01-11', '--note', 'x'.repeat(9_000)], { cwd: '/' });
    expectNamed(r, 1, 'the disk is full', 'free some space');
    expect(readFileSync(join(home, 'entries', '2026-01.json'))).toEqual(before);
    const empty = allNames(home).filter((p) => statSync(p).isFile() && statSync(p).size === 0);
    expect(empty).toEqual([]);
    rmSync(join(mnt, 'filler'));
    expect(cli(home, ['journal', 'list', '--json'], { cwd: '/' }).code).toBe(0);
  });
});
