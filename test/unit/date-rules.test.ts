// A date field's rule at the prompt: a review date typed as "yesterday" is refused with the reason;
// an earlier answer kept as it was stays, even once its day has passed.
import { describe, expect, it } from 'vitest';
import { ScriptedPrompter } from '../../src/prompts/scripted.js';
import { definitionSchema } from '../../src/worksheets/definition.js';
import { runWorksheet } from '../../src/worksheets/runner.js';
import { dayRuleProblem, parseDay } from '../../src/domain/dates.js';

const def = definitionSchema.parse({
  id: 'plan', version: 1, title: 'Plan', point: 1, summary: 'S',
  fields: [
    { id: 'what', type: 'text', label: 'What?' },
    { id: 'reviewOn', type: 'date', label: 'When will you look at this again?', allow: 'future' },
    { id: 'began', type: 'date', label: 'When did it begin?', allow: 'past' },
  ],
});
const today = '2026-11-23';
const ask = (answers: Record<string, unknown>, defaults?: Record<string, string>) => runWorksheet(def, new ScriptedPrompter(answers), { today, defaults });

describe('date rules', () => {
  it('refuses a past review date and a future start, as typed', async () => {
    await expect(ask({ reviewOn: 'yesterday' })).rejects.toThrow('2026-11-22 has already passed');
    await expect(ask({ began: 'tomorrow' })).rejects.toThrow('2026-11-24 is in the future');
    await expect(ask({ reviewOn: 'in 2 weeks', began: 'today' })).resolves.toEqual({ reviewOn: '2026-12-07', began: today });
  });

  it('keeps an earlier answer that has since passed', async () => {
    await expect(ask({}, { reviewOn: '2026-11-01' })).resolves.toEqual({ reviewOn: '2026-11-01' });
  });

  it('reads tomorrow and "in N days", and says why a day breaks a rule', () => {
    expect(parseDay('tomorrow', today)).toBe('2026-11-24');
    expect(parseDay('in 3 days', today)).toBe('2026-11-26');
    expect(dayRuleProblem(today, 'past', today)).toBeUndefined();
    expect(dayRuleProblem(today, 'future', today)).toBeUndefined();
    expect(dayRuleProblem('2030-01-01', 'any', today)).toBeUndefined();
  });
});
