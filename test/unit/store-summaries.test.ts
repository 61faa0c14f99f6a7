// Month summaries kept in cache/: made once per month file, made again when the file changes, and a
// caller asking for some months never loses what another caller asked for.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Entry } from '../../src/domain/entry.js';
import { Store } from '../../src/store/store.js';
import type { SummaryKind } from '../../src/store/summaries.js';
import { removeDir, tempDir } from '../helpers/cli.js';

let n = 0;
function entry(date: string): Entry {
  n += 1;
  const at = `${date}T12:00:00.000Z`;
  return { id: `id-${n}`, kind: 'note', point: null, date, createdAt: at, updatedAt: at, answers: { text: 'x' }, tags: [] };
}

describe('Store.summaries', () => {
  let dir: string;
  let made: string[];
  const counting: SummaryKind<number> = {
    name: 'count',
    format: 1,
    summarize: (entries) => {
      made.push(entries[0]!.date.slice(0, 7));
      return entries.length;
    },
    toJson: (x) => x,
    fromJson: (raw) => (typeof raw === 'number' ? raw : undefined),
  };
  const fresh = () => new Store(dir, undefined, { today: () => '2026-05-01' });

  beforeEach(() => {
    dir = join(tempDir(), 'data');
    made = [];
    fresh().addEntries(['2026-01-05', '2026-01-06', '2026-02-01', '2026-03-01', '2026-04-01'].map(entry));
  });
  afterEach(() => removeDir(join(dir, '..')));

  it('makes each month once, keeps them across callers and processes, and makes a changed month again', () => {
    expect(fresh().summaries(counting, (m) => m < '2026-03')).toEqual([2, 1]);
    expect(made).toEqual(['2026-01', '2026-02']);
    expect(fresh().summaries(counting, (m) => m >= '2026-02')).toEqual([1, 1, 1]);
    expect(made).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    // Neither caller's months were dropped by the other's write.
    expect(fresh().summaries(counting, () => true)).toEqual([2, 1, 1, 1]);
    expect(made).toHaveLength(4);
    fresh().addEntry(entry('2026-01-20'));
    expect(fresh().summaries(counting, () => true)).toEqual([3, 1, 1, 1]);
    expect(made.slice(4)).toEqual(['2026-01']);
  });

  it('makes every month again under a new format', () => {
    fresh().summaries(counting, () => true);
    fresh().summaries({ ...counting, format: 2 }, () => true);
    expect(made).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-01', '2026-02', '2026-03', '2026-04']);
  });
});
