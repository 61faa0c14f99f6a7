// The runner over the scripted Prompter: what it asks, what it skips, and how a missing answer is reported.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { ScriptedPrompter } from '../../src/prompts/scripted.js';
import { definitionSchema } from '../../src/worksheets/definition.js';
import { runWorksheet } from '../../src/worksheets/runner.js';

const def = definitionSchema.parse({
  id: 'sample',
  version: 1,
  title: 'Sample',
  point: 1,
  summary: 'For tests.',
  intro: 'Hello.',
  fields: [
    { id: 'mood', type: 'scale', label: 'How is your mood?', min: 1, max: 10, required: true },
    { id: 'ok', type: 'boolean', label: 'On track?', default: true },
    { id: 'why', type: 'text', label: 'What happened?', when: { field: 'ok', equals: false }, required: true },
    { id: 'feeling', type: 'text', label: 'Feeling', default: 'calm about {behaviour}' },
    { id: 'day', type: 'date', label: 'Which day?', required: true },
    { id: 'steps', type: 'list', label: 'A step', min: 1, max: 3 },
    {
      id: 'rows',
      type: 'group',
      label: 'Rows',
      itemLabel: 'row',
      fields: [
        { id: 'item', type: 'text', label: 'Item' },
        { id: 'term', type: 'choice', label: 'Term', choices: ['short', 'long'] },
      ],
    },
  ],
});

const today = '2026-11-23';
const profile = { behaviours: ['gambling'], startDate: '2026-11-01', why: '', supportContacts: [], graduation: {} };

async function run(answers: Record<string, unknown>, preset = {}) {
  const prompter = new ScriptedPrompter(answers, { flagFor: (f) => `--flag-for-${f}` });
  const result = await runWorksheet(def, prompter, { today, profile, preset });
  return { result, asked: prompter.asked };
}

describe('runWorksheet with the scripted prompter', () => {
  it('asks in order, uses defaults, loops a list until an empty answer and a group until an empty first cell', async () => {
    const { result, asked } = await run({
      mood: 6,
      day: 'yesterday',
      'steps.0': 'walk',
      'steps.1': 'call',
      'rows.0.item': 'a',
      'rows.0.term': 'long',
      'rows.1.item': 'b',
    });
    expect(result).toEqual({
      mood: 6,
      ok: true,
      feeling: 'calm about gambling',
      day: '2026-11-22',
      steps: ['walk', 'call'],
      rows: [{ item: 'a', term: 'long' }, { item: 'b' }],
    });
    expect(asked).toEqual(['mood', 'ok', 'feeling', 'day', 'steps.0', 'steps.1', 'steps.2', 'rows.0.item', 'rows.0.term', 'rows.1.item', 'rows.1.term', 'rows.2.item']);
  });

  it('stops a list at its max without asking for more', async () => {
    const { result, asked } = await run({ mood: 6, day: today, 'steps.0': 'a', 'steps.1': 'b', 'steps.2': 'c', 'steps.3': 'd' });
    expect(result.steps).toEqual(['a', 'b', 'c']);
    expect(asked).not.toContain('steps.3');
  });

  it('does not ask a preset answer again, and skips a field whose `when` does not hold', async () => {
    const { result, asked } = await run({ day: today, 'steps.0': 'a' }, { mood: 3, ok: true });
    expect(result.mood).toBe(3);
    expect(asked).not.toContain('mood');
    expect(asked).not.toContain('ok');
    expect(asked).not.toContain('why');
  });

  it('asks a `when` field once its condition holds', async () => {
    const { result, asked } = await run({ ok: false, why: 'a late night', day: today, 'steps.0': 'a' }, { mood: 3 });
    expect(asked).toContain('why');
    expect(result.why).toBe('a late night');
  });

  it('turns a missing required answer into a UsageError naming the flag', async () => {
    const error = await run({ day: today }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toBe('missing an answer for "How is your mood"');
    expect((error as UsageError).hint).toBe('not at a terminal, so pass --flag-for-mood');
  });

  it('names the top field of a missing list item', async () => {
    const error = (await run({ mood: 5, day: today }).catch((e: unknown) => e)) as UsageError;
    expect(error.message).toBe('missing an answer for "A step"');
    expect(error.hint).toBe('not at a terminal, so pass --flag-for-steps');
  });

  it('names a missing answer inside a group row with its place', async () => {
    const rows = definitionSchema.parse({ ...def, fields: [{ id: 'rows', type: 'group', label: 'Rows', min: 1, fields: [{ id: 'item', type: 'text', label: 'Item' }] }] });
    const error = (await runWorksheet(rows, new ScriptedPrompter({}, { flagFor: (f) => `--set ${f}=…` }), { today }).catch((e: unknown) => e)) as UsageError;
    expect(error.message).toBe('missing an answer for "Item" (rows.0.item)');
    expect(error.hint).toBe('not at a terminal, so pass --set rows=…');
  });

  it('does not guess a required yes or no that has no default', async () => {
    const yesNo = definitionSchema.parse({ ...def, fields: [{ id: 'safe', type: 'boolean', label: 'Are you safe right now?', required: true }] });
    await expect(runWorksheet(yesNo, new ScriptedPrompter({}, { flagFor: () => '--set safe=yes' }), { today })).rejects.toThrow('missing an answer for "Are you safe right now"');
    expect(await runWorksheet(yesNo, new ScriptedPrompter({ safe: false }), { today })).toEqual({ safe: false });
  });

  it('checks preset answers before asking anything', async () => {
    const unknown = new ScriptedPrompter({});
    await expect(runWorksheet(def, unknown, { today, preset: { colour: 'red' } })).rejects.toThrow('sample has no field "colour"');
    expect(unknown.asked).toEqual([]);
    const outOfRange = new ScriptedPrompter({});
    await expect(runWorksheet(def, outOfRange, { today, preset: { mood: 11 } })).rejects.toThrow('mood: must be a whole number from 1 to 10');
    expect(outOfRange.asked).toEqual([]);
  });

  it('refuses a date it cannot read, naming the field', async () => {
    await expect(run({ mood: 5, day: '2026-02-30' })).rejects.toThrow(/^day: Please type a date/);
  });
});
