// The definition schema: what a worksheet YAML may say, and the mistakes it refuses.
import { describe, expect, it } from 'vitest';
import { definitionSchema } from '../../src/worksheets/definition.js';

const base = { id: 'sample', version: 1, title: 'Sample', point: 1, summary: 'A sample.' };
const withFields = (fields: unknown[], extra: Record<string, unknown> = {}) => ({ ...base, ...extra, fields });
const messages = (raw: unknown) => {
  const r = definitionSchema.safeParse(raw);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.code === 'unrecognized_keys' ? `unknown ${i.keys.join(',')}` : i.message}`);
};

describe('definition schema', () => {
  it('accepts every field type with its options', () => {
    const def = withFields([
      { id: 'name', type: 'text', label: 'Name', maxLength: 40, default: 'x', help: 'h', example: 'e' },
      { id: 'story', type: 'longtext', label: 'Story' },
      { id: 'hours', type: 'number', label: 'Hours', min: 0, max: 24, integer: true, unit: 'h' },
      { id: 'mood', type: 'scale', label: 'Mood', min: 1, max: 10, labels: ['low', 'high'], required: true },
      { id: 'ok', type: 'boolean', label: 'OK?', default: true },
      { id: 'term', type: 'choice', label: 'Term', choices: ['short', { value: 'long', label: 'Long term' }], when: { field: 'ok', equals: true } },
      { id: 'tags', type: 'multichoice', label: 'Tags', choices: ['a'], remember: true },
      { id: 'steps', type: 'list', label: 'Steps', min: 1, max: 3 },
      { id: 'day', type: 'date', label: 'Day', when: { field: 'term', in: ['short'] } },
      { id: 'rows', type: 'group', label: 'Rows', min: 1, max: 5, itemLabel: 'row', fields: [{ id: 'item', type: 'text', label: 'Item' }, { id: 'score', type: 'scale', label: 'Score', min: 0, max: 3 }] },
    ]);
    const parsed = definitionSchema.parse(def);
    expect(parsed.fields.map((f) => f.type)).toEqual(['text', 'longtext', 'number', 'scale', 'boolean', 'choice', 'multichoice', 'list', 'date', 'group']);
    // Defaults the engine relies on are filled in.
    expect(parsed.kind).toBe('worksheet');
    expect(parsed.fields[0]!.required).toBe(false);
    const multi = parsed.fields[6]!;
    expect(multi.type === 'multichoice' && multi.other).toBe(true);
  });

  it('refuses an unknown field type', () => {
    expect(messages(withFields([{ id: 'a', type: 'slider', label: 'A' }]))[0]).toMatch(/^fields\.0\.type/);
  });

  it('refuses unknown keys at the top, in a field and in a when', () => {
    expect(messages({ ...withFields([{ id: 'a', type: 'text', label: 'A' }]), colour: 'red' })).toContain(': unknown colour');
    expect(messages(withFields([{ id: 'a', type: 'text', label: 'A', lable: 'typo' }]))).toContain('fields.0: unknown lable');
    // min belongs to numbers, not to text
    expect(messages(withFields([{ id: 'a', type: 'text', label: 'A', min: 1 }]))).toContain('fields.0: unknown min');
    expect(
      messages(withFields([{ id: 'a', type: 'boolean', label: 'A' }, { id: 'b', type: 'text', label: 'B', when: { field: 'a', equal: true } }])),
    ).toContain('fields.1.when: unknown equal');
  });

  it('refuses duplicate field ids, at the top and inside a group', () => {
    expect(messages(withFields([{ id: 'a', type: 'text', label: 'A' }, { id: 'a', type: 'text', label: 'Again' }]))).toContain('fields.1.id: duplicate field id "a"');
    const group = { id: 'g', type: 'group', label: 'G', fields: [{ id: 'x', type: 'text', label: 'X' }, { id: 'x', type: 'text', label: 'X' }] };
    expect(messages(withFields([group]))).toContain('fields.0.fields.1.id: duplicate field id "x"');
  });

  it('refuses a when that points at a later or a missing field', () => {
    const later = withFields([{ id: 'b', type: 'text', label: 'B', when: { field: 'a', equals: 'x' } }, { id: 'a', type: 'text', label: 'A' }]);
    expect(messages(later)).toContain('fields.0.when.field: "a" is not an earlier field');
    const missing = withFields([{ id: 'a', type: 'text', label: 'A' }, { id: 'b', type: 'text', label: 'B', when: { field: 'nope', equals: 'x' } }]);
    expect(messages(missing)).toContain('fields.1.when.field: "nope" is not an earlier field');
    const empty = withFields([{ id: 'a', type: 'boolean', label: 'A' }, { id: 'b', type: 'text', label: 'B', when: { field: 'a' } }]);
    expect(messages(empty)).toEqual(['fields.1.when: needs equals, in or notEquals']);
    const self = withFields([{ id: 'a', type: 'text', label: 'A', when: { field: 'a', equals: 'x' } }]);
    expect(messages(self)).toContain('fields.0.when.field: "a" is not an earlier field');
  });

  it('refuses min above max for scale, number, list and group', () => {
    for (const field of [
      { id: 'f', type: 'scale', label: 'F', min: 10, max: 1 },
      { id: 'f', type: 'number', label: 'F', min: 5, max: 4 },
      { id: 'f', type: 'list', label: 'F', min: 3, max: 2 },
      { id: 'f', type: 'group', label: 'F', min: 3, max: 2, fields: [{ id: 'x', type: 'text', label: 'X' }] },
    ]) {
      expect(messages(withFields([field])), field.type).toContain(`fields.0.max: max (${field.max}) is below min (${field.min})`);
    }
    expect(messages(withFields([{ id: 'f', type: 'scale', label: 'F', min: 3, max: 3 }]))).toEqual([]);
  });

  it('refuses a bad id, point, an empty field list and a group inside a group', () => {
    expect(messages({ ...withFields([{ id: 'a', type: 'text', label: 'A' }]), id: 'Not Kebab' })[0]).toMatch(/^id: expected lower-case words/);
    expect(messages({ ...withFields([{ id: 'a', type: 'text', label: 'A' }]), point: 5 })[0]).toMatch(/^point/);
    expect(messages(withFields([]))[0]).toMatch(/^fields/);
    expect(messages(withFields([{ id: '1a', type: 'text', label: 'A' }]))[0]).toMatch(/^fields\.0\.id: expected an identifier/);
    const nested = { id: 'g', type: 'group', label: 'G', fields: [{ id: 'h', type: 'group', label: 'H', fields: [{ id: 'x', type: 'text', label: 'X' }] }] };
    expect(messages(withFields([nested]))[0]).toMatch(/^fields\.0\.fields\.0\.type/);
  });
});
