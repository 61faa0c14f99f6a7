// A SIGKILL loop over check-ins, imports and turning encryption on and off, all at once: nothing a command
// reported saved is lost, no import lands in part, and every store file still parses and validates.
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BIN, ROOT, cli, killedAfter, removeDir, tempDir } from '../helpers/cli.js';
import { writeMonthsExport } from '../helpers/big-import.js';
import { record } from './figures.js';

const WRITER = join(ROOT, 'test', 'fixtures', 'writer.mjs');
const ROUNDS = 8;
const MONTHS = 30;
const ENV = { FOURPOINT_PASSPHRASE: 'a long enough passphrase' };

let home: string;
let files: string;
beforeAll(() => {
  home = tempDir();
  files = tempDir();
});
afterAll(() => {
  removeDir(home);
  removeDir(files);
});

it('a SIGKILL loop over check-in, import and encryption toggling loses and corrupts nothing', async () => {
  const run = (args: string[]) => cli(home, args, { env: ENV });
  const t0 = Date.now();
  expect(run(['checkin', '--mood', '5', '--urge', '2', '--on-track']).code).toBe(0);
  const commandMs = Math.max(300, Date.now() - t0);
  const reported = new Set<string>();
  const figures = { tried: 0, lost: 0, corrupted: 0, partialImports: 0, clear: 0, unclear: 0, kills: 0, completed: 0 };
  for (let round = 0; round < ROUNDS; round++) {
    const file = writeMonthsExport(files, `round${round}`, MONTHS);
    const outs = await Promise.all([
      killedAfter([WRITER, home, '1000'], commandMs * (2 + 4 * Math.random()), home, ENV),
      killedAfter([BIN, 'import', file], commandMs * (0.8 + 3 * Math.random()), home, ENV),
      killedAfter([BIN, 'config', 'set', 'encryption', round % 2 === 0 ? 'on' : 'off'], commandMs * (0.8 + 3 * Math.random()), home, ENV),
    ]);
    figures.tried += 3;
    for (const out of outs) {
      if (out.code === null) figures.kills += 1;
      else if (out.code === 0) figures.completed += 1;
      else if (out.code !== 0) {
        if (/something went wrong|\n\s+at /.test(out.stderr)) figures.unclear += 1;
        else figures.clear += 1;
      }
      for (const m of out.stdout.matchAll(/^ok (\S+)$/gm)) reported.add(m[1]!);
    }
    const listed = run(['journal', 'list', '--json']);
    expect(listed.stderr).toBe('');
    const stored = JSON.parse(listed.stdout) as { id: string }[];
    const ids = new Set(stored.map((e) => e.id));
    figures.lost = [...reported].filter((id) => !ids.has(id)).length;
    const imported = stored.filter((e) => e.id.startsWith(`round${round}-`)).length;
    if (imported !== 0 && imported !== MONTHS) figures.partialImports += 1;
    const doctor = JSON.parse(run(['doctor', '--json']).stdout) as { files: { ok: boolean }[] };
    figures.corrupted = doctor.files.filter((f) => !f.ok).length + figures.partialImports;
    if (figures.lost || figures.corrupted) break;
  }
  record({
    scenario: 'SIGKILL loop: check-in, import, encryption',
    tried: figures.tried,
    lost: figures.lost,
    corrupted: figures.corrupted,
    clearErrors: figures.clear,
    notes: `${figures.kills} killed, ${figures.completed} completed, ${reported.size} saves reported, ${figures.partialImports} partial imports, ${figures.unclear} unclear errors`,
  });
  expect(figures.lost).toBe(0);
  expect(figures.corrupted).toBe(0);
  expect(figures.unclear).toBe(0);
});
