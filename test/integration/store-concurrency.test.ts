// Many processes writing at once never lose each other's entries.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, ROOT, cli, removeDir, tempDir } from '../helpers/cli.js';

const WRITER = join(ROOT, 'test', 'fixtures', 'writer.mjs');

function runProcess(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH, TZ: 'UTC', NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function storedIds(home: string): string[] {
  const listed = cli(home, ['journal', 'list', '--json']);
  expect(listed.stderr).toBe('');
  expect(listed.code).toBe(0);
  return (JSON.parse(listed.stdout) as { id: string }[]).map((e) => e.id);
}

describe('concurrent writers', () => {
  let home: string;
  beforeEach(() => {
    home = tempDir();
  });
  afterEach(() => removeDir(home));

  it('20 processes adding 25 entries each at once leave exactly 500 entries', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => runProcess([WRITER, home, '25'])));
    for (const r of results) expect(r.stderr).toBe('');
    const reported = results.flatMap((r) => r.stdout.trim().split('\n')).map((l) => l.replace(/^ok /, ''));
    expect(reported).toHaveLength(500);
    const ids = storedIds(home);
    expect(ids).toHaveLength(500);
    expect(new Set(ids)).toEqual(new Set(reported));
    expect(cli(home, ['doctor']).code).toBe(0);
  }, 120_000);

  it('20 separate fourpoint commands started at once all land', async () => {
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => runProcess([BIN, 'worksheet', 'fill', 'urge-log', '--set', `intensity=${i % 11}`, '--json'], { FOURPOINT_HOME: home })),
    );
    for (const r of results) expect(r.code).toBe(0);
    const reported = results.map((r) => (JSON.parse(r.stdout) as { id: string }).id);
    expect(new Set(storedIds(home))).toEqual(new Set(reported));
  }, 60_000);
});
