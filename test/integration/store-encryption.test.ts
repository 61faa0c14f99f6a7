// Encryption at rest, through the built CLI: no plaintext anywhere, a wrong passphrase changes nothing.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';

const SECRET = 'ZEBRA-SECRET-7431';

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}

/** Every file's path and hash, to show that nothing changed. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(allFiles(dir).map((f) => [f, createHash('sha256').update(readFileSync(f)).digest('hex')]));
}

describe('encryption at rest', () => {
  let home: string;
  const pass = { FOURPOINT_PASSPHRASE: 'correct horse battery' };
  beforeEach(() => {
    home = tempDir();
  });
  afterEach(() => removeDir(home));

  const fill = (text: string, env: Record<string, string> = pass, date = 'today') =>
    cli(home, ['worksheet', 'fill', 'urge-log', '--set', 'intensity=6', '--set', `trigger=${text}`, '--date', date], { env });

  it('leaves no plaintext of an entry anywhere in the data folder, backups included', () => {
    // Written in plain first, on two days, so plain backups exist before encryption is turned on.
    expect(fill(`${SECRET} before`, {}, '2026-10-03').code).toBe(0);
    expect(fill(`${SECRET} before`, {}).code).toBe(0);
    expect(allFiles(home).some((f) => readFileSync(f).includes(SECRET))).toBe(true);

    const on = cli(home, ['config', 'set', 'encryption', 'on'], { env: pass });
    expect(on.stderr).toContain('Encrypted');
    expect(on.code).toBe(0);
    expect(fill(`${SECRET} after`).code).toBe(0);
    expect(fill(`${SECRET} older`, pass, '2025-01-02').code).toBe(0);

    const files = allFiles(home);
    expect(files.some((f) => f.includes('backups'))).toBe(true);
    const leaking = files.filter((f) => readFileSync(f).includes(SECRET) || readFileSync(f).includes(Buffer.from(SECRET, 'utf16le')));
    expect(leaking).toEqual([]);

    const listed = cli(home, ['journal', 'list', '--json'], { env: pass });
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout)).toHaveLength(4);
    expect(listed.stdout).toContain(`${SECRET} after`);
    expect(cli(home, ['config', 'get', 'encryption']).stdout.trim()).toBe('true');
    expect(cli(home, ['doctor'], { env: pass }).code).toBe(0);
  });


  it('turning encryption off with the right passphrase brings the plain files back', () => {
    expect(fill(SECRET, {}).code).toBe(0);
    expect(cli(home, ['config', 'set', 'encryption', 'on'], { env: pass }).code).toBe(0);
    const before = snapshot(home);

    for (const env of [{ FOURPOINT_PASSPHRASE: 'wrong horse' }, {}] as Record<string, string>[]) {
      for (const args of [['journal', 'list'], ['worksheet', 'fill', 'urge-log', '--set', 'intensity=1'], ['config', 'set', 'encryption', 'off']]) {
        const r = cli(home, args, { env });
        expect(r.code).toBe(1);
        expect(r.stderr.split('\n')[0]).toMatch(/^fourpoint: (that passphrase does not open this data folder|your data is encrypted and no passphrase was given)/);
        expect(snapshot(home)).toEqual(before);
      }
    }

    const off = cli(home, ['config', 'set', 'encryption', 'off'], { env: pass });
    expect(off.code).toBe(0);
    const listed = cli(home, ['journal', 'list', '--json']);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(SECRET);
    expect(cli(home, ['config', 'get', 'encryption']).stdout.trim()).toBe('false');
  });
});

describe('turning encryption on or off, killed half-way', () => {
  let home: string;
  const pass = { FOURPOINT_PASSPHRASE: 'kettle and moon' };
  beforeEach(() => {
    home = tempDir();
  });
  afterEach(() => removeDir(home));

  it('leaves a store that still reads, and running the command again finishes the job', async () => {
    const { spawn } = await import('node:child_process');
    const { BIN } = await import('../helpers/cli.js');
    for (const month of ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'])
      expect(cli(home, ['worksheet', 'fill', 'urge-log', '--set', 'intensity=2', '--set', `trigger=${SECRET}`, '--date', `${month}-10`]).code).toBe(0);
    const started = Date.now();
    expect(cli(home, ['config', 'set', 'encryption', 'on'], { env: pass }).code).toBe(0);
    const ms = Date.now() - started;
    expect(cli(home, ['config', 'set', 'encryption', 'off'], { env: pass }).code).toBe(0);

    for (const value of ['on', 'off', 'on']) {
      await new Promise<void>((resolve) => {
        const child = spawn(process.execPath, [BIN, 'config', 'set', 'encryption', value], { env: { PATH: process.env.PATH, FOURPOINT_HOME: home, ...pass } });
        const timer = setTimeout(() => child.kill('SIGKILL'), ms * (0.2 + Math.random() * 0.9));
        child.on('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      const listed = cli(home, ['journal', 'list', '--json'], { env: pass });
      expect(listed.code).toBe(0);
      expect(JSON.parse(listed.stdout)).toHaveLength(6);
      expect(cli(home, ['config', 'set', 'encryption', value], { env: pass }).code).toBe(0);
      expect(JSON.parse(cli(home, ['doctor', '--json'], { env: pass }).stdout).ok).toBe(true);
    }
    const leaking = allFiles(home).filter((f) => readFileSync(f).includes(SECRET));
    expect(leaking).toEqual([]);
  }, 120_000);
});
