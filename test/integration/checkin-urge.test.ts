// The check-in's one-a-day rule and backdating, and urge help without a terminal.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { dayFromToday, snapshot, writeStore } from '../helpers/fixture-store.js';

let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

const entries = () => JSON.parse(cli(home, ['journal', 'list', '--json']).stdout) as { id: string; kind: string; date: string; createdAt: string; answers: Record<string, unknown> }[];

describe('one check-in a day', () => {
  beforeEach(() => {
    expect(cli(home, ['checkin', '--mood', '6', '--urge', '2', '--on-track', '--trigger', 'stress']).code).toBe(0);
  });

  it('a second one without --update or --add is exit 2 naming both, and writes nothing', () => {
    const before = snapshot(home);
    const r = cli(home, ['checkin', '--mood', '7', '--urge', '1', '--on-track']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already a check-in for today');
    expect(r.stderr).toContain('--update');
    expect(r.stderr).toContain('--add');
    expect(snapshot(home)).toEqual(before);
  });

  it('--update changes the same entry and keeps the answers not given', () => {
    const [first] = entries();
    const r = cli(home, ['checkin', '--update', '--mood', '8']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Updated your check-in for today');
    const after = entries();
    expect(after).toHaveLength(1);
    expect(after[0]!.id).toBe(first!.id);
    expect(after[0]!.createdAt).toBe(first!.createdAt);
    expect(after[0]!.answers).toEqual({ mood: 8, urge: 2, onTrack: true, triggers: ['stress'] });
  });

  it('--add keeps both', () => {
    expect(cli(home, ['checkin', '--add', '--mood', '3', '--urge', '5', '--on-track']).code).toBe(0);
    expect(entries().map((e) => e.answers.mood)).toEqual([6, 3]);
  });

  it('--update and --add together is exit 2', () => {
    expect(cli(home, ['checkin', '--update', '--add', '--mood', '3']).code).toBe(2);
  });

  it('--update with no check-in that day is exit 2', () => {
    const r = cli(home, ['checkin', '--update', '--date', 'yesterday', '--mood', '3']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no check-in for yesterday to update');
  });

  it('another day is not a second check-in: --date yesterday just saves', () => {
    const r = cli(home, ['checkin', '--date', 'yesterday', '--mood', '4', '--urge', '6', '--lapsed', '--lapse-kind', 'a-few-times', '--what-happened', 'a party']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Saved your check-in for yesterday');
    expect(r.stderr).toContain('not a verdict');
    expect(r.stderr).not.toMatch(/fail|addict|alcoholic/i);
    const saved = entries().find((e) => e.date === dayFromToday(-1))!;
    expect(saved.answers).toEqual({ mood: 4, urge: 6, onTrack: false, lapseKind: 'a-few-times', whatHappened: 'a party' });
  });

  it('a lapse kind that is not one of the choices is exit 2', () => {
    const r = cli(home, ['checkin', '--date', 'yesterday', '--mood', '4', '--urge', '6', '--lapsed', '--lapse-kind', 'disaster']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('lapseKind');
  });
});

describe('fourpoint urge without a terminal', () => {
  beforeEach(() => {
    writeStore(home, [{ id: 'plan', kind: 'worksheet', worksheet: { id: 'deads', version: 1 }, point: 2, date: '2026-10-01', answers: { delay: ['wait twenty minutes'], substitute: ['sparkling water'] } }], {
      behaviours: ['alcohol'],
      startDate: '2026-01-01',
      supportContacts: [{ name: 'Sam', phone: '555 0100' }],
    });
  });

  it.each([
    [['--after', '2'], '--intensity'],
    [['--intensity', '7'], '--after'],
    [['--intensity', '11', '--after', '2'], '--intensity expects a whole number from 0 to 10'],
    [['--intensity', '7', '--after', '2', '--minutes', 'soon'], '--minutes expects a number'],
    [['--intensity', '7', '--after', '2', '--outcome', 'won'], '--outcome expects one of'],
  ])('%j is exit 2 naming the flag, and saves nothing', (args, flag) => {
    const before = snapshot(home);
    const r = cli(home, ['urge', '--minutes', '0', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(flag);
    expect(snapshot(home)).toEqual(before);
  });

  it('shows the emergency help, contacts and plan, runs a plain timer, and saves an urge-log entry', () => {
    const r = cli(home, ['urge', '--seconds', '2', '--intensity', '8', '--after', '3', '--trigger', 'payday', '--helped', 'called Sam', '--helped', 'went for a walk', '--json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('emergency number');
    expect(r.stderr).toContain('988');
    expect(r.stderr).toContain('Sam: 555 0100');
    expect(r.stderr).toContain('Delay: wait twenty minutes');
    expect(r.stderr).toContain('Substitute: sparkling water');
    expect(r.stderr).toContain('00:02 left');
    expect(r.stderr).not.toMatch(/\u001b\[/); // no cursor movement or colour
    const printed = JSON.parse(r.stdout);
    expect(printed.kind).toBe('urge');
    expect(printed.worksheet.id).toBe('urge-log');
    expect(printed.answers).toEqual({ intensity: 8, intensityAfter: 3, minutes: 0, seconds: 2, outcome: 'rode-it-out', trigger: 'payday', coping: ['called Sam', 'went for a walk'] });
    expect(cli(home, ['journal', 'list', '--kind', 'urge', '--json']).stdout).toContain(printed.id);
  });

  it('always shows what to do in an emergency, even with no profile or plan', () => {
    const empty = tempDir();
    try {
      const r = cli(empty, ['urge', '--minutes', '0', '--intensity', '5', '--after', '5', '--outcome', 'ongoing']);
      expect(r.code).toBe(0);
      expect(r.stderr).toContain('In an emergency');
      expect(r.stderr).toContain('fourpoint worksheet fill deads');
      expect(r.stderr).toContain('It is still there');
    } finally {
      removeDir(empty);
    }
  });
});
