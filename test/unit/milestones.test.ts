// Milestones: reached in the current run, announced once, and again after a lapse starts a new run.
import { describe, expect, it } from 'vitest';
import { buildProgressReport, keptMilestones, newMilestones } from '../../src/domain/progress/index.js';
import { checkin, milestone } from '../helpers/entries.js';

const report = (startDate: string, today: string, entries = [checkin(today)]) => buildProgressReport({ startDate, graduation: {} }, entries, today).onTrack;

describe('newMilestones', () => {
  it('finds every milestone reached in this run, with the day it was reached', () => {
    // Start Nov 1, today Nov 23: 23 days on track. Day 1 is Nov 1, day 7 is Nov 7; 30 is still ahead.
    expect(newMilestones(report('2026-11-01', '2026-11-23'), [])).toEqual([
      { days: 1, reachedOn: '2026-11-01' },
      { days: 7, reachedOn: '2026-11-07' },
    ]);
  });

  it('does not announce one already kept', () => {
    expect(newMilestones(report('2026-11-01', '2026-11-23'), keptMilestones([milestone(1, '2026-11-01'), milestone(7, '2026-11-07')]))).toEqual([]);
    expect(newMilestones(report('2026-11-01', '2026-11-23'), keptMilestones([milestone(1, '2026-11-01')]))).toEqual([{ days: 7, reachedOn: '2026-11-07' }]);
  });

  it('after a lapse, the new run reaches its milestones afresh', () => {
    // Lapse Nov 10: the run starts Nov 11; today Nov 20 is day 10, so 1 (Nov 11) and 7 (Nov 17) are new.
    const r = report('2026-11-01', '2026-11-20', [checkin('2026-11-10', { onTrack: false })]);
    expect(newMilestones(r, keptMilestones([milestone(1, '2026-11-01'), milestone(7, '2026-11-07')]))).toEqual([
      { days: 1, reachedOn: '2026-11-11' },
      { days: 7, reachedOn: '2026-11-17' },
    ]);
  });

  it('reaches a year across a year end, and nothing on a lapse day', () => {
    // Start 2026-01-01: day 365 is 2026-12-31.
    const year = newMilestones(report('2026-01-01', '2027-01-02'), []);
    expect(year.map((m) => m.days)).toEqual([1, 7, 30, 90, 180, 365]);
    expect(year.at(-1)).toEqual({ days: 365, reachedOn: '2026-12-31' });
    expect(newMilestones(report('2026-11-01', '2026-11-23', [checkin('2026-11-23', { onTrack: false })]), [])).toEqual([]);
  });
});

describe('milestonesOf and reconcileMilestones', () => {
  it('finds every run\'s milestones, runs ending the day before each lapse', async () => {
    const { milestonesOf } = await import('../../src/domain/progress/milestones.js');
    // Start Nov 1, lapses Nov 10 and Nov 11, today Nov 20: runs Nov 1-9 (9 days), none on Nov 11, Nov 12-20 (9 days).
    expect(milestonesOf(['2026-11-11', '2026-11-10', '2026-10-01', '2026-12-01'], '2026-11-01', '2026-11-20')).toEqual([
      { days: 1, reachedOn: '2026-11-01' },
      { days: 7, reachedOn: '2026-11-07' },
      { days: 1, reachedOn: '2026-11-12' },
      { days: 7, reachedOn: '2026-11-18' },
    ]);
    expect(milestonesOf([], '2026-11-25', '2026-11-20')).toEqual([]);
  });

  it('takes away kept ones the history no longer holds and second copies, and names the missing', async () => {
    const { reconcileMilestones } = await import('../../src/domain/progress/milestones.js');
    const truth = [{ days: 1, reachedOn: '2026-11-01' }, { days: 7, reachedOn: '2026-11-07' }];
    const kept = [{ days: 1, reachedOn: '2026-11-01' }, { days: 1, reachedOn: '2026-11-01' }, { days: 30, reachedOn: '2026-11-30' }];
    expect(reconcileMilestones(truth, kept)).toEqual({ stale: [kept[1], kept[2]], missing: [{ days: 7, reachedOn: '2026-11-07' }] });
  });
});
