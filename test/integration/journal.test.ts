// journal list/show/search/edit/delete on a store written by the test, so every id and answer is known.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { dayFromToday, snapshot, writeStore, type FixtureEntry } from '../helpers/fixture-store.js';

const YESTERDAY = dayFromToday(-1);

const ENTRIES: FixtureEntry[] = [
  { id: 'aaaa1111-0000-4000-8000-000000000001', kind: 'checkin', worksheet: { id: 'daily-check-in', version: 1 }, point: null, date: '2026-09-05', answers: { mood: 6, urge: 2, onTrack: true, triggers: ['stress'], coping: ['went for a walk'], point: '1' } },
  { id: 'aaaa2222-0000-4000-8000-000000000002', kind: 'worksheet', worksheet: { id: 'deads', version: 1 }, point: 2, date: '2026-09-20', answers: { delay: ['wait twenty minutes'], distract: ['a crossword'] } },
  { id: 'bbbb3333-0000-4000-8000-000000000003', kind: 'urge', worksheet: { id: 'urge-log', version: 1 }, point: 2, date: '2026-10-02', answers: { intensity: 8, trigger: 'Payday drinks invite', outcome: 'rode-it-out' }, tags: ['work'] },
  { id: 'cccc4444-0000-4000-8000-000000000004', kind: 'checkin', worksheet: { id: 'daily-check-in', version: 1 }, point: null, date: '2026-10-15', answers: { mood: 3, urge: 7, onTrack: false, lapseKind: 'once', triggers: ['payday'], point: '3' }, tags: ['weekend'] },
  { id: 'dddd5555-0000-4000-8000-000000000005', kind: 'note', date: '2026-10-20', answers: { text: 'a quiet month' } },
  { id: 'eeee6666-0000-4000-8000-000000000006', kind: 'checkin', worksheet: { id: 'daily-check-in', version: 1 }, point: null, date: YESTERDAY, answers: { mood: 8, urge: 1, onTrack: true, point: '4', note: 'a calm evening' } },
];

let home: string;
beforeEach(() => {
  home = tempDir();
  writeStore(home, ENTRIES);
});
afterEach(() => removeDir(home));

function ids(args: string[]): string[] {
  const r = cli(home, ['journal', ...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { id: string }[]).map((e) => e.id.slice(0, 4));
}

describe('journal filters', () => {
  it.each([
    [['list'], ['aaaa', 'aaaa', 'bbbb', 'cccc', 'dddd', 'eeee']],
    [['list', '--since', '2026-10-01', '--until', '2026-10-31'], ['bbbb', 'cccc', 'dddd']],
    [['list', '--until', '2026-09-30'], ['aaaa', 'aaaa']],
    [['list', '--since', 'yesterday'], ['eeee']],
    [['list', '--since', '2 days ago', '--until', 'yesterday'], ['eeee']],
    [['list', '--point', '1'], ['aaaa']],
    [['list', '--point', '2'], ['aaaa', 'bbbb']],
    [['list', '--point', '4'], ['eeee']],
    [['list', '--kind', 'checkin'], ['aaaa', 'cccc', 'eeee']],
    [['list', '--kind', 'urge'], ['bbbb']],
    [['list', '--worksheet', 'deads'], ['aaaa']],
    [['list', '--worksheet', 'urge-log'], ['bbbb']],
    [['list', '--tag', 'weekend'], ['cccc']],
    [['list', '--grep', 'PAYDAY'], ['bbbb', 'cccc']],
    [['list', '--grep', 'payday', '--kind', 'checkin'], ['cccc']],
    [['search', 'payday'], ['bbbb', 'cccc']],
    [['search', 'payday', '--since', '2026-10-10'], ['cccc']],
    [['search', 'calm', 'evening'], ['eeee']],
    [['search', 'nothing like this'], []],
  ])('journal %j', (args, expected) => {
    expect(ids(args)).toEqual(expected);
  });

  it('lists the second deads id precisely', () => {
    const r = cli(home, ['journal', 'list', '--worksheet', 'deads', '--json']);
    expect(JSON.parse(r.stdout).map((e: { id: string }) => e.id)).toEqual(['aaaa2222-0000-4000-8000-000000000002']);
  });

  it.each([
    [['--point', '5'], '--point expects 1, 2, 3 or 4'],
    [['--kind', 'diary'], '--kind expects one of'],
    [['--since', 'someday'], '--since expects a date'],
    [['--since', '2026-10-02', '--until', '2026-10-01'], 'is after --until'],
  ])('a bad filter %j is exit 2 with one clear line', (args, message) => {
    const r = cli(home, ['journal', 'list', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });
});

describe('journal show', () => {
  it('renders an entry found by a unique prefix for reading, and with --markdown as it would export', () => {
    const shown = cli(home, ['journal', 'show', 'cccc']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^Daily check-in, 2026-10-15\n─+\n/);
    expect(shown.stdout).toContain('  • How is your mood today: 3 (of 1 to 10)');
    expect(shown.stdout).not.toMatch(/^#|\*\*|^- /m);
    const r = cli(home, ['journal', 'show', 'cccc', '--markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('## Daily check-in, 2026-10-15');
    expect(r.stdout).toContain('- **How is your mood today:** 3 (of 1 to 10)');
    expect(r.stdout).toContain('- **How would you describe it:** Once, briefly');
    expect(r.stdout).toContain('- **Tags:** weekend');
  });

  it('an ambiguous prefix is exit 2 naming the matches', () => {
    const r = cli(home, ['journal', 'show', 'aaaa']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('matches 2 entries');
    expect(r.stdout).toBe('');
  });

  it('an unknown id is bad input: exit 2', () => {
    const r = cli(home, ['journal', 'show', 'ffff']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no entry with an id starting "ffff"');
  });

  it('--json prints the stored entry', () => {
    const r = cli(home, ['journal', 'show', 'bbbb3333', '--json']);
    expect(JSON.parse(r.stdout).answers).toEqual(ENTRIES[2]!.answers);
  });
});

describe('journal delete', () => {
  it('refuses without --yes when not at a terminal, and deletes nothing', () => {
    const before = snapshot(home);
    const r = cli(home, ['journal', 'delete', 'bbbb']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--yes');
    expect(snapshot(home)).toEqual(before);
  });

  it('deletes with --yes', () => {
    const r = cli(home, ['journal', 'delete', 'bbbb', '--yes']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Deleted the Urge log of 2026-10-02');
    expect(ids(['list'])).toEqual(['aaaa', 'aaaa', 'cccc', 'dddd', 'eeee']);
  });

  it('an ambiguous prefix deletes nothing, even with --yes', () => {
    const before = snapshot(home);
    expect(cli(home, ['journal', 'delete', 'aaaa', '--yes']).code).toBe(2);
    expect(snapshot(home)).toEqual(before);
  });
});

describe('journal edit', () => {
  it('--set changes answers, keeps the id and createdAt, and moves updatedAt', () => {
    const r = cli(home, ['journal', 'edit', 'cccc', '--set', 'mood=4', '--set', 'learned=eat before the evening', '--json']);
    expect(r.code).toBe(0);
    const saved = JSON.parse(cli(home, ['journal', 'show', 'cccc', '--json']).stdout);
    expect(saved.id).toBe('cccc4444-0000-4000-8000-000000000004');
    expect(saved.answers).toEqual({ ...ENTRIES[3]!.answers, mood: 4, learned: 'eat before the evening' });
    expect(saved.createdAt).toBe('2026-10-15T12:00:00.000Z');
    expect(saved.updatedAt).not.toBe(saved.createdAt);
  });

  it('switching a lapse to on track drops the answers that only belong to a lapse', () => {
    expect(cli(home, ['journal', 'edit', 'cccc', '--set', 'onTrack=yes']).code).toBe(0);
    const saved = JSON.parse(cli(home, ['journal', 'show', 'cccc', '--json']).stdout);
    expect(saved.answers).toEqual({ mood: 3, urge: 7, onTrack: true, triggers: ['payday'], point: '3' });
  });

  it.each([
    [['--set', 'mood=11'], 'mood'],
    [['--set', 'colour=blue'], 'has no field "colour"'],
    [[], '--set field=value'],
  ])('bad or missing input %j is exit 2 and changes nothing', (args, message) => {
    const before = snapshot(home);
    const r = cli(home, ['journal', 'edit', 'cccc', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(snapshot(home)).toEqual(before);
  });

  it('--editor validates what the editor saved before replacing the entry', () => {
    // An "editor" that rewrites the answers file: first to a valid change, then to an invalid one.
    const editor = (js: string) => `node -e "const f=process.argv[1];const fs=require('fs');const a=JSON.parse(fs.readFileSync(f,'utf8'));${js};fs.writeFileSync(f,JSON.stringify(a))"`;
    const ok = cli(home, ['journal', 'edit', 'eeee', '--editor'], { env: { EDITOR: editor('a.mood=5') } });
    expect(ok.code).toBe(0);
    expect(JSON.parse(cli(home, ['journal', 'show', 'eeee', '--json']).stdout).answers.mood).toBe(5);

    const before = snapshot(home);
    const bad = cli(home, ['journal', 'edit', 'eeee', '--editor'], { env: { EDITOR: editor('a.urge=99') } });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('urge');
    expect(snapshot(home)).toEqual(before);
  });
});
