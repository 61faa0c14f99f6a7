// Milestones follow the history through the built CLI: a back-dated lapse takes away a milestone it
// interrupts and announces none in the same save; edits, deletes and imports make them again; messages and
// the Markdown export say them as sentences, and never that days with no check-in were "your doing".
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { onDay } from '../helpers/clock.js';

const TODAY = '2026-11-23';
let home: string;
const all: string[] = [];
function run(args: string[], where = home) {
  const r = cli(where, args, { env: onDay(TODAY) });
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  all.push(r.stdout, r.stderr);
  return r;
}
const kept = (where = home) =>
  (JSON.parse(run(['journal', 'list', '--json', '--kind', 'milestone'], where).stdout) as { answers: { days: number; reachedOn: string } }[]).map((e) => `${e.answers.days}@${e.answers.reachedOn}`).sort();
const stars = (text: string) => text.split('\n').filter((l) => l.startsWith('★'));

beforeEach(() => {
  home = tempDir();
  run(['init', '--behaviour', 'alcohol', '--start-date', '2026-11-01']);
  // Today is day 23 of the run: days 1 and 7 are reached, though only today has a check-in.
  expect(stars(run(['checkin', '--mood', '6', '--urge', '2', '--on-track']).stderr)).toHaveLength(2);
});
afterEach(() => {
  removeDir(home);
  // Days with no check-in count (as on a sobriety counter), so nothing may claim each was checked.
  expect(all.join('\n')).not.toMatch(/your doing/i);
});

describe('milestones', () => {
  it('a back-dated lapse takes away the milestone it interrupts, announces none, and progress finds the new run', () => {
    expect(kept()).toEqual(['1@2026-11-01', '7@2026-11-07']);
    const lapse = run(['checkin', '--date', '2026-11-05', '--mood', '3', '--urge', '8', '--lapsed']);
    expect(stars(lapse.stderr)).toEqual([]);
    expect(lapse.stderr).toContain('took away 7 days (2026-11-07)');
    expect(kept()).toEqual(['1@2026-11-01']);
    const progress = run(['progress']);
    expect(stars(progress.stderr)).toEqual([
      '★ Milestone: day 1 with no lapse recorded (2026-11-06).',
      '★ Milestone: 7 days with no lapse recorded, counted since 2026-11-06 (reached 2026-11-12).',
    ]);
    expect(kept()).toEqual(['1@2026-11-01', '1@2026-11-06', '7@2026-11-12']);
    expect(stars(run(['progress']).stderr)).toEqual([]);
    expect(run(['status']).stdout).toContain('18 days on track');
  });

  it('follows an edit of a check-in to a lapse and back, and a delete', () => {
    const checkin = (JSON.parse(run(['checkin', '--date', '2026-11-10', '--mood', '5', '--urge', '3', '--on-track', '--json']).stdout) as { id: string }).id;
    run(['journal', 'edit', checkin, '--set', 'onTrack=false']);
    expect(kept()).toEqual(['1@2026-11-01', '7@2026-11-07']); // the lapse on day 10 interrupts neither
    run(['journal', 'edit', checkin, '--date', '2026-11-04']);
    expect(kept()).toEqual(['1@2026-11-01']);
    run(['progress']);
    expect(kept()).toEqual(['1@2026-11-01', '1@2026-11-05', '7@2026-11-11']);
    // Deleting the lapse makes one run from the start again: the second run's go, and progress brings
    // back the 7 days from the start.
    const del = run(['journal', 'delete', checkin, '--yes']);
    expect(stars(del.stderr)).toEqual([]);
    expect(kept()).toEqual(['1@2026-11-01']);
    expect(stars(run(['progress']).stderr)).toEqual(['★ Milestone: 7 days with no lapse recorded, counted since 2026-11-01 (reached 2026-11-07).']);
    expect(kept()).toEqual(['1@2026-11-01', '7@2026-11-07']);
  });

  it('follows an import that brings a lapse', () => {
    const other = tempDir();
    try {
      run(['init', '--behaviour', 'alcohol', '--start-date', '2026-11-01'], other);
      run(['checkin', '--date', '2026-11-03', '--mood', '3', '--urge', '8', '--lapsed'], other);
      const file = join(other, 'export.json');
      run(['export', '--format', 'json', '--out', file, '--kind', 'checkin'], other);
      const imported = run(['import', file]);
      // The 7 days from the start are interrupted; the run since the lapse gets its own at the next progress.
      expect(imported.stderr).toContain('took away 7 days (2026-11-07)');
      expect(kept()).toEqual(['1@2026-11-01']);
      run(['progress']);
      expect(kept()).toEqual(['1@2026-11-01', '1@2026-11-04', '7@2026-11-10']);
    } finally {
      removeDir(other);
    }
  });

  it('writes milestones in the Markdown export as sentences', () => {
    const md = run(['export', '--format', 'md']).stdout;
    expect(md).toContain('#### Milestone (');
    expect(md).toContain('Day 1 with no lapse recorded (2026-11-01).');
    expect(md).toContain('7 days with no lapse recorded, counted since 2026-11-01 (reached 2026-11-07).');
    expect(md).not.toMatch(/#### milestone|\*\*reachedOn:\*\*|\*\*days:\*\*/);
  });
});
