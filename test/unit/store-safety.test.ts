// The store never crashes on, and never overwrites, a file it cannot trust; backups; flat write cost.
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/errors.js';
import type { Entry } from '../../src/domain/entry.js';
import { Store, migrations } from '../../src/store/store.js';
import { dailyBackup, listBackups } from '../../src/store/backup.js';
import { Keyring, encryptingCodec, newSalt } from '../../src/store/crypto.js';
import { removeDir, tempDir } from '../helpers/cli.js';

function entry(date: string, text = 'a walk'): Entry {
  const now = `${date}T12:00:00.000Z`;
  return { id: randomUUID(), kind: 'urge', worksheet: { id: 'urge-log', version: 1 }, point: 2, date, createdAt: now, updatedAt: now, answers: { intensity: 3, trigger: text }, tags: [] };
}

describe('store files', () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
  });
  afterEach(() => removeDir(dir));

  it('arbitrary bytes as a store file give a clear StoreError and are never overwritten', () => {
    const keyring = new Keyring('pw');
    const codecs = [undefined, encryptingCodec(keyring, newSalt())];
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), fc.json().map((j) => new Uint8Array(Buffer.from(j)))), fc.boolean(), fc.constantFrom(0, 1), fc.boolean(), (bytes, asMain, codecIndex, magic) => {
        const data = Buffer.concat([magic ? Buffer.from('FPENC\x01') : Buffer.alloc(0), Buffer.from(bytes)]);
        const home = join(dir, randomUUID());
        mkdirSync(join(home, 'entries'), { recursive: true });
        const file = asMain ? join(home, 'store.json') : join(home, 'entries', '2026-11.json');
        writeFileSync(file, data);
        const store = new Store(home, codecs[codecIndex]);
        for (const act of [() => store.entries(), () => store.profile(), () => store.addEntry(entry('2026-11-05'))]) {
          try {
            act();
          } catch (error) {
            expect(error).toBeInstanceOf(StoreError);
            expect((error as StoreError).message).toContain(file);
          }
        }
        expect(readFileSync(file).equals(data)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('makes one backup on the first change of a day and keeps only the newest days', () => {
    let day = '2026-11-01';
    const store = () => new Store(dir, undefined, { today: () => day, keepBackups: 3 });
    for (let d = 1; d <= 6; d++) {
      day = `2026-11-0${d}`;
      store().addEntry(entry(day));
      store().addEntry(entry(day));
    }
    expect(listBackups(dir)).toEqual(['2026-11-06', '2026-11-05', '2026-11-04']);
    // The day's backup is the state before that day's first change.
    const saved = JSON.parse(readFileSync(join(dir, 'backups', '2026-11-06', 'entries', '2026-11.json'), 'utf8'));
    expect(saved.entries).toHaveLength(10);
  });

  it('checks only the files that changed since the day before, and still leaves out damage', () => {
    mkdirSync(join(dir, 'entries'));
    const files = { 'store.json': '{"a":1}\n', 'entries/2026-10.json': '{"b":2}\n', 'entries/2026-11.json': '{"c":3}\n' };
    for (const [rel, text] of Object.entries(files)) writeFileSync(join(dir, rel), text);
    const checked: string[] = [];
    const parses = (rel: string, data: Buffer) => {
      checked.push(rel);
      try {
        JSON.parse(data.toString('utf8'));
        return true;
      } catch {
        return false;
      }
    };
    dailyBackup(dir, '2026-11-01', 7, parses);
    expect(checked).toEqual(Object.keys(files));
    // A day later: one month changed, one damaged; the unchanged main file matches yesterday's copy.
    checked.length = 0;
    writeFileSync(join(dir, 'entries', '2026-11.json'), '{"c":4}\n');
    writeFileSync(join(dir, 'entries', '2026-10.json'), '{"b":');
    dailyBackup(dir, '2026-11-02', 7, parses);
    expect(checked).toEqual(['entries/2026-10.json', 'entries/2026-11.json']);
    const day2 = join(dir, 'backups', '2026-11-02');
    expect(readdirSync(join(day2, 'entries'))).toEqual(['2026-11.json']);
    expect(readFileSync(join(day2, 'store.json'), 'utf8')).toBe(files['store.json']);
    // The damaged file is checked again the next day too: it has no good copy to compare with.
    checked.length = 0;
    dailyBackup(dir, '2026-11-03', 7, parses);
    expect(checked).toEqual(['entries/2026-10.json']);
    expect(readdirSync(join(dir, 'backups', '2026-11-03', 'entries'))).toEqual(['2026-11.json']);
  });

  it('backs up every file before migrating an older schema', () => {
    new Store(dir).addEntry(entry('2026-11-02'));
    const main = join(dir, 'store.json');
    writeFileSync(main, JSON.stringify({ schemaVersion: 0, profile: null, drafts: [] }));
    migrations[0] = (raw) => raw;
    try {
      new Store(dir).profile();
    } finally {
      delete migrations[0];
    }
    const named = listBackups(dir).find((n) => n.endsWith('before-schema-1'));
    expect(named).toBeDefined();
    expect(JSON.parse(readFileSync(join(dir, 'backups', named!, 'store.json'), 'utf8')).schemaVersion).toBe(0);
  });

  it('a write rewrites one month, however long the history', () => {
    const store = new Store(dir);
    const old: Entry[] = [];
    for (let y = 2020; y <= 2025; y++) for (let m = 1; m <= 12; m++) old.push(entry(`${y}-${String(m).padStart(2, '0')}-10`));
    store.addEntries(old);
    const before = new Map(readdirSync(join(dir, 'entries')).map((n) => [n, statSync(join(dir, 'entries', n)).mtimeMs]));
    new Store(dir).addEntry(entry('2026-11-23'));
    const changed = readdirSync(join(dir, 'entries')).filter((n) => statSync(join(dir, 'entries', n)).mtimeMs !== before.get(n));
    expect(changed).toEqual(['2026-11.json']);
  });

  it('files are private: folder 0700, files 0600', () => {
    new Store(dir).addEntry(entry('2026-11-02'));
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'entries')).mode & 0o777).toBe(0o700);
    for (const f of ['store.json', 'entries/2026-11.json']) expect(statSync(join(dir, f)).mode & 0o777).toBe(0o600);
  });
});
