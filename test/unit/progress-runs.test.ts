// Days on track, the longest run and the check-in streak, on hand-built entries with worked-out answers.
import { describe, expect, it } from 'vitest';
import { buildProgressReport } from '../../src/domain/progress/index.js';
import { addDays } from '../../src/domain/dates.js';
import { checkin, urgeLog } from '../helpers/entries.js';

const profile = (startDate: string, graduation: Record<string, number> = {}) => ({ startDate, graduation });
const daily = (from: string, to: string) => {
  const out = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(checkin(d));
  return out;
};

describe('days on track', () => {
  it('a lapse resets the current run but not the longest run', () => {
    // Start 2026-10-01. Lapse 2026-11-10. Run before it: Oct 1..31 (31) + Nov 1..9 (9) = 40 days.
    // Current run: Nov 11..23 = 13 days (today counts). Days since start: 30 (to Oct 31) + 23 = 53.
    const entries = [checkin('2026-10-05'), checkin('2026-11-10', { onTrack: false }), checkin('2026-11-12')];
    const r = buildProgressReport(profile('2026-10-01'), entries, '2026-11-23');
    expect(r.daysSinceStart).toBe(53);
    expect(r.onTrack).toMatchObject({ days: 13, since: '2026-11-11', longest: 40, lastLapse: '2026-11-10', lapsesLast30: 1 });
  });

  it('an urge log that ended in using is a lapse too, and the longest run stays', () => {
    // A second lapse on Nov 20: the current run is Nov 21..23 = 3; the longest is still the 40 before Nov 10.
    const entries = [checkin('2026-11-10', { onTrack: false }), urgeLog('2026-11-20', { intensity: 9, outcome: 'used' }), urgeLog('2026-11-21', { intensity: 5, outcome: 'rode-it-out' })];
    const r = buildProgressReport(profile('2026-10-01'), entries, '2026-11-23');
    expect(r.onTrack).toMatchObject({ days: 3, since: '2026-11-21', longest: 40, lastLapse: '2026-11-20', lapsesLast30: 2 });
  });

  it('a lapse today means 0 days, with the first milestone tomorrow', () => {
    const r = buildProgressReport(profile('2026-11-01'), [checkin('2026-11-23', { onTrack: false })], '2026-11-23');
    // Nov 1..22 = 22 days before the lapse.
    expect(r.onTrack).toMatchObject({ days: 0, since: '2026-11-24', longest: 22 });
    expect(r.onTrack.nextMilestone).toEqual({ days: 1, on: '2026-11-24', inDays: 1 });
  });

  it('one lapse among several check-ins on a day makes it a lapse day; lapses before the start or after today do not count', () => {
    const entries = [checkin('2026-10-20', { onTrack: false }), checkin('2026-11-15'), checkin('2026-11-15', { onTrack: false }), checkin('2026-11-25', { onTrack: false })];
    const r = buildProgressReport(profile('2026-11-01'), entries, '2026-11-23');
    // Nov 1..14 = 14 before; Nov 16..23 = 8 now.
    expect(r.onTrack).toMatchObject({ days: 8, longest: 14, lastLapse: '2026-11-15' });
  });

  it('with no lapse, days on track are the days since the start plus today', () => {
    const r = buildProgressReport(profile('2026-11-23'), [], '2026-11-23');
    expect(r.daysSinceStart).toBe(0);
    expect(r.onTrack).toMatchObject({ days: 1, longest: 1, lastLapse: null });
  });

  it('counts right across a year end', () => {
    // Start 2026-12-20, lapse 2026-12-31: before it Dec 20..30 = 11 days; now Jan 1..10 = 10 days.
    // Days since start: 11 (to Dec 31) + 10 = 21. Check-ins Dec 28..Jan 10 every day: a streak of 4 + 10 = 14.
    const entries = [...daily('2026-12-28', '2027-01-10'), checkin('2026-12-31', { onTrack: false })];
    const r = buildProgressReport(profile('2026-12-20'), entries, '2027-01-10');
    expect(r.daysSinceStart).toBe(21);
    expect(r.onTrack).toMatchObject({ days: 10, since: '2027-01-01', longest: 11 });
    expect(r.checkins.streak).toBe(14);
  });
});

describe('check-in streak and consistency', () => {
  it('a missing day breaks the streak', () => {
    // Nov 19, then Nov 21, 22, 23: Nov 20 is missing, so the streak is 3.
    const entries = [checkin('2026-11-19'), checkin('2026-11-21'), checkin('2026-11-22'), checkin('2026-11-23')];
    const r = buildProgressReport(profile('2026-10-01'), entries, '2026-11-23');
    expect(r.checkins).toMatchObject({ streak: 3, checkedInToday: true });
  });

  it('without a check-in today yet, the streak up to yesterday still stands; a missed yesterday ends it', () => {
    const upToYesterday = buildProgressReport(profile('2026-10-01'), [checkin('2026-11-21'), checkin('2026-11-22')], '2026-11-23');
    expect(upToYesterday.checkins).toMatchObject({ streak: 2, checkedInToday: false });
    const missedYesterday = buildProgressReport(profile('2026-10-01'), [checkin('2026-11-21')], '2026-11-23');
    expect(missedYesterday.checkins.streak).toBe(0);
  });

  it('consistency is the share of the last 30 days with a check-in, or of the days since a recent start', () => {
    // 15 distinct days inside Oct 25..Nov 23 (two check-ins on one of them), one day outside (Oct 24).
    const inside = Array.from({ length: 15 }, (_, i) => checkin(addDays('2026-10-25', i * 2)));
    const entries = [...inside, checkin('2026-10-25'), checkin('2026-10-24')];
    expect(buildProgressReport(profile('2026-09-01'), entries, '2026-11-23').checkins.consistency).toEqual({ days: 15, of: 30, percent: 50 });
    // Started Nov 14: the window is Nov 14..23, 10 days; 4 of them have a check-in.
    const recent = ['2026-11-14', '2026-11-18', '2026-11-20', '2026-11-23'].map((d) => checkin(d));
    expect(buildProgressReport(profile('2026-11-14'), recent, '2026-11-23').checkins.consistency).toEqual({ days: 4, of: 10, percent: 40 });
  });
});
