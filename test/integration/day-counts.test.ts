// One rule for counting days, on a fixed day (the fake clock): the start date is day 1, so the progress
// header ("today is day 32") and the days on track ("32 days, counted from") agree when there was no lapse,
// and journal list words a milestone as the milestone itself does ("with no lapse recorded").
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/domain/dates.js';
import { milestoneSentence } from '../../src/domain/progress/milestones.js';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { onDay } from '../helpers/clock.js';

const START = '2026-11-01';
const TODAY = '2026-12-02';
const env = onDay(TODAY);
const run = (home: string, args: string[]) => {
  const r = cli(home, args, { env: { ...env, COLUMNS: '120' } });
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r;
};

let home: string;
beforeEach(() => {
  home = tempDir();
  run(home, ['init', '--behaviour', 'alcohol', '--start-date', START]);
});
afterEach(() => removeDir(home));

describe('day counts', () => {
  it('the progress header and the days on track count the same days', () => {
    run(home, ['checkin', '--mood', '6', '--urge', '2', '--on-track']);
    const out = run(home, ['progress']).stdout;
    const day = daysBetween(START, TODAY) + 1;
    expect(out).toContain(`started ${START}, today is day ${day}`);
    expect(out).toContain(`${day} days, counted from ${START}`);
    expect(out).not.toMatch(/days ago/);
    const json = JSON.parse(run(home, ['progress', '--json']).stdout);
    expect(json.onTrack.days).toBe(json.daysSinceStart + 1);
  });

  it('after a lapse, the run counts from the day after it, the header still from the start', () => {
    const lapse = addDays(TODAY, -10);
    run(home, ['checkin', '--date', lapse, '--mood', '3', '--urge', '8', '--lapsed']);
    const out = run(home, ['progress']).stdout;
    expect(out).toContain(`today is day ${daysBetween(START, TODAY) + 1}`);
    expect(out).toContain(`${daysBetween(lapse, TODAY)} days, counted from ${addDays(lapse, 1)}`);
  });

  it('journal list words milestones as the milestones themselves are worded', () => {
    run(home, ['checkin', '--mood', '6', '--urge', '2', '--on-track']);
    const list = JSON.parse(run(home, ['journal', 'list', '--json']).stdout) as { kind: string; answers: { days: number; reachedOn: string } }[];
    const milestones = list.filter((e) => e.kind === 'milestone');
    expect(milestones.length).toBeGreaterThan(0);
    const shown = run(home, ['journal', 'list']).stdout.replace(/\s+/g, ' ');
    expect(shown).not.toMatch(/\d+ days? on track/);
    for (const m of milestones) {
      const sentence = milestoneSentence({ days: m.answers.days, reachedOn: m.answers.reachedOn });
      // The same words as the milestone's own sentence ("30 days with no lapse recorded, counted since …").
      expect(sentence).toContain('with no lapse recorded');
      expect(shown).toContain(`${m.answers.days} ${m.answers.days === 1 ? 'day' : 'days'} with no lapse recorded`);
    }
  });
});
