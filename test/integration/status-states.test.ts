// `fourpoint status` is what a shell prompt runs: its line and exit code in each state of a store, the same
// whether the folder comes from FOURPOINT_HOME or --data-dir, and problems said in the CLI's own words.
// (A quick path of its own once answered it without the CLI; measured, it saved nothing, so it is gone.)
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

/** The folder named by FOURPOINT_HOME and by --data-dir, side by side. */
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

describe('status, by FOURPOINT_HOME and by --data-dir', () => {
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

  it('say the same of a damaged store, unreadable settings and an encrypted folder', () => {
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
  it('ends quietly, as the CLI does for any command', async () => {
    const dir = home();
    expect(cli(dir, ['init', '--behaviour', 'alcohol']).code).toBe(0);
    for (const args of [['status'], ['--data-dir', dir, 'status']]) expect(await withClosedStdout(dir, args)).toEqual({ code: 0, stderr: '' });
  });
});
