// Days across daylight-saving changes, with the process in a zone that has them. Node reads TZ when it
// changes, so each test sets its zone before building a local "today" from a clock time.
import { afterAll, describe, expect, it } from 'vitest';
import { localDay, addDays } from '../../src/domain/dates.js';
import { buildProgressReport } from '../../src/domain/progress/index.js';
import { checkin } from '../helpers/entries.js';

const saved = process.env.TZ;
afterAll(() => {
  process.env.TZ = saved;
});

const daily = (from: string, to: string) => {
  const out = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(checkin(d));
  return out;
};

describe('daylight saving', () => {
  it('Europe/London, clocks forward on 2026-03-29: every day counts once', () => {
    process.env.TZ = 'Europe/London';
    // 00:30 on 30 March local time is 23:30 UTC on the 29th: still the 30th for the person.
    expect(localDay(new Date('2026-03-29T23:30:00Z'))).toBe('2026-03-30');
    const today = localDay(new Date(2026, 3, 5, 0, 30)); // 00:30 local on 5 April
    expect(today).toBe('2026-04-05');
    // Start 20 March: 11 days to 31 March + 5 = 16 days since start; 17 days on track with today.
    // A check-in every day from 27 March to 5 April: a streak of 5 + 5 = 10, across the change.
    const r = buildProgressReport({ startDate: '2026-03-20', graduation: {} }, daily('2026-03-27', '2026-04-05'), today);
    expect(r.daysSinceStart).toBe(16);
    expect(r.onTrack.days).toBe(17);
    expect(r.checkins.streak).toBe(10);
    // A run from 24 March reaches its 7th day on 30 March, the day after the change; day 30 falls on 22 April.
    const week = buildProgressReport({ startDate: '2026-03-24', graduation: {} }, [], '2026-03-30').onTrack;
    expect(week.days).toBe(7);
    expect(week.nextMilestone).toEqual({ days: 30, on: '2026-04-22', inDays: 23 });
  });

  it('America/New_York, clocks back on 2026-11-01: the long day is still one day', () => {
    process.env.TZ = 'America/New_York';
    const today = localDay(new Date(2026, 10, 8, 23, 30)); // 23:30 local on 8 November
    expect(today).toBe('2026-11-08');
    // Start 25 October: 6 days to 31 October + 8 = 14 days since start; a lapse on 1 November (the
    // 25-hour day) leaves a run of 25..31 October = 7 days and a current run of 2..8 November = 7 days.
    const entries = [...daily('2026-10-25', '2026-11-08'), checkin('2026-11-01', { onTrack: false })];
    const r = buildProgressReport({ startDate: '2026-10-25', graduation: {} }, entries, today);
    expect(r.daysSinceStart).toBe(14);
    expect(r.onTrack).toMatchObject({ days: 7, longest: 7, since: '2026-11-02' });
    expect(r.checkins.streak).toBe(15);
    expect(r.checkins.consistency).toEqual({ days: 15, of: 15, percent: 100 });
  });
});
