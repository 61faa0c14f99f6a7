// Point scores from their criteria, the next step, the graduation checklist and thresholds from the profile.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates.js';
import { buildProgressReport, resolveThresholds } from '../../src/domain/progress/index.js';
import { checkin, sheet, urgeLog } from '../helpers/entries.js';

const TODAY = '2026-11-23';
const pie = (rated: number, unrated = 0) => ({
  areas: [
    ...Array.from({ length: rated }, (_, i) => ({ area: `area ${i}`, rating: 5, target: 8 })),
    ...Array.from({ length: unrated }, (_, i) => ({ area: `later ${i}`, target: 7 })),
  ],
});

describe('point scores', () => {
  const entries = [
    sheet('cost-benefit-analysis', '2026-11-01'),
    sheet('change-plan', '2026-11-02'),
    urgeLog('2026-11-03', { intensity: 6, coping: ['walked'] }),
    urgeLog('2026-11-04', { intensity: 6, coping: ['called Sam'] }),
    urgeLog('2026-11-05', { intensity: 6 }), // no coping: not counted
    sheet('deads', '2026-11-06'),
    ...Array.from({ length: 5 }, (_, i) => checkin(addDays('2026-11-10', i), { point: '2' })),
    sheet('lifestyle-balance-pie', '2026-11-20', pie(3, 1)), // the latest pie counts, in whatever order: 3 areas rated
    sheet('lifestyle-balance-pie', '2026-11-01', pie(6)),
  ];
  const r = buildProgressReport({ startDate: '2026-10-01', graduation: {} }, entries, TODAY);

  it('scores each point as the mean share of its criteria, each capped at its target', () => {
    // 1: CBA 1/2, change plan 1/1, values 0/1, check-ins 0/5 -> (0.5 + 1 + 0 + 0) / 4 = 37.5 -> 38
    // 2: urge logs 2/5, DEADS 1/1, DISARM 0/1, check-ins 5/5 -> (0.4 + 1 + 0 + 1) / 4 = 60
    // 3: nothing -> 0.   4: pie 3/6, VACI 0, goals 0, check-ins 0 -> 0.5 / 4 = 12.5 -> 13
    expect(r.points.map((p) => p.score)).toEqual([38, 60, 0, 13]);
    expect(r.points[1]!.criteria.find((c) => c.id === 'urge-logs')).toMatchObject({ value: 2, target: 5, met: false, worksheet: 'urge-log' });
    expect(r.points[1]!.criteria.find((c) => c.id === 'checkins-point-2')).toMatchObject({ value: 5, target: 5, met: true });
  });

  it('suggests a worksheet in the point most in need', () => {
    expect(r.suggestion).toMatchObject({ point: 3, criterion: 'abc', worksheet: 'abc', command: 'fourpoint worksheet fill abc' });
  });

  it('graduation lists each item met or not', () => {
    expect(Object.fromEntries(r.graduation.items.map((i) => [i.id, i.met]))).toEqual({
      'on-track': false,
      'urges-low': false, // urge logs Nov 3..5 at 6, check-ins Nov 10..14 at 2: (18 + 10) / 8 = 3.5, over 3
      'cba-revisited': false,
      'deads-plan': true,
      'balance-pie': false,
      'all-points': false,
    });
    expect(r.graduation.items.find((i) => i.id === 'urges-low')!.value).toBe(3.5);
    expect(r.graduation).toMatchObject({ ready: false, met: 1, of: 6 });
  });
});

describe('graduation and thresholds', () => {
  // A full picture: 100 days on track with low urges, and work in every point.
  const start = '2026-08-15'; // Aug 15..Nov 23 = 17 + 30 + 31 + 23 = 101 days on track
  const work = [
    sheet('cost-benefit-analysis', '2026-08-20'),
    sheet('cost-benefit-analysis', '2026-11-01'),
    sheet('change-plan', '2026-08-21'),
    sheet('deads', '2026-08-22'),
    sheet('abc', '2026-09-01'),
    sheet('problem-solving', '2026-09-02'),
    sheet('lifestyle-balance-pie', '2026-09-03', pie(6)),
    sheet('goals', '2026-09-04'),
    ...Array.from({ length: 30 }, (_, i) => checkin(addDays('2026-10-25', i), { urge: i % 2, point: String((i % 4) + 1) })),
  ];

  it('is ready when every item is met, and never counts a lapse against the work', () => {
    const r = buildProgressReport({ startDate: start, graduation: {} }, work, TODAY);
    expect(r.onTrack.days).toBe(101);
    // points: 1: (1 + 1 + 0 + 1) / 4 = 75; 2: DEADS and check-ins: 50; 3: (1/3 + 1 + 0 + 1) / 4 = 58; 4: (1 + 0 + 1 + 1) / 4 = 75
    expect(r.points.map((p) => p.score)).toEqual([75, 50, 58, 75]);
    expect(r.graduation).toMatchObject({ ready: true, met: 6, of: 6 });
    const lapsed = buildProgressReport({ startDate: start, graduation: {} }, [...work, checkin('2026-11-22', { onTrack: false })], TODAY);
    expect(lapsed.graduation.items.filter((i) => !i.met).map((i) => i.id)).toEqual(['on-track']);
    expect(lapsed.onTrack.longest).toBe(99); // Aug 15..Nov 21
  });

  it("takes thresholds from the profile's graduation record over the defaults", () => {
    const own = buildProgressReport({ startDate: '2026-11-01', graduation: { onTrackDays: 20, urgeLow: 0.4 } }, [checkin('2026-11-22', { urge: 0 })], TODAY);
    expect(own.thresholds.onTrackDays).toBe(20);
    expect(own.graduation.items[0]).toEqual({ id: 'on-track', label: '20 days on track in a row', value: 23, target: 20, met: true });
    expect(own.graduation.items[1]).toMatchObject({ id: 'urges-low', met: true, target: 0.4 });
    const byDefault = buildProgressReport({ startDate: '2026-11-01', graduation: {} }, [], TODAY);
    expect(byDefault.graduation.items[0]).toMatchObject({ target: 90, met: false });
  });

  it('ignores a value out of range rather than trusting it', () => {
    expect(resolveThresholds({ onTrackDays: -5, urgeLow: 4, cbaCount: 1.5, unknown: 3 })).toMatchObject({ onTrackDays: 90, urgeLow: 4, cbaCount: 2 });
  });
});
