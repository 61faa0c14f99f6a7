// Every date a person gives keeps its rule: entries are about days that have come, a start date is not
// still to come, and a review date ("when will you look at this again") is not already past.
// Through the built CLI, on a fixed day (test/helpers/clock.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates.js';
import { answersFor, shippedDefinition } from '../helpers/answers-from-definition.js';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { onDay } from '../helpers/clock.js';

const TODAY = '2026-11-23';
let home: string;
const run = (args: string[], day = TODAY) => cli(home, args, { env: onDay(day) });
const entries = () => JSON.parse(run(['journal', 'list', '--json']).stdout) as { id: string; kind: string; date: string; answers: Record<string, unknown>; worksheet?: { id: string } }[];

/** The ids of a worksheet's date fields with this rule. */
const datesWith = (id: string, rule: string) => shippedDefinition(id).fields.filter((f) => f.type === 'date' && f.allow === rule).map((f) => f.id);

beforeAll(() => {
  home = tempDir();
  expect(run(['init', '--behaviour', 'alcohol', '--start-date', '2026-11-01']).code).toBe(0);
});
afterAll(() => removeDir(home));

describe('dates', () => {
  it('refuses a start date still to come, and keeps the profile', () => {
    const r = run(['init', '--start-date', 'tomorrow']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`--start-date ${addDays(TODAY, 1)} is in the future`);
    expect(JSON.parse(run(['init', '--json', '--why', 'health']).stdout).startDate).toBe('2026-11-01');
  });

  it('refuses to move a check-in into the future with journal edit --date, and changes nothing', () => {
    expect(run(['checkin', '--mood', '5', '--urge', '2', '--on-track']).code).toBe(0);
    const checkin = entries().find((e) => e.kind === 'checkin');
    const r = run(['journal', 'edit', checkin!.id, '--date', '2030-01-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--date 2030-01-01 is in the future');
    expect(entries().find((e) => e.id === checkin!.id)!.date).toBe(TODAY);
    expect(run(['journal', 'edit', checkin!.id, '--date', 'yesterday']).code).toBe(0);
    expect(entries().find((e) => e.id === checkin!.id)!.date).toBe(addDays(TODAY, -1));
  });

  it('refuses worksheet fill --date in the future, as checkin --date does', () => {
    const file = join(home, 'goals.json');
    writeFileSync(file, JSON.stringify(answersFor(shippedDefinition('goals'), TODAY)));
    for (const args of [['worksheet', 'fill', 'goals', '--answers', file, '--date', 'tomorrow'], ['checkin', '--mood', '5', '--urge', '1', '--on-track', '--date', 'tomorrow']]) {
      const r = run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('is in the future');
    }
    expect(entries().filter((e) => e.worksheet?.id === 'goals')).toEqual([]);
  });

  it('refuses a review date that has passed, by --set, answers file or journal edit, and keeps an old one on an edit', () => {
    const [reviewOn] = datesWith('change-plan', 'future');
    expect(reviewOn).toBeDefined();
    const answers = answersFor(shippedDefinition('change-plan'), TODAY);
    const file = join(home, 'plan.json');
    writeFileSync(file, JSON.stringify({ ...answers, [reviewOn!]: addDays(TODAY, -1) }));
    const byFile = run(['worksheet', 'fill', 'change-plan', '--answers', file]);
    expect(byFile.code).toBe(2);
    expect(byFile.stderr).toContain(`${addDays(TODAY, -1)} has already passed`);
    writeFileSync(file, JSON.stringify({ ...answers, [reviewOn!]: TODAY }));
    expect(run(['worksheet', 'fill', 'change-plan', '--answers', file, '--set', `${reviewOn}=${addDays(TODAY, -1)}`]).code).toBe(2);
    expect(run(['worksheet', 'fill', 'change-plan', '--answers', file, '--set', `${reviewOn}=${addDays(TODAY, 1)}`]).code).toBe(0);
    const plan = entries().find((e) => e.worksheet?.id === 'change-plan')!;
    expect(plan.answers[reviewOn!]).toBe(addDays(TODAY, 1));
    // A week on, the review date has passed: editing something else keeps it; setting a past one is refused.
    const later = addDays(TODAY, 7);
    expect(run(['journal', 'edit', plan.id, '--set', 'ifStuck=ask Sam'], later).code).toBe(0);
    const again = run(['journal', 'edit', plan.id, '--set', `${reviewOn}=${addDays(later, -1)}`], later);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('has already passed');
  });

  it('marks every shipped date field with a rule', () => {
    for (const id of ['change-plan', 'problem-solving', 'goals', 'profile'])
      for (const f of shippedDefinition(id).fields.filter((f) => f.type === 'date')) expect(['past', 'future'], `${id}.${f.id}`).toContain(f.allow);
  });
});
