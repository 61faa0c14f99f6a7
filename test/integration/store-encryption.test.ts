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
