// A process killed with SIGKILL at any moment leaves a store that loads and holds every entry
// whose command reported success. Leftover temporary files and locks of the dead are dealt with.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, cli, removeDir, tempDir } from '../helpers/cli.js';

const WRITER = join(ROOT, 'test', 'fixtures', 'writer.mjs');
const ROUNDS = 6;

/**
 * Starts a process and kills it with SIGKILL `ms` after it starts (or, with `afterFirstOutput`, that long
 * after it first prints, so a loaded machine's slow start-up does not eat the window); resolves with its output.
 */
function killAfter(args: string[], ms: number, env: Record<string, string> = {}, afterFirstOutput = false): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH, TZ: 'UTC', NO_COLOR: '1', ...env } });
    let stdout = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = () => (timer ??= setTimeout(() => child.kill('SIGKILL'), ms));
    child.stdout.on('data', (d) => {
      stdout += d;
      if (afterFirstOutput) arm();
    });
    if (!afterFirstOutput) arm();
    child.on('close', () => {
      clearTimeout(timer);
      resolve(stdout);
    });
  });
}

describe('SIGKILL at random moments', () => {
  let home: string;
  beforeAll(() => {
    home = tempDir();
  });
  afterAll(() => removeDir(home));

  it('never loses an entry whose command reported success', async () => {
    const reported = new Set<string>();
    // How long one whole command takes here and now, so the kills land anywhere from start-up to exit.
    const started = Date.now();
    expect(cli(home, ['worksheet', 'fill', 'urge-log', '--set', 'intensity=2']).code).toBe(0);
    const commandMs = Date.now() - started;
    for (let round = 0; round < ROUNDS; round++) {
      const outputs = await Promise.all([
        // Long-running writers, each killed somewhere in the middle of its stream of writes.
        ...Array.from({ length: 3 }, () => killAfter([WRITER, home, '1000'], Math.random() * 400, {}, true)),
        // Whole commands, killed at any point from start-up to exit.
        ...Array.from({ length: 3 }, () => killAfter([BIN, 'worksheet', 'fill', 'urge-log', '--set', 'intensity=4', '--json'], commandMs * (0.3 + Math.random()), { FOURPOINT_HOME: home })),
      ]);
      for (const out of outputs) {
        for (const m of out.matchAll(/^ok (\S+)$/gm)) reported.add(m[1]!);
        for (const m of out.matchAll(/^ {2}"id": "([^"]+)"/gm)) reported.add(m[1]!);
      }
      const listed = cli(home, ['journal', 'list', '--json']);
      expect(listed.stderr).toBe('');
      expect(listed.code).toBe(0);
      const stored = new Set((JSON.parse(listed.stdout) as { id: string }[]).map((e) => e.id));
      const missing = [...reported].filter((id) => !stored.has(id));
      expect(missing).toEqual([]);
    }
    expect(reported.size).toBeGreaterThan(0);
    // The store is sound, and the next write clears what the dead left behind.
    expect(cli(home, ['worksheet', 'fill', 'urge-log', '--set', 'intensity=1']).code).toBe(0);
    const doctor = JSON.parse(cli(home, ['doctor', '--json']).stdout) as { ok: boolean; lock: { state: string }; strayFiles: string[] };
    expect(doctor.ok).toBe(true);
    expect(doctor.lock.state).toBe('free');
    expect(doctor.strayFiles.filter((f) => !f.startsWith('backups/'))).toEqual([]);
  }, 180_000);
});
