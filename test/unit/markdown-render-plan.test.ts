// The renderer works out labels and the text of the values a definition names (yes/no, choices, a scale's
// steps) once per definition. What it shows must be what escaping each answer afresh shows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../src/domain/entry.js';
import { definitionSchema, type Field } from '../../src/worksheets/definition.js';
import { formatValue, renderAnswers, renderEntry } from '../../src/worksheets/markdown.js';
import { inline } from '../../src/worksheets/markdown-text.js';

const def = definitionSchema.parse({
  id: 'named', version: 1, title: 'Named', point: 1, summary: 's',
  fields: [
    { id: 'ok', type: 'boolean', label: 'OK' },
    { id: 'mood', type: 'scale', label: 'Mood', min: -2, max: 3 },
    { id: 'pick', type: 'choice', label: 'Pick', choices: ['1. first', { value: 'b', label: '*bold* b' }, { value: 'b', label: 'second b' }, '-x'] },
    { id: 'many', type: 'multichoice', label: 'Many', choices: ['a|b', { value: 'c', label: '# c' }, { value: 'c', label: 'again c' }] },
    { id: 'rows', type: 'group', label: 'Rows', fields: [{ id: 'how', type: 'scale', label: 'How', min: 1, max: 3 }, { id: 'term', type: 'choice', label: 'Term', choices: [{ value: 's', label: 'Short' }] }] },
  ],
});
const byId = new Map(def.fields.map((f) => [f.id, f]));

const odd = fc.constantFrom<AnswerValue>(true, false, 0, -0, 1, -2, 3, 4, 2.5, '1', 'b', 'c', '1. first', '-x', 'a|b', 's', 'yes', ' ', '*', null);
const value = fc.oneof(odd, fc.string(), fc.integer({ min: -5, max: 5 }));

describe('planned values', () => {
  it('show as inline(formatValue()) would, whatever the answer', () => {
    fc.assert(
      fc.property(fc.constantFrom('ok', 'mood', 'pick'), value, (id, v) => {
        const field = byId.get(id) as Field;
        const lines = renderAnswers([field], { [id]: v });
        if (v === null || (typeof v === 'string' && v.trim() === '')) expect(lines).toEqual([]);
        else expect(lines).toEqual([`- **${field.label}:** ${inline(formatValue(field, v))}`]);
      }),
      { numRuns: 1000 },
    );
  });

  it('show a multichoice item by its first choice label, anything else as typed', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 4 }), (items) => {
        const expected = items.filter((x) => String(x).trim() !== '').map((x) => `  - ${inline(x === 'a|b' ? 'a|b' : x === 'c' ? '# c' : String(x))}`);
        expect(renderAnswers([byId.get('many') as Field], { many: items })).toEqual(['- **Many:**', ...expected]);
      }),
      { numRuns: 500 },
    );
  });

  it('show a group row by the values of its fields, escaped as each would be', () => {
    fc.assert(
      fc.property(value, value, (how, term) => {
        const [first, second] = (byId.get('rows') as Extract<Field, { type: 'group' }>).fields;
        const head = inline(formatValue(first!, how!));
        const row = renderAnswers([byId.get('rows') as Field], { rows: [{ how, term }] })[1];
        expect(row).toBe(`  - ${head} (term: ${inline(formatValue(second!, term!))})`);
      }),
      { numRuns: 500 },
    );
  });
});

describe('numbers kept in a definition\'s plan', () => {
  const counted = definitionSchema.parse({
    id: 'counted', version: 1, title: 'Counted', point: 1, summary: 's',
    fields: [
      { id: 'minutes', type: 'number', label: 'Minutes', unit: 'minutes' },
      { id: 'note', type: 'text', label: 'Note' },
    ],
  });
  const fields = new Map(counted.fields.map((f) => [f.id, f]));
  const entryWith = (answers: Record<string, AnswerValue>) =>
    ({ id: 'e', kind: 'worksheet' as const, worksheet: { id: 'counted', version: 1 }, point: 1, date: '2026-11-23', createdAt: '2026-11-23T10:00:00Z', updatedAt: '2026-11-23T10:00:00Z', answers, tags: [] });

  it('show every answer as escaping it afresh would, however often a number comes back', () => {
    // One definition object throughout, so its plan (and the numbers it keeps) carries over from entry to entry.
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('minutes', 'note'), fc.oneof(fc.integer({ min: -3, max: 3 }), fc.constantFrom<AnswerValue>(-0, 2.5, Number.NaN, '3', '-1', '# 2'))), { minLength: 1, maxLength: 30 }), (answers) => {
        for (const [id, v] of answers) {
          const shown = renderEntry(counted, entryWith({ [id]: v })).split('\n')[2];
          expect(shown).toBe(`- **${fields.get(id)!.label}:** ${inline(formatValue(fields.get(id)!, v))}`);
        }
      }),
      { numRuns: 300 },
    );
  });
});
