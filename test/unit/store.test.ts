// The store: entries partitioned by month, every read validated, a bad file never overwritten.
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import type { Entry } from '../../src/domain/entry.js';
import { SCHEMA_VERSION, Store, migrations } from '../../src/store/store.js';
import { removeDir, tempDir } from '../helpers/cli.js';

let n = 0;
function entry(date: string, answers: Entry['answers'] = { mood: 5 }): Entry {
  n += 1;
  const at = `${date}T12:00:0${n % 10}.000Z`;
  return { id: `id-${n}-${date}`, kind: 'checkin', worksheet: { id: 'daily-check-in', version: 1 }, point: null, date, createdAt: at, updatedAt: at, answers, tags: [] };
}

const profile = { behaviours: ['alcohol'], startDate: '2026-11-01', why: 'health', supportContacts: [], graduation: {} };

describe('Store', () => {
  let dir: string;
  beforeEach(() => {
    dir = join(tempDir(), 'data');
  });
  afterEach(() => removeDir(join(dir, '..')));

  const month = (m: string) => join(dir, 'entries', `${m}.json`);
  const expectRefused = (fn: () => unknown, file: string, message: RegExp) => {
    const before = readFileSync(file);
    let error: unknown;
    try {
      fn();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).file).toBe(file);
    expect((error as StoreError).message).toContain(file);
    expect((error as StoreError).message).toMatch(message);
    expect(readFileSync(file).equals(before)).toBe(true);
  };

  it('keeps one file a month, each with only its own entries, and reads them back in date order', () => {
    const store = new Store(dir);
    store.addEntries([entry('2026-12-02'), entry('2026-11-30'), entry('2027-01-01')]);
    store.addEntry(entry('2026-11-01'));
    expect(store.months()).toEqual(['2026-11', '2026-12', '2027-01']);
    const nov = JSON.parse(readFileSync(month('2026-11'), 'utf8')) as { schemaVersion: number; month: string; entries: Entry[] };
    expect(nov.schemaVersion).toBe(SCHEMA_VERSION);
    expect(nov.entries.map((e) => e.date)).toEqual(['2026-11-01', '2026-11-30']);
    // A fresh Store (another process) sees the same.
    expect(new Store(dir).entries().map((e) => e.date)).toEqual(['2026-11-01', '2026-11-30', '2026-12-02', '2027-01-01']);
    expect(new Store(dir).entries({ since: '2026-11-15', until: '2026-12-31' }).map((e) => e.date)).toEqual(['2026-11-30', '2026-12-02']);
  });

  it('reads only the months a range touches', () => {
    const store = new Store(dir);
    store.addEntries([entry('2026-10-10'), entry('2026-11-10'), entry('2026-12-10')]);
    // Damage the months outside the range: a range read must not open them.
    writeFileSync(month('2026-10'), 'garbage');
    writeFileSync(month('2026-12'), 'garbage');
    const fresh = new Store(dir);
    expect(fresh.entries({ since: '2026-11-01', until: '2026-11-30' }).map((e) => e.date)).toEqual(['2026-11-10']);
    expect(() => fresh.entries({ since: '2026-11-01' })).toThrow(StoreError);
  });

  it('refuses a garbage month file, naming it, and leaves it byte for byte', () => {
    const store = new Store(dir);
    store.addEntry(entry('2026-11-10'));
    writeFileSync(month('2026-11'), '{"schemaVersion":1,"month":"2026-11","entries":[{');
    expectRefused(() => new Store(dir).entries(), month('2026-11'), /is not valid JSON, so it was left untouched/);
    expectRefused(() => new Store(dir).addEntry(entry('2026-11-11')), month('2026-11'), /not valid JSON/);
  });

  it('refuses a month file that parses but does not validate, and does not overwrite it', () => {
    new Store(dir).addEntry(entry('2026-11-10'));
    const bad = JSON.parse(readFileSync(month('2026-11'), 'utf8')) as { entries: Record<string, unknown>[] };
    bad.entries[0]!.date = '2026-02-30';
    writeFileSync(month('2026-11'), JSON.stringify(bad));
    expectRefused(() => new Store(dir).addEntry(entry('2026-11-12')), month('2026-11'), /does not hold what fourpoint expects \(entries\.0\.date: /);
  });

  it('refuses a damaged store.json for reads and writes alike', () => {
    const store = new Store(dir);
    store.saveProfile(profile);
    store.addEntry(entry('2026-11-10'));
    const main = join(dir, 'store.json');
    writeFileSync(main, '{"schemaVersion":1,"profile":{"behaviours":"alcohol"},"drafts":[]}');
    expectRefused(() => new Store(dir).profile(), main, /profile\.behaviours/);
    expectRefused(() => new Store(dir).entries(), main, /does not hold/);
    expectRefused(() => new Store(dir).saveProfile(profile), main, /does not hold/);
    expectRefused(() => new Store(dir).addEntry(entry('2026-11-11')), main, /does not hold/);
  });

  it('refuses a file from a newer schema version', () => {
    const store = new Store(dir);
    store.saveProfile(profile);
    const main = join(dir, 'store.json');
    writeFileSync(main, JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, profile: null, drafts: [] }));
    expectRefused(() => new Store(dir).profile(), main, new RegExp(`written by a newer fourpoint \\(schema ${SCHEMA_VERSION + 1}\\)`));
  });

  it('runs the migration hook on a file of an older version, and writes the new version back', () => {
    const old = SCHEMA_VERSION - 1;
    mkdirSync(dir, { recursive: true });
    const main = join(dir, 'store.json');
    writeFileSync(main, JSON.stringify({ schemaVersion: old, user: profile, drafts: [] }));
    // Without a migration for that version, the file is refused and left alone.
    expectRefused(() => new Store(dir).profile(), main, new RegExp(`has schema ${old}, which this fourpoint cannot upgrade`));
    const calls: unknown[] = [];
    migrations[old] = (raw) => {
      calls.push(raw.schemaVersion);
      const { user, ...rest } = raw;
      return { ...rest, profile: user };
    };
    try {
      const store = new Store(dir);
      expect(store.profile()).toEqual(profile);
      expect(calls).toEqual([old]);
      // Reading alone does not rewrite the file; the next write saves the new version.
      expect(JSON.parse(readFileSync(main, 'utf8')).schemaVersion).toBe(old);
      store.saveProfile({ ...profile, why: 'my family' });
      const saved = JSON.parse(readFileSync(main, 'utf8')) as Record<string, unknown>;
      expect(saved.schemaVersion).toBe(SCHEMA_VERSION);
      expect(saved.user).toBeUndefined();
    } finally {
      delete migrations[old];
    }
  });

  it('makes its folders 0700 and its files 0600', () => {
    const store = new Store(dir);
    store.saveProfile(profile);
    store.addEntry(entry('2026-11-10'));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'entries')).mode & 0o777).toBe(0o700);
    for (const file of [join(dir, 'store.json'), month('2026-11')]) expect(statSync(file).mode & 0o777).toBe(0o600);
    // No temporary files are left behind.
    expect(readdirSync(join(dir, 'entries'))).toEqual(['2026-11.json']);
  });

  it('moves an entry to its new month when its date changes, and deletes by id', () => {
    const store = new Store(dir);
    const e = entry('2026-11-30');
    store.addEntry(e);
    store.replaceEntry({ ...e, date: '2026-12-01' });
    expect(new Store(dir).entries().map((x) => [x.id, x.date])).toEqual([[e.id, '2026-12-01']]);
    expect(JSON.parse(readFileSync(month('2026-11'), 'utf8')).entries).toEqual([]);
    store.deleteEntry(e.id);
    expect(new Store(dir).entries()).toEqual([]);
  });
});
