// Urge and mood averages and their direction, top triggers, and the coping that went with the lowest urges.
import { describe, expect, it } from 'vitest';
import { buildProgressReport } from '../../src/domain/progress/index.js';
import { checkin, urgeLog } from '../helpers/entries.js';

const profile = { startDate: '2026-09-01', graduation: {} };
const TODAY = '2026-11-23';

describe('urge and mood averages', () => {
  it('compares the last 7 days (Nov 17..23) with the 30 before them (Oct 18..Nov 16)', () => {
    const recentUrges = [1, 1, 2, 2, 1, 1, 2]; // sum 10 over 7 days: 1.43, shown as 1.4
    const recent = recentUrges.map((urge, i) => checkin(`2026-11-${17 + i}`, { urge, mood: 7 }));
    // Before: urges 4, 5, 6 (mean 5.0) and moods 5, 5, 6 (mean 5.33, shown as 5.3). Oct 17 is outside both windows.
    const before = [checkin('2026-10-18', { urge: 4, mood: 5 }), checkin('2026-11-01', { urge: 5, mood: 5 }), checkin('2026-11-16', { urge: 6, mood: 6 })];
    const r = buildProgressReport(profile, [...recent, ...before, checkin('2026-10-17', { urge: 10, mood: 1 })], TODAY);
    expect(r.urges).toEqual({ last7: 1.4, previous30: 5, direction: 'better' });
    expect(r.mood).toEqual({ last7: 7, previous30: 5.3, direction: 'better' });
  });

  it('for urges higher is worse; a change under the margin is steady; no data is unknown', () => {
    const r = buildProgressReport(profile, [checkin('2026-11-20', { urge: 6, mood: 5.2 }), checkin('2026-11-10', { urge: 3, mood: 5 })], TODAY);
    expect(r.urges.direction).toBe('worse');
    expect(r.mood.direction).toBe('steady');
    const margin = buildProgressReport({ ...profile, graduation: { trendMargin: 0.1 } }, [checkin('2026-11-20', { mood: 5.2 }), checkin('2026-11-10', { mood: 5 })], TODAY);
    expect(margin.mood.direction).toBe('better');
    expect(buildProgressReport(profile, [checkin('2026-11-20')], TODAY).urges).toEqual({ last7: 2, previous30: null, direction: 'unknown' });
  });

  it("a day's urge is the strongest recorded, by check-in or urge log; the series has a value a day", () => {
    const entries = [checkin('2026-11-22', { urge: 2, mood: 4 }), urgeLog('2026-11-22', { intensity: 8 }), urgeLog('2026-11-21', { intensity: 3 })];
    const r = buildProgressReport(profile, entries, TODAY, undefined, { seriesDays: 7 });
    expect(r.series).toEqual({ from: '2026-11-17', to: TODAY, urge: [null, null, null, null, 3, 8, null], mood: [null, null, null, null, null, 4, null] });
    expect(r.urges.last7).toBe(5.5); // (3 + 8) / 2
  });
});

describe('patterns', () => {
  it('top triggers count check-in triggers and urge-log triggers, ignoring case, within the look-back', () => {
    const entries = [
      checkin('2026-11-20', { triggers: ['stress', 'boredom'] }),
      checkin('2026-11-21', { triggers: ['Stress'] }),
      checkin('2026-11-22', { triggers: ['tiredness', 'stress'] }),
      urgeLog('2026-11-22', { intensity: 5, trigger: 'Boredom' }),
      ...Array.from({ length: 5 }, () => checkin('2026-08-01', { triggers: ['conflict'] })), // more than 90 days ago
    ];
    expect(buildProgressReport(profile, entries, TODAY).topTriggers).toEqual([
      { trigger: 'stress', count: 3 },
      { trigger: 'boredom', count: 2 },
      { trigger: 'tiredness', count: 1 },
    ]);
  });

  it('the best coping is the one with the lowest mean urge, used at least twice', () => {
    const entries = [
      checkin('2026-11-20', { urge: 2, coping: ['went for a walk'] }),
      checkin('2026-11-21', { urge: 4, coping: ['went for a walk', 'called someone'] }),
      urgeLog('2026-11-22', { intensity: 8, intensityAfter: 1, coping: ['called someone'] }), // the urge after counts: 1
      urgeLog('2026-11-22', { intensity: 0, coping: ['music'] }), // once only: left out
    ];
    const r = buildProgressReport(profile, entries, TODAY);
    // called someone: (4 + 1) / 2 = 2.5; went for a walk: (2 + 4) / 2 = 3.
    expect(r.coping.ranked).toEqual([
      { coping: 'called someone', averageUrge: 2.5, uses: 2 },
      { coping: 'went for a walk', averageUrge: 3, uses: 2 },
    ]);
    expect(r.coping.best?.coping).toBe('called someone');
  });
});
