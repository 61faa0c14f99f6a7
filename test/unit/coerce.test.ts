// --set field=value: typed text turned into typed answers, with errors that name the field.
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { answersFromPairs, coerce } from '../../src/worksheets/coerce.js';
import { definitionSchema, type Field } from '../../src/worksheets/definition.js';

const def = definitionSchema.parse({
  id: 'sample',
  version: 1,
  title: 'Sample',
  point: 1,
  summary: 'For tests.',
  fields: [
    { id: 'mood', type: 'scale', label: 'Mood', min: 1, max: 10 },
    { id: 'hours', type: 'number', label: 'Hours' },
    { id: 'ok', type: 'boolean', label: 'OK' },
    { id: 'note', type: 'text', label: 'Note' },
    { id: 'steps', type: 'list', label: 'Steps' },
    { id: 'tags', type: 'multichoice', label: 'Tags' },
    { id: 'rows', type: 'group', label: 'Rows', fields: [{ id: 'item', type: 'text', label: 'Item' }] },
  ],
});
const field = (id: string) => def.fields.find((f) => f.id === id) as Field;

describe('coerce', () => {
  it('reads numbers, and refuses what is not one', () => {
    expect(coerce(field('mood'), '7')).toBe(7);
    expect(coerce(field('hours'), '1.5')).toBe(1.5);
    expect(() => coerce(field('mood'), 'seven')).toThrow(new UsageError('mood: expects a number, got "seven"'));
    expect(() => coerce(field('mood'), '')).toThrow(UsageError);
    expect(() => coerce(field('hours'), 'Infinity')).toThrow(UsageError);
    expect(() => coerce(field('mood'), '0x7')).toThrow('mood: expects a number, got "0x7"');
  });

  it('reads yes and no in the usual spellings', () => {
    for (const yes of ['yes', 'Y', 'true', '1', 'on']) expect(coerce(field('ok'), yes)).toBe(true);
    for (const no of ['no', 'N', 'false', '0', 'off']) expect(coerce(field('ok'), no)).toBe(false);
    expect(() => coerce(field('ok'), 'maybe')).toThrow('ok: expects yes or no, got "maybe"');
  });

  it('keeps text as typed, equals signs included', () => {
    expect(coerce(field('note'), ' a = b ')).toBe(' a = b ');
  });

  it('reads a group as JSON rows, and says how when it is not', () => {
    expect(coerce(field('rows'), '[{"item":"a"}]')).toEqual([{ item: 'a' }]);
    expect(() => coerce(field('rows'), 'a')).toThrow(/rows: a group takes JSON rows/);
  });
});

describe('answersFromPairs', () => {
  it('collects repeated list and group pairs, and takes the last of a single value', () => {
    const answers = answersFromPairs(def, ['steps=walk', 'steps=call', 'tags=x', 'note=a=b', 'mood=3', 'mood=4', 'rows=[{"item":"a"}]', 'rows=[{"item":"b"}]']);
    expect(answers).toEqual({ steps: ['walk', 'call'], tags: ['x'], note: 'a=b', mood: 4, rows: [{ item: 'a' }, { item: 'b' }] });
  });

  it('refuses a pair with no field, and an unknown field with a hint', () => {
    expect(() => answersFromPairs(def, ['=x'])).toThrow('--set expects field=value, got "=x"');
    expect(() => answersFromPairs(def, ['note'])).toThrow('--set expects field=value, got "note"');
    try {
      answersFromPairs(def, ['colour=red']);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      expect((error as UsageError).message).toBe('sample has no field "colour"');
      expect((error as UsageError).hint).toBe('see its fields: fourpoint worksheet show sample');
    }
  });
});

describe('readNumber', () => {
  it('reads plain decimals only', async () => {
    const { readNumber } = await import('../../src/domain/numbers.js');
    expect(['7', ' 7 ', '-2', '+3', '1.5', '.5', '10.'].map(readNumber)).toEqual([7, 7, -2, 3, 1.5, 0.5, 10]);
    for (const bad of ['', ' ', '0x3', '1e1', '0b11', 'Infinity', 'NaN', '1,5', '7 days', '--1']) expect(readNumber(bad), bad).toBeUndefined();
  });
});
