// The progress report from kept month summaries must be the report from every entry: the fold of the
// months before the look-back window, through JSON and back, plus whole entries from then on.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, monthOf } from '../../src/domain/dates.js';
import type { Entry } from '../../src/domain/entry.js';
import {
  buildProgressReport,
  firstWholeMonth,
  historyFromJson,
  historyOf,
  historyToJson,
  mergeHistories,
  reportFromHistory,
  resolveThresholds,
} from '../../src/domain/progress/index.js';
import { checkin, milestone, sheet, urgeLog } from '../helpers/entries.js';

const TODAY = '2026-11-23';

/** One entry of any kind that moves the report, on a day from about 200 days ago to a few days ahead. */
const anEntry: fc.Arbitrary<Entry> = fc.integer({ min: -200, max: 3 }).chain((offset) => {
  const date = addDays(TODAY, offset);
  const level = fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined });
  return fc.oneof(
    fc
      .record({ mood: level, urge: level, onTrack: fc.boolean(), point: fc.constantFrom('1', '2', '3', '4', ''), triggers: fc.subarray(['stress', 'payday', 'boredom']) })
      .map((a) => checkin(date, Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)))),
    fc
      .record({ intensity: fc.integer({ min: 0, max: 10 }), outcome: fc.constantFrom('used', 'passed'), coping: fc.subarray(['walk', 'tea', 'call']) })
      .map((a) => urgeLog(date, a)),
    fc.constantFrom('cost-benefit-analysis', 'deads', 'abc', 'goals', 'vaci', 'problem-solving').map((id) => sheet(id, date)),
    fc.integer({ min: 0, max: 8 }).map((n) =>
      sheet('lifestyle-balance-pie', date, { areas: Array.from({ length: n }, (_, i) => ({ area: i % 3 === 0 ? ' ' : `area ${i}`, now: i % 4 === 0 ? null : i })) }),
    ),
    fc.constantFrom(1, 7, 30).map((days) => milestone(days, date)),
  );
});

/** The store's order: by day, then by when saved. */
const stored = (entries: Entry[]) => [...entries].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));

/** What `fourpoint progress` does with a store: summaries of the months before the window, whole entries after. */
function fromSummaries(entries: Entry[], startDate: string, graduation: Record<string, number>) {
  const thresholds = resolveThresholds(graduation);
  const first = firstWholeMonth(TODAY, thresholds);
  const months = [...new Set(entries.map((e) => monthOf(e.date)))].filter((m) => m < first).sort();
  const kept = months.map((m) => historyFromJson(JSON.parse(JSON.stringify(historyToJson(historyOf(entries.filter((e) => monthOf(e.date) === m)))))));
  expect(kept.every((h) => h !== undefined)).toBe(true);
  const recent = entries.filter((e) => monthOf(e.date) >= first);
  const history = mergeHistories([...kept.map((h) => h!), historyOf(recent.filter((e) => e.date <= TODAY))]);
  return reportFromHistory({ startDate, graduation }, history, recent, TODAY, thresholds);
}

describe('progress from kept month summaries', () => {
  it('gives the same report as reading every entry', () => {
    fc.assert(
      fc.property(
        fc.array(anEntry, { maxLength: 120 }),
        fc.integer({ min: -220, max: 0 }),
        fc.integer({ min: 7, max: 120 }),
        (entries, startOffset, lookbackDays) => {
          const all = stored(entries);
          const startDate = addDays(TODAY, startOffset);
          const graduation = { lookbackDays };
          expect(fromSummaries(all, startDate, graduation)).toEqual(buildProgressReport({ startDate, graduation }, all, TODAY));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps milestones of earlier months, so a repeated one is known as a repeat', () => {
    const h = historyFromJson(JSON.parse(JSON.stringify(historyToJson(historyOf([milestone(7, '2026-03-07'), checkin('2026-03-08')])))));
    expect(h?.milestones).toEqual([{ days: 7, reachedOn: '2026-03-07' }]);
  });

  it('refuses a summary that is not one, so a damaged cache is made again', () => {
    const good = historyToJson(historyOf([checkin('2026-03-08', { mood: 4 })]));
    expect(historyFromJson(JSON.parse(JSON.stringify(good)))?.days.get('2026-03-08')?.mood).toBe(4);
    for (const bad of [null, [], { ...good, days: [['2026-03-08', 'four', 2, 1, 0]] }, { ...good, counts: { cba: '2' } }, { ...good, pie: { date: 1 } }, { ...good, milestones: [{}] }])
      expect(historyFromJson(bad)).toBeUndefined();
  });
});
