// Daily backups share the months that did not change (hard links) and copy the rest. Restores and repairs
// from them stay right: the newest good copy is found, rotation leaves the newer backups whole, and a
// backup cut short by SIGKILL never stands under a plain name.
import { spawnSync } from 'node:child_process';
import { lstatSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { ROOT, cli, removeDir, tempDir } from '../helpers/cli.js';
import { onDay } from '../helpers/clock.js';
import { writeMonthsExport } from '../helpers/big-import.js';

let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

const fill = (date: string, day: string) => cli(home, ['worksheet', 'fill', 'urge-log', '--set', 'intensity=5', '--date', date], { env: onDay(day) });
const backup = (day: string, rel: string) => join(home, 'backups', day, rel);
const ino = (file: string) => lstatSync(file).ino;
const dates = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { entries: { date: string }[] }).entries.map((e) => e.date).sort();
const OCT = 'entries/2026-10.json';
const SEP = 'entries/2026-09.json';

/** Four days of writes, October and September in turns, keeping 3 daily backups. */
function fourDays(): void {
  expect(cli(home, ['config', 'set', 'backups.keep', '3']).code).toBe(0);
  for (const [date, day] of [
    ['2026-10-20', '2026-10-20'],
    ['2026-09-15', '2026-10-20'],
    ['2026-10-21', '2026-10-21'],
    ['2026-09-16', '2026-10-22'],
    ['2026-10-23', '2026-10-23'],
  ])
    expect(fill(date!, day!).code).toBe(0);
  // 2026-10-20's backup (the first change's, holding October) went with the rotation.
  expect(readdirSync(join(home, 'backups')).filter((n) => !n.startsWith('.'))).toEqual(['2026-10-21', '2026-10-22', '2026-10-23']);
  // A month unchanged since the day before is the same file as there; a changed one is a new copy.
  expect(ino(backup('2026-10-23', OCT))).toBe(ino(backup('2026-10-22', OCT)));
  expect(ino(backup('2026-10-22', OCT))).not.toBe(ino(backup('2026-10-21', OCT)));
  expect(ino(backup('2026-10-22', SEP))).toBe(ino(backup('2026-10-21', SEP)));
  expect(ino(backup('2026-10-23', SEP))).not.toBe(ino(backup('2026-10-22', SEP)));
  // Each backup holds what the store held before that day's first write, whatever was deleted since.
  expect(dates(backup('2026-10-21', OCT))).toEqual(['2026-10-20']);
  expect(dates(backup('2026-10-22', OCT))).toEqual(['2026-10-20', '2026-10-21']);
  expect(dates(backup('2026-10-23', OCT))).toEqual(['2026-10-20', '2026-10-21']);
  expect(dates(backup('2026-10-23', SEP))).toEqual(['2026-09-15', '2026-09-16']);
  const report = JSON.parse(cli(home, ['doctor', '--json']).stdout) as { ok: boolean; backups: { name: string; files: number }[] };
  expect(report.ok).toBe(true);
  expect(report.backups).toEqual(['2026-10-23', '2026-10-22', '2026-10-21'].map((name) => ({ name, files: 3 })));
}

const listedDates = () => (JSON.parse(cli(home, ['journal', 'list', '--json']).stdout) as { date: string }[]).map((e) => e.date).sort();

it('a month damaged after several incremental backups is restored from the newest backup', () => {
  fourDays();
  writeFileSync(join(home, OCT), 'not json at all');
  const repaired = cli(home, ['doctor', '--repair']);
  expect(repaired.code).toBe(0);
  expect(repaired.stderr).toContain(`restored from ${backup('2026-10-23', OCT)}`);
  expect(listedDates()).toEqual(['2026-09-15', '2026-09-16', '2026-10-20', '2026-10-21']);
});

it('where the shared copy is damaged too, the repair takes the newest good one, first written in a folder rotated away', () => {
  fourDays();
  writeFileSync(join(home, OCT), 'not json at all');
  // Damage written into the file in place (a disk fault): every backup sharing it sees it.
  writeFileSync(backup('2026-10-23', OCT), '{"schemaVersion":');
  expect(readFileSync(backup('2026-10-22', OCT), 'utf8')).toBe('{"schemaVersion":');
  const repaired = cli(home, ['doctor', '--repair']);
  expect(repaired.code).toBe(0);
  expect(repaired.stderr).toContain(`restored from ${backup('2026-10-21', OCT)}`);
  expect(listedDates()).toEqual(['2026-09-15', '2026-09-16', '2026-10-20']);
});

it('a backup killed part way (SIGKILL) never stands under a plain name, and the next write makes it whole', () => {
  const day1 = onDay('2026-10-20');
  expect(cli(home, ['import', writeMonthsExport(home, 'years', 24)], { env: day1 }).code).toBe(0);
  // Three months change after the day's backup: the next backup links 21 months and copies these three.
  for (const date of ['2000-03-11', '2001-05-11', '2001-12-11']) expect(fill(date, '2026-10-20').code).toBe(0);
  for (let n = 0; n < 3; n++) {
    const killed = spawnSync(process.execPath, [join(ROOT, 'test', 'fixtures', 'backup-killed.mjs'), home, '2026-10-21', String(n)]);
    expect(killed.signal).toBe('SIGKILL');
    const names = readdirSync(join(home, 'backups'));
    expect(names.filter((name) => !name.startsWith('.'))).toEqual(['2026-10-20']);
    // Its half-made folder is hidden; the next backup sweeps it (the one before went with this one's start).
    expect(names.filter((name) => name.startsWith('.'))).toEqual([expect.stringMatching(new RegExp(`^\\.partial-${killed.pid}-`))]);
  }
  const report = JSON.parse(cli(home, ['doctor', '--json']).stdout) as { ok: boolean; backups: { name: string }[]; strayFiles: string[] };
  expect(report.backups.map((b) => b.name)).toEqual(['2026-10-20']);
  expect(report.strayFiles.filter((f) => f.startsWith('backups/.partial-'))).toHaveLength(1);
  const store = Object.fromEntries(['store.json', ...readdirSync(join(home, 'entries')).map((n) => `entries/${n}`)].map((rel) => [rel, readFileSync(join(home, rel), 'utf8')]));
  expect(fill('2026-10-21', '2026-10-21').code).toBe(0);
  expect(readdirSync(join(home, 'backups'))).toEqual(['2026-10-20', '2026-10-21']);
  for (const [rel, text] of Object.entries(store)) expect(readFileSync(backup('2026-10-21', rel), 'utf8')).toBe(text);
  expect(readdirSync(join(home, 'backups', '2026-10-21', 'entries'))).toHaveLength(24);
});

it('turning encryption on and off rewrites each backup file on its own: every backup still holds what it held', () => {
  const pass = { FOURPOINT_PASSPHRASE: 'kettle and moon' };
  for (const [date, day] of [
    ['2026-10-20', '2026-10-20'],
    ['2026-09-15', '2026-10-20'],
    ['2026-10-21', '2026-10-21'],
  ])
    expect(fill(date!, day!).code).toBe(0);
  expect(ino(backup('2026-10-21', OCT))).toBe(ino(backup('2026-10-20', OCT)));
  const held = (day: string) => Object.fromEntries([OCT, SEP].filter((rel) => readdirSync(join(home, 'backups', day, 'entries')).includes(rel.slice(8))).map((rel) => [rel, dates(backup(day, rel))]));
  const before = { '2026-10-20': held('2026-10-20'), '2026-10-21': held('2026-10-21') };
  expect(before['2026-10-21']).toEqual({ [OCT]: ['2026-10-20'], [SEP]: ['2026-09-15'] });

  expect(cli(home, ['config', 'set', 'encryption', 'on'], { env: { ...pass, ...onDay('2026-10-21') } }).code).toBe(0);
  expect(cli(home, ['worksheet', 'fill', 'urge-log', '--set', 'intensity=5', '--date', '2026-10-22'], { env: { ...pass, ...onDay('2026-10-22') } }).code).toBe(0);
  // The new backup's list of stamps is plain (names and numbers), and not taken for health data left plain.
  const report = JSON.parse(cli(home, ['doctor', '--json'], { env: pass }).stdout) as { ok: boolean; plainInEncrypted: string[] };
  expect(report).toMatchObject({ ok: true, plainInEncrypted: [] });
  expect(cli(home, ['config', 'set', 'encryption', 'off'], { env: pass }).code).toBe(0);

  expect({ '2026-10-20': held('2026-10-20'), '2026-10-21': held('2026-10-21') }).toEqual(before);
  expect(held('2026-10-22')).toEqual({ [OCT]: ['2026-10-20', '2026-10-21'], [SEP]: ['2026-09-15'] });
  expect(JSON.parse(cli(home, ['doctor', '--json']).stdout).ok).toBe(true);
}, 120_000);
