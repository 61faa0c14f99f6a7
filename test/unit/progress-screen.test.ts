// The rendered progress screen, from fixed entries and a fixed day, with colour off; and the same words with colour on.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates.js';
import { buildProgressReport } from '../../src/domain/progress/index.js';
import { renderProgress } from '../../src/ui/progress-screen.js';
import { makeTheme } from '../../src/ui/theme.js';
import { stripAnsi } from '../helpers/pty.js';
import { checkin, sheet, urgeLog } from '../helpers/entries.js';

const TODAY = '2026-11-23';

function fixture() {
  const entries = [];
  // Check-ins most days from Oct 10 to today, urges easing and mood lifting; none on Nov 5 and Nov 18.
  for (let i = 0; i <= 44; i += 1) {
    const day = addDays('2026-10-10', i);
    if (day === '2026-11-05' || day === '2026-11-18') continue;
    entries.push(
      checkin(day, {
        urge: Math.max(0, 8 - Math.floor(i / 6)),
        mood: Math.min(10, 3 + Math.floor(i / 7)),
        onTrack: day !== '2026-11-06',
        triggers: i % 3 === 0 ? ['stress'] : i % 3 === 1 ? ['tiredness'] : [],
        coping: i % 2 === 0 ? ['went for a walk'] : ['called someone'],
        point: String((i % 4) + 1),
      }),
    );
  }
  entries.push(urgeLog('2026-11-20', { intensity: 7, intensityAfter: 2, coping: ['went for a walk'], trigger: 'stress', outcome: 'rode-it-out' }));
  entries.push(sheet('cost-benefit-analysis', '2026-10-11'), sheet('deads', '2026-10-12'), sheet('abc', '2026-11-01'));
  entries.push(sheet('lifestyle-balance-pie', '2026-11-02', { areas: [1, 2, 3, 4].map((n) => ({ area: `area ${n}`, rating: n + 3, target: 8 })) }));
  return buildProgressReport({ startDate: '2026-10-10', graduation: {} }, entries, TODAY);
}

describe('progress screen', () => {
  it('renders bars, sparklines, streaks, the checklist and a next step, readable without colour', () => {
    expect(renderProgress(fixture(), makeTheme(false))).toMatchInlineSnapshot(`
      "Your progress   started 2026-10-10, today is day 45

        On track     17 days, counted from 2026-11-07   longest run 27 days
                     A lapse on 2026-11-06 began a new run. Your longest run and all
                     your work still count.
                     next milestone: 30 days, on 2026-12-06 (in 13 days)
        Check-ins    5 days in a row   28 of the last 30 days (93%)

      The four points
        1 Motivation            ███████▋░░░░░░░░░░░░  38
            · Cost-Benefit Analyses 1/2   · Change Plan 0/1
            · Hierarchy of Values 0/1   ✓ check-ins naming point 1 12/5
        2 Urges                 ███████████░░░░░░░░░  55
            · urges logged with coping 1/5   ✓ DEADS plan 1/1   · DISARM 0/1
            ✓ check-ins naming point 2 11/5
        3 Thoughts and feelings ██████▋░░░░░░░░░░░░░  33
            · ABCs 1/3   · Problem solving 0/1   · Self-acceptance 0/1
            ✓ check-ins naming point 3 10/5
        4 Balance               ████████▍░░░░░░░░░░░  42
            · life areas rated in the Balance Pie 4/6   · VACI 0/1   · Goals 0/1
            ✓ check-ins naming point 4 10/5

      Urges and mood
        Urges 0-10   ▅▅▅▅▅▅▅▅▅▄▄·▄▄▄▃▃▃▃▃▃▂▂▂·▂▆▂▂▂
                     last 7 days 2.3, the 30 before 4.7: better (lower)
        Mood 1-10    ▄▄▄▄▄▄▅▅▅▅▅·▅▆▆▆▆▆▆▆▆▆▆▆·▆▆▇▇▇
                     last 7 days 8.5, the 30 before 5.8: better (higher)
                     2026-10-25 to 2026-11-23 (30 days; · = nothing recorded)

        Top triggers stress (15), tiredness (15)
        What helped  went for a walk: urges averaged 4.6 (23 times)

      Graduation: 1 of 6   (graduating is your call; this is the evidence)
        [ ] 90 days on track in a row (now 17)
        [ ] urges averaging 3 or less over the last 30 days (now 3.7)
        [ ] Cost-Benefit Analysis revisited: 2 filled in all (now 1)
        [✓] a DEADS plan ready for urges (now 1)
        [ ] Lifestyle Balance Pie with 6 areas rated (now 4)
        [ ] every point at 50 or more (now 33)

      Next step (point 3): Take one problem through the problem-solving steps.
        fourpoint worksheet fill problem-solving"
    `);
  });

  it('fits in 60, 80 and 100 columns, long free-text triggers and coping included', () => {
    const long = 'a very long trigger that somebody typed in full at the end of a hard day';
    const r = buildProgressReport(
      { startDate: '2026-10-01', graduation: {} },
      [checkin('2026-11-20', { triggers: [long, 'stress'], coping: [long] }), checkin('2026-11-21', { triggers: [long], coping: [long] })],
      TODAY,
    );
    for (const report of [fixture(), r])
      for (const width of [60, 80, 100]) {
        const lines = renderProgress(report, makeTheme(false), width).split('\n');
        expect(lines.filter((l) => [...l].length > width)).toEqual([]);
        // No word is split: every word of the long trigger is still whole somewhere on the screen.
        if (report === r) for (const word of long.split(' ')) expect(lines.join(' ').split(/\s+/)).toContain(word);
      }
  });

  it('says the same with colour on: no meaning is carried by colour alone', () => {
    const coloured = renderProgress(fixture(), makeTheme(true));
    expect(coloured).not.toBe(stripAnsi(coloured));
    expect(stripAnsi(coloured)).toBe(renderProgress(fixture(), makeTheme(false)));
  });

  it('a lapse today is met with kind words, and the longest run stays on screen', () => {
    const r = buildProgressReport({ startDate: '2026-11-01', graduation: {} }, [checkin(TODAY, { onTrack: false })], TODAY);
    const text = renderProgress(r, makeTheme(false));
    expect(text).toContain('On track     0 days   longest run 22 days');
    expect(text.replace(/\s+/g, ' ')).toContain('A lapse today: a new run starts tomorrow. Your longest run and all your work still count.');
  });
});
