// fourpoint progress --json on a store built through the CLI, as a person would build it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';

function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(out, Object.fromEntries(Object.entries(snapshot(path)).map(([k, v]) => [`${name}/${k}`, v])));
    else out[name] = readFileSync(path, 'utf8');
  }
  return out;
}

function ok(home: string, args: string[]) {
  const r = cli(home, args);
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r;
}

describe('fourpoint progress', () => {
  let home: string;
  beforeAll(() => {
    home = tempDir();
    ok(home, ['init', '--behaviour', 'alcohol', '--start-date', '40 days ago', '--why', 'my health']);
    // Check-ins 10 days ago to yesterday, a lapse 5 days ago; none today yet.
    for (let n = 10; n >= 1; n -= 1) {
      const lapse = n === 5;
      ok(home, ['checkin', '--date', `${n} days ago`, '--mood', String(4 + (n % 3)), '--urge', String(n % 4), lapse ? '--lapsed' : '--on-track', '--trigger', n % 2 ? 'stress' : 'boredom', '--coping', 'went for a walk', '--point', '2']);
    }
    ok(home, ['worksheet', 'fill', 'urge-log', '--date', '2 days ago', '--set', 'intensity=7', '--set', 'intensityAfter=2', '--set', 'coping=called Sam', '--set', 'outcome=rode-it-out', '--set', 'trigger=stress']);
    ok(home, ['worksheet', 'fill', 'deads', '--set', 'delay=wait twenty minutes']);
  });
  afterAll(() => removeDir(home));

  it('prints the whole report as JSON, worked out from what was entered', () => {
    const r = ok(home, ['progress', '--json']);
    const report = JSON.parse(r.stdout);
    expect(report.daysSinceStart).toBe(40);
    // The lapse 5 days ago: the current run is 4 days ago to today (5 days); before it, 40 days ago to 6 days ago (35).
    expect(report.onTrack).toMatchObject({ days: 5, longest: 35, lapsesLast30: 1 });
    expect(report.checkins).toMatchObject({ streak: 10, checkedInToday: false, consistency: { days: 10, of: 30, percent: 33 } });
    expect(report.points[1].criteria.find((c: { id: string }) => c.id === 'deads')).toMatchObject({ value: 1, met: true });
    expect(report.points[1].criteria.find((c: { id: string }) => c.id === 'urge-logs')).toMatchObject({ value: 1, target: 5 });
    expect(report.topTriggers[0]).toEqual({ trigger: 'stress', count: 6 }); // 5 odd days and the urge log
    expect(report.series.urge).toHaveLength(30);
    expect(report.graduation.items.map((i: { id: string }) => i.id)).toEqual(['on-track', 'urges-low', 'cba-revisited', 'deads-plan', 'balance-pie', 'all-points']);
    expect(report.suggestion.command).toMatch(/^fourpoint (worksheet fill|checkin)/);
    // The check-ins already announced and kept this run's milestones, so progress does not repeat them.
    expect(r.stderr).not.toContain('Milestone');
  });

  it("keeps each milestone once, per run: the first run's 1, 7 and 30 days, then day 1 after the lapse", () => {
    const again = ok(home, ['progress', '--json']);
    expect(again.stderr).not.toContain('Milestone');
    const since = JSON.parse(again.stdout).onTrack.since;
    const kept = JSON.parse(ok(home, ['journal', 'list', '--kind', 'milestone', '--json']).stdout);
    expect(kept.map((e: { answers: { days: number } }) => e.answers.days)).toEqual([1, 7, 30, 1]);
    expect(kept[3]).toMatchObject({ kind: 'milestone', date: since, answers: { days: 1, reachedOn: since } });
  });

  it('shows a screen readable through a pipe: no colour codes, ticks and words instead', () => {
    const r = ok(home, ['progress', '--days', '14']);
    expect(r.stdout).not.toContain('\u001b[');
    expect(r.stdout).toContain('On track     5 days, counted from');
    expect(r.stdout).toContain('[✓] a DEADS plan ready for urges');
    expect(r.stdout).toContain('(14 days; · = nothing recorded)');
    expect(r.stdout).toMatch(/Next step \(point \d\): /);
  });

  it('takes graduation thresholds from config, kept in the profile', () => {
    ok(home, ['config', 'set', 'graduation.onTrackDays', '5']);
    expect(ok(home, ['config', 'get', 'graduation.onTrackDays']).stdout.trim()).toBe('5');
    const report = JSON.parse(ok(home, ['progress', '--json']).stdout);
    expect(report.thresholds.onTrackDays).toBe(5);
    expect(report.graduation.items[0]).toMatchObject({ label: '5 days on track in a row', met: true });
    expect(JSON.parse(readFileSync(join(home, 'store.json'), 'utf8')).profile.graduation).toEqual({ onTrackDays: 5 });
    ok(home, ['config', 'set', 'graduation.onTrackDays', 'default']);
    expect(ok(home, ['config', 'get', 'graduation.onTrackDays']).stdout.trim()).toBe('90');
  });

  it('refuses bad input with one line and exit 2, and writes nothing', () => {
    const before = snapshot(home);
    for (const args of [['progress', '--days', '3'], ['progress', '--days', 'lots'], ['config', 'set', 'graduation.onTrackDays', '-1'], ['config', 'set', 'graduation.urgeLow', 'low']]) {
      const r = cli(home, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
    expect(snapshot(home)).toEqual(before);
  });

  it('without a profile, says how to make one', () => {
    const empty = tempDir();
    try {
      const r = cli(empty, ['progress']);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain('fourpoint init');
      const set = cli(empty, ['config', 'set', 'graduation.onTrackDays', '30']);
      expect(set.code).toBe(1);
      expect(readdirSync(empty)).toEqual([]);
    } finally {
      removeDir(empty);
    }
  });
});
