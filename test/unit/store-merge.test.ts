// Store.mergeEntries: the bulk write behind import.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/domain/entry.js';
import { Store } from '../../src/store/store.js';
import { removeDir, tempDir } from '../helpers/cli.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));
function store(): Store {
  const dir = tempDir('fourpoint-merge-');
  dirs.push(dir);
  return new Store(dir);
}

function entry(id: string, date: string, note = 'n'): Entry {
  return { id, kind: 'note', date, createdAt: `${date}T10:00:00.000Z`, updatedAt: `${date}T10:00:00.000Z`, answers: { note }, tags: [] };
}

describe('Store.mergeEntries', () => {
  it('adds new entries across months and keeps the ones already stored', () => {
    const s = store();
    s.addEntry(entry('a', '2026-10-05', 'mine'));
    const r = s.mergeEntries([entry('a', '2026-10-05', 'theirs'), entry('b', '2026-10-06'), entry('c', '2026-11-01')]);
    expect(r).toEqual({ added: ['b', 'c'], replaced: [], skipped: ['a'] });
    const fresh = new Store(s.dir);
    expect(fresh.entries().map((e) => [e.id, e.answers.note])).toEqual([['a', 'mine'], ['b', 'n'], ['c', 'n']]);
    expect(fresh.exists()).toBe(true);
  });

  it('with overwrite replaces an entry, moving it when its month changed', () => {
    const s = store();
    s.mergeEntries([entry('a', '2026-10-05', 'old'), entry('b', '2026-10-06')]);
    const r = s.mergeEntries([entry('a', '2026-11-02', 'new')], { overwrite: true });
    expect(r).toEqual({ added: [], replaced: ['a'], skipped: [] });
    const october = JSON.parse(readFileSync(join(s.dir, 'entries', '2026-10.json'), 'utf8')) as { entries: Entry[] };
    expect(october.entries.map((e) => e.id)).toEqual(['b']);
    expect(new Store(s.dir).entries().map((e) => [e.id, e.date, e.answers.note])).toEqual([
      ['b', '2026-10-06', 'n'],
      ['a', '2026-11-02', 'new'],
    ]);
  });

  it('writes nothing when every entry is already there', () => {
    const s = store();
    s.mergeEntries([entry('a', '2026-10-05')]);
    const before = readFileSync(join(s.dir, 'entries', '2026-10.json'));
    expect(s.mergeEntries([entry('a', '2026-10-05', 'other')]).skipped).toEqual(['a']);
    expect(readFileSync(join(s.dir, 'entries', '2026-10.json'))).toEqual(before);
    expect(readdirSync(join(s.dir, 'entries'))).toEqual(['2026-10.json']);
  });
});
