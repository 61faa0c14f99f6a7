// Every kind of damaged store file: a read and a write each stop with one line that names the file (or
// go on, where the damage is harmless), the damaged file is never written over, the other files are
// untouched, and doctor reports rather than crashes. (A month file whose "month" does not match its name
// is covered with that fix, by the helper "storeloss".)
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { cli, removeDir, tempDir, type CliResult } from '../helpers/cli.js';
import { record } from './figures.js';

const MONTH = 'entries/2026-01.json';
const OTHER = 'entries/2026-02.json';

type Damage = { file: string; harmless?: boolean; apply: (path: string, good: Buffer) => void };
const write = (bytes: Buffer | string) => (path: string) => writeFileSync(path, bytes);
const asFolder = (path: string) => {
  rmSync(path);
  mkdirSync(path);
};

const KINDS: Record<string, Damage> = {
  'month truncated': { file: MONTH, apply: (p, g) => writeFileSync(p, g.subarray(0, g.length >> 1)) },
  'month empty': { file: MONTH, apply: write('') },
  'month binary garbage': { file: MONTH, apply: write(Buffer.from([0xff, 0xfe, 0x00, 0x9c, 0x13, 0x37])) },
  'month all NUL bytes': { file: MONTH, apply: (p, g) => writeFileSync(p, Buffer.alloc(g.length)) },
  'month a JSON list': { file: MONTH, apply: write('[]') },
  'month JSON null': { file: MONTH, apply: write('null') },
  'month schema-invalid entry': { file: MONTH, apply: (p, g) => writeFileSync(p, g.toString().replace('"kind":"checkin"', '"kind":"shouting"')) },
  'month from a newer schema': { file: MONTH, apply: (p, g) => writeFileSync(p, g.toString().replace('"schemaVersion":1', '"schemaVersion":99')) },
  'month with invalid UTF-8': { file: MONTH, apply: (p, g) => writeFileSync(p, Buffer.concat([g.subarray(0, 20), Buffer.from([0xc3, 0x28]), g.subarray(22)])) },
  'month looks encrypted': { file: MONTH, apply: write(Buffer.concat([Buffer.from('FPENC\u0001'), Buffer.alloc(60, 7)])) },
  'month is a folder': { file: MONTH, apply: asFolder },
  'store.json truncated': { file: 'store.json', apply: (p, g) => writeFileSync(p, g.subarray(0, g.length >> 1)) },
  'store.json schema-invalid': { file: 'store.json', apply: write('{"schemaVersion":1,"profile":5,"drafts":"x"}') },
  'store.json is a folder': { file: 'store.json', apply: asFolder },
  'settings.json garbled': { file: 'settings.json', harmless: true, apply: write('{"nudge": tru') },
  'lock file garbage': { file: '.lock', harmless: true, apply: write('hello\n') },
  'commit journal garbage': { file: '.commit', harmless: true, apply: write('{"stage": "../../etc", "files": ["/etc/passwd"]}') },
};

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}

let base: string;
beforeAll(() => {
  base = tempDir();
  for (const date of ['2026-01-10', '2026-01-11', '2026-02-10']) expect(cli(base, ['checkin', '--mood', '5', '--urge', '2', '--on-track', '--date', date]).code).toBe(0);
});
afterAll(() => removeDir(base));

it('every damaged-file kind is named, never written over, and loses nothing else', () => {
  const figures = { tried: 0, lost: 0, corrupted: 0, clear: 0 };
  const problems: string[] = [];
  for (const [kind, damage] of Object.entries(KINDS)) {
    const home = tempDir();
    try {
      cpSync(base, home, { recursive: true });
      const path = join(home, damage.file);
      damage.apply(path, readFileSync(join(home, damage.file === '.lock' || damage.file === '.commit' || damage.file === 'settings.json' ? 'store.json' : damage.file)));
      const damagedBytes = statSync(path).isFile() ? readFileSync(path) : undefined;
      const other = readFileSync(join(home, OTHER));
      const runs: [string, CliResult][] = [
        ['read', cli(home, ['journal', 'list'])],
        ['write', cli(home, ['checkin', '--mood', '4', '--urge', '3', '--on-track', '--add', '--date', '2026-01-12'])],
        ['doctor', cli(home, ['doctor'])],
      ];
      for (const [what, r] of runs) {
        figures.tried += 1;
        if (/something went wrong|\n\s+at /.test(r.stderr)) problems.push(`${kind}, ${what}: ${r.stderr.trim()}`);
        if (what === 'doctor') continue;
        if (damage.harmless) {
          if (r.code !== 0) problems.push(`${kind}, ${what}: exit ${r.code}: ${r.stderr.trim()}`);
        } else if (r.code !== 0 && r.stderr.split('\n')[0]!.startsWith('fourpoint: ') && r.stderr.includes(path)) figures.clear += 1;
        else problems.push(`${kind}, ${what}: exit ${r.code}, not named: ${r.stderr.trim()}`);
      }
      if (!damage.harmless && damagedBytes && !readFileSync(path).equals(damagedBytes)) figures.corrupted += 1;
      if (!readFileSync(join(home, OTHER)).equals(other)) figures.lost += 1;
      if (damage.harmless && !cli(home, ['journal', 'list', '--json']).stdout.includes('2026-01-12')) figures.lost += 1;
      // Nothing was ever written outside the data folder.
      expect(allFiles(home).every((f) => f.startsWith(home))).toBe(true);
    } finally {
      removeDir(home);
    }
  }
  record({ scenario: `damaged files (${Object.keys(KINDS).length} kinds)`, tried: figures.tried, lost: figures.lost, corrupted: figures.corrupted, clearErrors: figures.clear, notes: `${problems.length} problems` });
  expect(problems).toEqual([]);
  expect(figures.lost).toBe(0);
  expect(figures.corrupted).toBe(0);
});
