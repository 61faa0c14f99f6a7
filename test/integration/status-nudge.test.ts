// fourpoint status (one line, --json, exit codes) and the nudge on stderr.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { dayFromToday, writeStore, type FixtureEntry } from '../helpers/fixture-store.js';

const checkin = (id: string, date: string, onTrack: boolean): FixtureEntry => ({
  id,
  kind: 'checkin',
  worksheet: { id: 'daily-check-in', version: 1 },
  date,
  answers: { mood: 5, urge: 3, onTrack },
});

let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

describe('fourpoint status', () => {
  it('with no data: says so on one line, exit 1', () => {
    const r = cli(home, ['status']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('no profile yet (fourpoint init), no check-in yet today\n');
    expect(r.stderr).toBe('');
  });

  it('counts days on track from the start date (the start day is day 1), exit 1 before a check-in', () => {
    writeStore(home, [], { behaviours: ['alcohol'], startDate: dayFromToday(-9) });
    const r = cli(home, ['status']);
    expect(r.stdout).toBe('10 days on track, no check-in yet today\n');
    expect(r.code).toBe(1);
  });

  it('counts from the day after the last lapse, older months read only when needed; exit 0 once checked in', () => {
    writeStore(home, [checkin('a', '2026-01-10', false), checkin('b', dayFromToday(-3), false), checkin('c', dayFromToday(-1), true), checkin('d', dayFromToday(0), true)], {
      behaviours: ['alcohol'],
      startDate: '2026-01-01',
    });
    const r = cli(home, ['status']);
    expect(r.stdout).toBe('3 days on track, checked in today\n');
    expect(r.code).toBe(0);
    const json = JSON.parse(cli(home, ['status', '--json']).stdout);
    expect(json).toEqual({ today: dayFromToday(0), checkedInToday: true, daysOnTrack: 3, since: dayFromToday(-2), lastLapse: dayFromToday(-3), hasProfile: true });
  });

  it('an urge acted on counts as a lapse; a lapse today is 0 days', () => {
    writeStore(home, [{ id: 'u', kind: 'urge', worksheet: { id: 'urge-log', version: 1 }, date: dayFromToday(0), answers: { intensity: 9, outcome: 'used' } }]);
    expect(cli(home, ['status']).stdout).toBe('0 days on track, no check-in yet today\n');
  });

  it('a lapse in an old month is found when recent months have none', () => {
    writeStore(home, [checkin('a', '2026-02-14', false), checkin('b', '2026-03-01', true)], { behaviours: ['alcohol'], startDate: '2026-01-01' });
    const json = JSON.parse(cli(home, ['status', '--json']).stdout);
    expect(json.lastLapse).toBe('2026-02-14');
    expect(json.since).toBe('2026-02-15');
  });

  it('--help documents the exit status', () => {
    const r = cli(home, ['status', '--help']);
    expect(r.stdout).toMatch(/Exit status:\n\s+0 +you have checked in today\n\s+1 +no check-in yet today/);
  });
});

describe('the nudge', () => {
  const NUDGE = 'No check-in yet today';
  beforeEach(() => writeStore(home, [checkin('y', dayFromToday(-1), true)]));

  it('other commands say it once on stderr, never on stdout', () => {
    const r = cli(home, ['journal', 'list']);
    expect(r.code).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.includes(NUDGE))).toHaveLength(1);
    expect(r.stdout).not.toContain(NUDGE);
  });

  it.each([[['status']], [['status', '--json']], [['journal', 'list', '--json']], [['--help']], [['--version']], [['journal', 'list', '--help']], [['urge', '--minutes', '0', '--intensity', '3', '--after', '1']]])(
    'not for %j',
    (args) => {
      expect(cli(home, args).stderr).not.toContain(NUDGE);
    },
  );

  it('not once there is a check-in today', () => {
    expect(cli(home, ['checkin', '--mood', '6', '--urge', '1', '--on-track']).stderr).not.toContain(NUDGE);
    expect(cli(home, ['journal', 'list']).stderr).not.toContain(NUDGE);
  });

  it('off with: config set nudge off, and on again', () => {
    expect(cli(home, ['config', 'set', 'nudge', 'off']).code).toBe(0);
    expect(cli(home, ['journal', 'list']).stderr).not.toContain(NUDGE);
    expect(cli(home, ['config', 'set', 'nudge', 'on']).code).toBe(0);
    expect(cli(home, ['journal', 'list']).stderr).toContain(NUDGE);
  });

  it('not before there is any data', () => {
    const empty = tempDir();
    try {
      expect(cli(empty, ['journal', 'list']).stderr).not.toContain(NUDGE);
    } finally {
      removeDir(empty);
    }
  });
});
