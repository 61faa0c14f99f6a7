// The answers schema derived from a definition: the one check for prompts, flags, files and store reads.
import { describe, expect, it } from 'vitest';
import { answersSchema, formatIssues, pruneAnswers, whenMatches } from '../../src/worksheets/answers.js';
import { definitionSchema } from '../../src/worksheets/definition.js';

const def = definitionSchema.parse({
  id: 'sample',
  version: 1,
  title: 'Sample',
  point: 2,
  summary: 'For tests.',
  fields: [
    { id: 'mood', type: 'scale', label: 'Mood', min: 1, max: 10, required: true },
    { id: 'ok', type: 'boolean', label: 'OK?', required: true },
    { id: 'why', type: 'text', label: 'Why not?', required: true, when: { field: 'ok', equals: false } },
    { id: 'term', type: 'choice', label: 'Term', choices: ['short', { value: 'long', label: 'Long term' }] },
    { id: 'free', type: 'choice', label: 'Free', choices: ['a'], other: true },
    { id: 'picks', type: 'multichoice', label: 'Picks', choices: ['x', 'y'], other: false },
    { id: 'steps', type: 'list', label: 'Steps', min: 1, max: 2 },
    { id: 'hours', type: 'number', label: 'Hours', min: 0, max: 24, integer: true },
    { id: 'day', type: 'date', label: 'Day' },
    {
      id: 'rows',
      type: 'group',
      label: 'Rows',
      max: 2,
      fields: [
        { id: 'item', type: 'text', label: 'Item', required: true },
        { id: 'size', type: 'scale', label: 'Size', min: 0, max: 3 },
      ],
    },
  ],
});

const problems = (answers: unknown) => {
  const r = answersSchema(def).safeParse(answers);
  return r.success ? [] : formatIssues(r.error);
};

describe('answers schema', () => {
  it('accepts a full set of good answers', () => {
    const good = { mood: 5, ok: false, why: 'tired', term: 'long', free: 'my own words', picks: ['x'], steps: ['one'], hours: 3, day: '2026-02-28', rows: [{ item: 'a', size: 3 }] };
    expect(problems(good)).toEqual([]);
    expect(answersSchema(def).parse(good)).toEqual(good);
  });

  it('requires required fields, and a `when` field only when its condition holds', () => {
    expect(problems({ ok: true })).toEqual(['mood: is required']);
    expect(problems({ mood: 5, ok: false })).toEqual(['why: is required']);
    expect(problems({ mood: 5, ok: true })).toEqual([]);
    expect(problems({ mood: 5, ok: false, why: '' })).toEqual(['why: is required']);
  });

  it('keeps scale and number answers in bounds', () => {
    expect(problems({ mood: 11, ok: true })).toEqual(['mood: must be a whole number from 1 to 10']);
    expect(problems({ mood: 0, ok: true })).toEqual(['mood: must be a whole number from 1 to 10']);
    expect(problems({ mood: 5.5, ok: true })).toEqual(['mood: must be a whole number from 1 to 10']);
    expect(problems({ mood: '5', ok: true })).toEqual(['mood: must be a whole number from 1 to 10']);
    expect(problems({ mood: 5, ok: true, hours: 25 })).toEqual(['hours: must be at most 24']);
    expect(problems({ mood: 5, ok: true, hours: 1.5 })).toEqual(['hours: must be a whole number']);
  });

  it('takes only the listed choice values, unless the field allows other', () => {
    expect(problems({ mood: 5, ok: true, term: 'Long term' })).toEqual(['term: must be one of: short, long']);
    expect(problems({ mood: 5, ok: true, free: 'anything at all' })).toEqual([]);
    expect(problems({ mood: 5, ok: true, picks: ['x', 'z'] })).toEqual(['picks.1: each must be one of: x, y']);
    expect(problems({ mood: 5, ok: true, picks: 'x' })).toEqual(['picks: must be a list of answers']);
  });

  it('holds lists to their min and max', () => {
    expect(problems({ mood: 5, ok: true, steps: [] })).toEqual(['steps: needs at least 1']);
    expect(problems({ mood: 5, ok: true, steps: ['a', 'b', 'c'] })).toEqual(['steps: takes at most 2']);
    expect(problems({ mood: 5, ok: true, steps: ['a', ''] })).toEqual(['steps.1: must not be empty']);
  });

  it('checks each group row against its own fields', () => {
    expect(problems({ mood: 5, ok: true, rows: [{ size: 1 }] })).toEqual(['rows.0.item: is required']);
    expect(problems({ mood: 5, ok: true, rows: [{ item: 'a', size: 9 }] })).toEqual(['rows.0.size: must be a whole number from 0 to 3']);
    expect(problems({ mood: 5, ok: true, rows: [{ item: 'a', extra: 1 }] })).toEqual(['rows.0: unknown field "extra"']);
    expect(problems({ mood: 5, ok: true, rows: [{ item: 'a' }, { item: 'b' }, { item: 'c' }] })).toEqual(['rows: takes at most 2']);
  });

  it('refuses unknown fields and impossible dates', () => {
    expect(problems({ mood: 5, ok: true, colour: 'red' })).toEqual(['unknown field "colour"']);
    expect(problems({ mood: 5, ok: true, day: '2026-02-30' })).toEqual(['day: must be a date as YYYY-MM-DD']);
  });
});

describe('whenMatches and pruneAnswers', () => {
  it('matches equals, in, notEquals, and list answers by membership', () => {
    expect(whenMatches({ field: 'a', equals: 'x' }, { a: 'x' })).toBe(true);
    expect(whenMatches({ field: 'a', equals: 'x' }, { a: 'y' })).toBe(false);
    expect(whenMatches({ field: 'a', in: ['x', 'y'] }, { a: 'y' })).toBe(true);
    expect(whenMatches({ field: 'a', notEquals: false }, { a: true })).toBe(true);
    expect(whenMatches({ field: 'a', equals: 'x' }, { a: ['w', 'x'] })).toBe(true);
    expect(whenMatches({ field: 'a', equals: false }, {})).toBe(false);
  });

  it('drops answers whose condition no longer holds', () => {
    expect(pruneAnswers(def.fields, { mood: 5, ok: true, why: 'stale' })).toEqual({ mood: 5, ok: true });
  });
});
