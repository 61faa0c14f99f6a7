// 200 check-ins started at the same moment, as 200 separate fourpoint processes: every one lands.
// Each process costs about 0.3 s of CPU to start, so this takes about 30 s on an idle 2-core machine and
// several minutes on a busy one: the timeout is generous, since waiting is exactly what is being tested.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BIN, cli, removeDir, tempDir } from '../helpers/cli.js';
import { record } from './figures.js';

const WRITERS = 200;

function checkin(home: string, i: number): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    const child = spawn(process.execPath, [BIN, 'checkin', '--mood', '6', '--urge', '2', '--on-track', '--add', '--date', day, '--note', `writer ${i}`], {
      env: { PATH: process.env.PATH, TZ: 'UTC', NO_COLOR: '1', FOURPOINT_HOME: home },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

let home: string;
beforeAll(() => {
  home = tempDir();
});
afterAll(() => removeDir(home));

it(`${WRITERS} parallel check-ins all land`, { timeout: 900_000 }, async () => {
  const started = Date.now();
  const results = await Promise.all(Array.from({ length: WRITERS }, (_, i) => checkin(home, i)));
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  const failed = results.filter((r) => r.code !== 0);
  const listed = cli(home, ['journal', 'list', '--kind', 'checkin', '--json']);
  const notes = new Set((JSON.parse(listed.stdout) as { answers: { note?: string } }[]).map((e) => e.answers.note));
  const lost = Array.from({ length: WRITERS }, (_, i) => `writer ${i}`).filter((n) => !notes.has(n)).length;
  const doctor = JSON.parse(cli(home, ['doctor', '--json']).stdout) as { files: { ok: boolean }[] };
  const corrupted = doctor.files.filter((f) => !f.ok).length;
  record({ scenario: `${WRITERS} parallel check-ins`, tried: WRITERS, lost, corrupted, clearErrors: failed.length, notes: `${failed.length} failed, ${seconds} s` });
  expect(failed.map((f) => f.stderr)).toEqual([]);
  expect(lost).toBe(0);
  expect(corrupted).toBe(0);
});
