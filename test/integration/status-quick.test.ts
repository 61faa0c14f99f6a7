// `fourpoint status` and `status --json` are answered by the launcher's quick path (src/cli/status-fast.ts);
// with any other argument, such as --data-dir, the full CLI answers. The two must say the same, exit the
// same, and leave problems to the CLI's own words.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { statusFast } from '../../src/cli/status-fast.js';
import { BIN, cli, removeDir, tempDir } from '../helpers/cli.js';

const homes: string[] = [];
function home(): string {
  const dir = tempDir();
  homes.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of homes.splice(0)) removeDir(dir);
});

/** The quick path (FOURPOINT_HOME, status alone) and the full CLI (--data-dir) side by side. */
function both(dir: string, json: boolean, env: Record<string, string> = {}) {
  const extra = json ? ['--json'] : [];
  return { quick: cli(dir, ['status', ...extra], { env }), full: cli(dir, ['--data-dir', dir, 'status', ...extra], { env }) };
}

function expectSame(dir: string, env: Record<string, string> = {}) {
  for (const json of [false, true]) {
    const { quick, full } = both(dir, json, env);
    expect(quick).toEqual(full);
  }
}

describe('status, quick and full', () => {
  it('agree with no store, with a profile, after a lapse and after a check-in today', () => {
    const dir = home();
    expectSame(dir);
    expect(cli(dir, ['init', '--behaviour', 'gambling', '--start-date', '20 days ago']).code).toBe(0);
    expectSame(dir);
    expect(cli(dir, ['checkin', '--date', '5 days ago', '--mood', '3', '--urge', '8', '--lapsed']).code).toBe(0);
    expectSame(dir);
    expect(both(dir, false).quick).toMatchObject({ code: 1, stdout: '5 days on track, no check-in yet today\n' });
    expect(cli(dir, ['checkin', '--mood', '7', '--urge', '2', '--on-track']).code).toBe(0);
    expectSame(dir);
    expect(both(dir, true).quick.code).toBe(0);
  });

  it('leave a damaged store, unreadable settings and an encrypted folder to the CLI, which says the same as ever', () => {
    const damaged = home();
    expect(cli(damaged, ['init', '--behaviour', 'alcohol']).code).toBe(0);
    writeFileSync(join(damaged, 'store.json'), '{"schemaVersion":');
    const { quick } = both(damaged, false);
    expect(quick.code).not.toBe(0);
    expect(quick.stderr).toMatch(/^fourpoint: .*store\.json/);
    expectSame(damaged);

    const settings = home();
    expect(cli(settings, ['init', '--behaviour', 'alcohol']).code).toBe(0);
    writeFileSync(join(settings, 'settings.json'), 'not json');
    expectSame(settings);

    const locked = home();
    const pass = { FOURPOINT_PASSPHRASE: 'correct horse battery' };
    expect(cli(locked, ['init', '--behaviour', 'alcohol'], { env: pass }).code).toBe(0);
    expect(cli(locked, ['config', 'set', 'encryption', 'on'], { env: pass }).code).toBe(0);
    expectSame(locked, pass);
    expect(both(locked, false, pass).quick.stdout).toMatch(/on track/);
    expectSame(locked);
    expect(both(locked, false).quick.code).not.toBe(0);
  });
});

/** Runs the CLI with its stdout already closed by the reader (as `fourpoint status | true` may). */
function withClosedStdout(dir: string, args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, HOME: dir, FOURPOINT_HOME: dir, NO_COLOR: '1' } });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('close', (code) => done({ code, stderr }));
  });
}

describe('status when the reader has gone', () => {
  it('ends quietly, quick or full, as the CLI does for any command', async () => {
    const dir = home();
    expect(cli(dir, ['init', '--behaviour', 'alcohol']).code).toBe(0);
    for (const args of [['status'], ['--data-dir', dir, 'status']]) expect(await withClosedStdout(dir, args)).toEqual({ code: 0, stderr: '' });
  });
});

describe('statusFast', () => {
  const ctx = (dir: string, out: string[]) => ({ env: { FOURPOINT_HOME: dir }, cwd: dir, now: () => new Date(), write: (t: string) => void out.push(t) });

  it('answers only `status` and `status --json`, and prints nothing when it hands over', () => {
    const dir = home();
    mkdirSync(join(dir, 'entries'), { recursive: true });
    const out: string[] = [];
    for (const args of [['status', '--no-color'], ['status', '--json', 'x'], ['status', '--help'], ['checkin'], ['--json', 'status']]) expect(statusFast(args, ctx(dir, out))).toBeUndefined();
    expect(out).toEqual([]);
    expect(statusFast(['status'], ctx(dir, out))).toBe(1);
    expect(out).toEqual(['no profile yet (fourpoint init), no check-in yet today\n']);
  });
});
