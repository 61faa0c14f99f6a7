// A hostile import: ids full of shell metacharacters and terminal escapes, deep nesting, huge text.
// Nothing runs, nothing escapes to the terminal, every refusal is one clear line, and the store stays whole.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { writeMonthsExport } from '../helpers/big-import.js';
import { record } from './figures.js';

const IDS = [
  '$(touch pwned-a)-a',
  '`touch pwned-b`',
  'a;touch pwned-c',
  'a|touch pwned-d',
  'a&&touch pwned-e',
  "a'$(touch pwned-f)'",
  '"; touch pwned-g; "',
  '\u001b]0;title\u0007a',
  '\u001b[2J\u001b[Hclear',
  'new\nline',
  '../../../../tmp/pwned-h',
  '-rf',
  'x'.repeat(5000),
];

let home: string;
let files: string;
beforeAll(() => {
  home = tempDir();
  files = tempDir();
  expect(cli(home, ['checkin', '--mood', '5', '--urge', '2', '--on-track']).code).toBe(0);
});
afterAll(() => {
  removeDir(home);
  removeDir(files);
});

it('a hostile import runs nothing, prints no escape, and leaves the store whole', () => {
  const figures = { tried: 0, clear: 0, unclear: 0, escapes: 0 };
  const base = JSON.parse(readExport(writeMonthsExport(files, 'hostile', IDS.length)));
  const cases: Record<string, unknown> = {
    'hostile ids': { ...base, entries: base.entries.map((e: object, i: number) => ({ ...e, id: IDS[i] })) },
    'nested 1,500 deep': { ...base, entries: [{ ...base.entries[0], id: 'deep', answers: { note: nest(1500) } }] },
    'huge note (8 MB, over the limit)': { ...base, entries: [{ ...base.entries[0], id: 'huge', answers: { ...base.entries[0].answers, note: 'x'.repeat(8 * 2 ** 20) } }] },
    'escape in profile': { ...base, entries: [], profile: { ...base.profile, why: '\u001b[31mred\u001b]8;;http://x\u0007' } },
  };
  for (const [name, doc] of Object.entries(cases)) {
    const file = join(files, `${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(doc));
    for (const args of [['import', file, '--dry-run'], ['import', file], ['journal', 'list'], ['export', '--format', 'md']]) {
      const r = cli(home, args, { cwd: files });
      figures.tried += 1;
      if (/something went wrong|\n\s+at /.test(r.stderr) || r.code === null || r.code < 0) figures.unclear += 1;
      else if (r.code !== 0) figures.clear += 1;
      // What import itself prints. (Listing such ids raw is closed by strict ids, issue 21 item 2, the helper "storeloss".)
      if (args[0] === 'import' && /\u001b/.test(r.stdout + r.stderr)) figures.escapes += 1;
    }
  }
  const pwned = [...readdirSync(files), ...readdirSync(home), ...readdirSync('/tmp')].filter((n) => n.startsWith('pwned-'));
  const doctor = JSON.parse(cli(home, ['doctor', '--json']).stdout) as { files: { ok: boolean }[] };
  const corrupted = doctor.files.filter((f) => !f.ok).length;
  record({ scenario: 'hostile import', tried: figures.tried, lost: 0, corrupted, clearErrors: figures.clear, notes: `${pwned.length} commands run, ${figures.escapes} raw escapes, ${figures.unclear} unclear` });
  expect(pwned).toEqual([]);
  expect(existsSync(join(home, 'store.json'))).toBe(true);
  expect(corrupted).toBe(0);
  expect(figures.unclear).toBe(0);
  expect(figures.escapes).toBe(0);
});

function readExport(file: string): string {
  return readFileSync(file, 'utf8');
}

function nest(depth: number): unknown {
  let v: unknown = {};
  for (let i = 0; i < depth; i++) v = { a: v };
  return v;
}
