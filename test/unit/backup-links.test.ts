// Daily backups cost what changed: a file unchanged since the newest daily backup is a hard link to its copy
// there, a changed one a new copy; every backup folder still holds plain files, each the store's bytes.
import { lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SOURCES, dailyBackup, listBackups, storeFileNames } from '../../src/store/backup.js';
import { writeAtomic } from '../../src/store/files.js';
import { removeDir, tempDir } from '../helpers/cli.js';

// Where a disk has no hard links (or the backups sit on another one): linkSync fails as it would there.
const links = vi.hoisted(() => ({ refuse: false }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const linkSync: typeof fs.linkSync = (from, to) => {
    if (links.refuse) throw Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' });
    fs.linkSync(from, to);
  };
  return { ...fs, default: { ...fs, linkSync }, linkSync };
});

const MONTHS = ['2026-08', '2026-09', '2026-10', '2026-11'];
const month = (m: string, note: string) => `${JSON.stringify({ schemaVersion: 1, month: m, entries: [], note })}\n`;

describe('daily backups', () => {
  let dir: string;
  let checked: string[];
  const parses = (rel: string, data: Buffer) => {
    checked.push(rel);
    try {
      JSON.parse(data.toString('utf8'));
      return true;
    } catch {
      return false;
    }
  };
  const backUp = (day: string, keep = 7) => {
    checked = [];
    dailyBackup(dir, day, keep, parses);
    return join(dir, 'backups', day);
  };
  const ino = (file: string) => lstatSync(file).ino;
  /** Every store file of the backup: a plain file holding exactly these bytes, and no other store file. */
  const expectHolds = (backup: string, files: Record<string, string>) => {
    expect(storeFileNames(backup).sort()).toEqual(Object.keys(files).sort());
    for (const [rel, text] of Object.entries(files)) {
      expect(lstatSync(join(backup, rel)).isFile()).toBe(true);
      expect(readFileSync(join(backup, rel), 'utf8')).toBe(text);
    }
  };
  const state = () => Object.fromEntries(storeFileNames(dir).map((rel) => [rel, readFileSync(join(dir, rel), 'utf8')]));

  beforeEach(() => {
    dir = tempDir();
    links.refuse = false;
    mkdirSync(join(dir, 'entries'));
    writeAtomic(join(dir, 'store.json'), '{"schemaVersion":1}\n');
    for (const m of MONTHS) writeAtomic(join(dir, 'entries', `${m}.json`), month(m, 'first'));
  });
  afterEach(() => removeDir(dir));

  it('link the files unchanged since the day before, and copy and check only what changed', () => {
    const day1 = backUp('2026-11-01');
    expect(checked).toEqual(storeFileNames(dir));
    writeAtomic(join(dir, 'entries', '2026-11.json'), month('2026-11', 'second, longer'));
    const day2 = backUp('2026-11-02');
    expect(checked).toEqual(['entries/2026-11.json']);
    expectHolds(day2, state());
    for (const rel of ['store.json', 'entries/2026-08.json', 'entries/2026-10.json']) expect(ino(join(day2, rel))).toBe(ino(join(day1, rel)));
    expect(ino(join(day2, 'entries/2026-11.json'))).not.toBe(ino(join(day1, 'entries/2026-11.json')));
    // Yesterday's backup still holds what it held.
    expect(readFileSync(join(day1, 'entries/2026-11.json'), 'utf8')).toBe(month('2026-11', 'first'));
  });

  it('copy a month rewritten with the same size and the same modification time', () => {
    const file = join(dir, 'entries', '2026-10.json');
    const when = new Date('2026-10-31T10:00:00Z');
    utimesSync(file, when, when);
    const before = lstatSync(file, { bigint: true });
    backUp('2026-11-01');
    // The store's way of writing (a new file renamed into place), the same length, the same time.
    writeAtomic(file, month('2026-10', 'FIRST'));
    utimesSync(file, when, when);
    const after = lstatSync(file, { bigint: true });
    expect([after.size, after.mtimeNs]).toEqual([before.size, before.mtimeNs]);
    const day2 = backUp('2026-11-02');
    expect(checked).toEqual(['entries/2026-10.json']);
    expect(readFileSync(join(day2, 'entries/2026-10.json'), 'utf8')).toBe(month('2026-10', 'FIRST'));
  });

  it('compare bytes where the backup before has no stamps (made by an older version), and link what matches', () => {
    const day1 = backUp('2026-11-01');
    rmSync(join(day1, SOURCES));
    writeAtomic(join(dir, 'entries', '2026-09.json'), month('2026-09', 'changed'));
    const day2 = backUp('2026-11-02');
    expect(checked).toEqual(['entries/2026-09.json']);
    expectHolds(day2, state());
    expect(ino(join(day2, 'entries/2026-08.json'))).toBe(ino(join(day1, 'entries/2026-08.json')));
  });

  it('copy every file where links cannot be made', () => {
    const day1 = backUp('2026-11-01');
    links.refuse = true;
    const day2 = backUp('2026-11-02');
    expectHolds(day2, state());
    for (const rel of storeFileNames(dir)) expect(ino(join(day2, rel))).not.toBe(ino(join(day1, rel)));
    // Still checked only where changed: an unchanged file passed the check yesterday.
    expect(checked).toEqual(storeFileNames(dir));
  });

  it('leave out a damaged file, and link nothing to it later', () => {
    backUp('2026-11-01');
    writeFileSync(join(dir, 'entries', '2026-08.json'), '{"schemaVersion":');
    const day2 = backUp('2026-11-02');
    expect(readdirSync(join(day2, 'entries'))).not.toContain('2026-08.json');
    const day3 = backUp('2026-11-03');
    expect(checked).toEqual(['entries/2026-08.json']);
    expect(readdirSync(join(day3, 'entries'))).not.toContain('2026-08.json');
  });

  it('copy afresh, never share, a file of the backup before that was cut short or replaced by a link', () => {
    const day1 = backUp('2026-11-01');
    writeFileSync(join(day1, 'entries/2026-08.json'), '{"sche');
    const outside = join(dir, 'outside.json');
    writeFileSync(outside, month('2026-09', 'first'));
    rmSync(join(day1, 'entries/2026-09.json'));
    symlinkSync(outside, join(day1, 'entries/2026-09.json'));
    const day2 = backUp('2026-11-02');
    expectHolds(day2, state());
    expect(ino(join(day2, 'entries/2026-08.json'))).not.toBe(ino(join(day1, 'entries/2026-08.json')));
    expect(ino(join(day2, 'entries/2026-10.json'))).toBe(ino(join(day1, 'entries/2026-10.json')));
  });

  it('rotated, deleting the oldest folders, leave the newer ones whole', () => {
    const held: Record<string, Record<string, string>> = {};
    for (const [i, m] of MONTHS.entries()) {
      const day = `2026-11-0${i + 1}`;
      held[day] = state();
      backUp(day, 2);
      writeAtomic(join(dir, 'entries', `${m}.json`), month(m, `changed on ${day}`));
    }
    expect(listBackups(dir)).toEqual(['2026-11-04', '2026-11-03']);
    for (const day of listBackups(dir)) expectHolds(join(dir, 'backups', day), held[day]!);
  });

  it('rotated, delete a link put in a backup, never the files it points at', () => {
    const elsewhere = tempDir();
    try {
      writeFileSync(join(elsewhere, 'keep-me.json'), '{}');
      mkdirSync(join(dir, 'backups', '2026-10-30'), { recursive: true });
      symlinkSync(elsewhere, join(dir, 'backups', '2026-10-30', 'entries'));
      symlinkSync(elsewhere, join(dir, 'backups', '2026-10-31'));
      backUp('2026-11-01', 1);
      expect(listBackups(dir)).toEqual(['2026-11-01']);
      expect(readdirSync(elsewhere)).toEqual(['keep-me.json']);
    } finally {
      removeDir(elsewhere);
    }
  });
});
