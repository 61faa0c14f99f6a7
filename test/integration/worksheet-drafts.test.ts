// Drafts without a terminal: the rule is explicit (--resume or --discard-draft), nothing is lost by accident.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, removeDir, ROOT, tempDir } from '../helpers/cli.js';

// How many questions the shipped Goals worksheet has, read from its definition.
const goalsFields = (parse(readFileSync(join(ROOT, 'worksheets', 'goals.yaml'), 'utf8')) as { fields: unknown[] }).fields.length;

const draft = {
  worksheetId: 'goals',
  worksheetVersion: 1,
  date: '2026-11-20',
  savedAt: '2026-11-20T21:15:00.000Z',
  answers: { goal: 'Run a 5k', measure: 'a timed run' },
};

let home: string;
let storeFile: string;
beforeEach(() => {
  home = tempDir();
  storeFile = join(home, 'store.json');
  writeFileSync(storeFile, `${JSON.stringify({ schemaVersion: 1, profile: null, drafts: [draft] }, null, 2)}\n`);
});
afterEach(() => removeDir(home));

const history = () => JSON.parse(cli(home, ['worksheet', 'history', 'goals', '--json']).stdout);
const drafts = () => JSON.parse(cli(home, ['worksheet', 'drafts', '--json']).stdout);

describe('worksheet drafts', () => {
  it('lists unfinished worksheets, as text and JSON', () => {
    expect(drafts()).toEqual([draft]);
    const text = cli(home, ['worksheet', 'drafts']);
    expect(text.stdout).toMatch(new RegExp(`goals +Goals +2 of ${goalsFields} answered, saved 2026-11-20 21:15`));
    expect(cli(home, ['worksheet', 'list']).stdout).toMatch(/goals +Goals \(fourpoint goals\) \[draft waiting\]/);
  });

  it('without a flag, a fill stops with exit 2 and leaves the store as it was', () => {
    const before = readFileSync(storeFile, 'utf8');
    const r = cli(home, ['goals', '--set', 'goal=Swim', '--set', 'steps=buy goggles']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unfinished draft of goals');
    expect(r.stderr).toContain('--resume');
    expect(readFileSync(storeFile, 'utf8')).toBe(before);
    expect(history()).toEqual([]);
  });

  it('--resume keeps the draft answers and date, adds the new ones, and removes the draft', () => {
    const r = cli(home, ['worksheet', 'fill', 'goals', '--resume', '--set', 'steps=run twice a week']);
    expect(r.code).toBe(0);
    const [entry] = history();
    expect(entry.answers).toEqual({ goal: 'Run a 5k', measure: 'a timed run', steps: ['run twice a week'] });
    expect(entry.date).toBe('2026-11-20');
    expect(drafts()).toEqual([]);
  });

  it('--discard-draft starts afresh, and the draft goes once the fill is saved', () => {
    const r = cli(home, ['goals', '--discard-draft', '--set', 'goal=Swim', '--set', 'steps=buy goggles']);
    expect(r.code).toBe(0);
    expect(history()[0].answers).toEqual({ goal: 'Swim', steps: ['buy goggles'] });
    expect(drafts()).toEqual([]);
  });

  it('--discard-draft that fails for a missing answer keeps the draft', () => {
    const r = cli(home, ['goals', '--discard-draft', '--set', 'goal=Swim']);
    expect(r.code).toBe(2);
    expect(drafts()).toEqual([draft]);
  });

  it('--resume with no draft, or with --discard-draft, is a usage error', () => {
    expect(cli(home, ['abc', '--resume']).stderr).toContain('no draft of abc to resume');
    const both = cli(home, ['goals', '--resume', '--discard-draft']);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('cannot be used together');
  });
});
