// Render hints: the CBA as a 2 by 2 table, the balance pie as a table with bars, user text kept literal.
import fc from 'fast-check';
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Entry } from '../../src/domain/entry.js';
import { definitionSchema } from '../../src/worksheets/definition.js';
import { bar } from '../../src/worksheets/markdown-hints.js';
import { formatValue, renderEntry } from '../../src/worksheets/markdown.js';
import { inline } from '../../src/worksheets/markdown-text.js';

const item = (id: string) => ({ id, type: 'group', label: id, fields: [{ id: 'item', type: 'text', label: 'Item' }, { id: 'importance', type: 'scale', label: 'How much', min: 1, max: 10 }] });

const grid = definitionSchema.parse({
  id: 'boxes', version: 1, title: 'Boxes', point: 1, summary: 's',
  fields: [item('a'), item('b'), item('c'), item('d'), { id: 'note', type: 'text', label: 'Note?' }],
  render: { grid: { columns: ['Benefits', 'Costs'], rows: [{ label: 'Carrying on', cells: ['a', 'b'] }, { label: 'Changing', cells: ['c', 'd'] }] } },
});

const pie = definitionSchema.parse({
  id: 'pie', version: 1, title: 'Pie', point: 4, summary: 's',
  fields: [{ id: 'areas', type: 'group', label: 'Areas', fields: [{ id: 'area', type: 'text', label: 'Area' }, { id: 'now', type: 'scale', min: 1, max: 10, label: 'Now' }, { id: 'goal', type: 'scale', min: 1, max: 10, label: 'Goal' }] }],
  render: { bars: { field: 'areas', label: 'area', value: 'now', target: 'goal', max: 10 } },
});

function entry(answers: Entry['answers']): Entry {
  return { id: 'x', kind: 'worksheet', date: '2026-11-23', createdAt: '2026-11-23T10:00:00Z', updatedAt: '2026-11-23T10:00:00Z', answers, tags: [] };
}

function tables(md: string): Tokens.Table[] {
  return marked.lexer(md).filter((t): t is Tokens.Table => t.type === 'table');
}

describe('grid hint', () => {
  const md = renderEntry(grid, entry({
    a: [{ item: 'relief | calm', importance: 7 }, { item: 'fun' }],
    b: [{ item: '**sleep**' }],
    c: [{ item: 'money' }],
    d: [{ item: 'boredom' }],
    note: 'keep going',
  }));

  it('draws the four boxes as a 2 by 2 table; a | typed by the person stays inside its cell', () => {
    const [table] = tables(md);
    expect(table?.header.map((h) => h.text)).toEqual(['', 'Benefits', 'Costs']);
    expect(table?.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['**Carrying on**', 'relief | calm (7/10); fun', '\\*\\*sleep\\*\\*'],
      ['**Changing**', 'money', 'boredom'],
    ]);
  });

  it('keeps the other fields as a list, and the grid fields out of it', () => {
    expect(md).toContain('- **Note:** keep going');
    expect(md).not.toContain('- **a:**');
  });

  it('leaves the table out when the boxes are empty', () => {
    expect(tables(renderEntry(grid, entry({ note: 'only this' })))).toEqual([]);
  });
});

describe('bars hint', () => {
  it('draws one row a group item, with a bar for the value and the target', () => {
    const md = renderEntry(pie, entry({ areas: [{ area: 'health', now: 3, goal: 8 }, { area: 'fun', now: 10 }] }));
    const [table] = tables(md);
    expect(table?.header.map((h) => h.text)).toEqual(['Area', 'Now', 'Target']);
    expect(table?.rows[0]?.map((c) => c.text)).toEqual(['health', `\`${bar(3, 10)}\` 3`, `\`${bar(8, 10)}\` 8`]);
    expect(table?.rows[1]?.[2]?.text).toBe('');
  });

  it('scales bars to the maximum and clamps them', () => {
    expect(bar(3, 10)).toBe('███░░░░░░░');
    expect(bar(5, 5, 4)).toBe('████');
    expect(bar(12, 10)).toBe('██████████');
    expect(bar(-1, 10)).toBe('░░░░░░░░░░');
  });
});

describe('labels planned once per definition', () => {
  const def = definitionSchema.parse({
    id: 'labels', version: 1, title: 'Labels', point: 1, summary: 's',
    fields: [
      { id: 'how', type: 'text', label: 'How much {behaviour}?' },
      { id: 'rows', type: 'group', label: 'Rows', fields: [{ id: 'item', type: 'text', label: 'Item' }, { id: 'cost', type: 'text', label: 'Cost of {behaviour}:' }] },
    ],
  });
  const answers = { how: 'a lot', rows: [{ item: 'money', cost: 'high' }] };
  const profile = (behaviours: string[]) => ({ behaviours, startDate: '2026-01-01', why: '', supportContacts: [], graduation: {} });

  it('still fill in {behaviour} from the profile each entry is rendered with', () => {
    const a = renderEntry(def, entry(answers), 2, profile(['Gambling']));
    const b = renderEntry(def, entry(answers), 2, profile(['alcohol', 'smoking']));
    const c = renderEntry(def, entry(answers));
    expect(a).toContain('- **How much Gambling:** a lot');
    expect(a).toContain('  - money (cost of gambling: high)');
    expect(b).toContain('- **How much alcohol and smoking:** a lot');
    expect(c).toContain('- **How much the behaviour:** a lot');
    expect(renderEntry(def, entry(answers), 2, profile(['Gambling']))).toBe(a);
  });
});

describe('grid cells worked out from a plan', () => {
  // A box whose rows have a choice first and a scale and a yes/no after: named values come from the plan.
  const boxed = definitionSchema.parse({
    id: 'boxed', version: 1, title: 'Boxed', point: 1, summary: 's',
    fields: [
      { id: 'a', type: 'group', label: 'A', fields: [{ id: 'what', type: 'choice', label: 'What', choices: ['Money', { value: 'h', label: 'Health *first*' }] }, { id: 'term', type: 'choice', label: 'Term', choices: [{ value: 's', label: 'short' }] }, { id: 'how', type: 'scale', label: 'How', min: 1, max: 10 }, { id: 'sure', type: 'boolean', label: 'Sure' }] },
      { id: 'b', type: 'text', label: 'B' },
    ],
    render: { grid: { columns: ['Only'], rows: [{ label: 'Row', cells: ['a'] }] } },
  });
  const group = boxed.fields[0] as Extract<(typeof boxed.fields)[number], { type: 'group' }>;
  /** The cell as first written: every value formatted afresh. */
  const plainly = (f: (typeof group.fields)[number], v: AnswerValue) => (f.type === 'scale' ? `${String(v)}/${f.max}` : formatValue(f, v));
  const cellAfresh = (rows: Record<string, AnswerValue>[]) =>
    rows
      .map((r) => {
        const [first, ...rest] = group.fields;
        const head = r[first!.id] !== undefined ? formatValue(first!, r[first!.id]!) : '';
        const extra = rest.filter((f) => r[f.id] !== undefined).map((f) => plainly(f, r[f.id]!));
        return inline(extra.length ? `${head} (${extra.join(', ')})` : head);
      })
      .join('; ');
  const value = fc.constantFrom<AnswerValue>('Money', 'h', 's', 'x|y', 3, 10, 11, true, false, null, '');

  it('show as formatting every value afresh would, named or not', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ what: value, term: value, how: value, sure: value }, { requiredKeys: [] }), { minLength: 1, maxLength: 4 }), (rows) => {
        const md = renderEntry(boxed, entry({ a: rows }));
        const cell = md.split('\n').find((l) => l.startsWith('| **Row**'))!;
        // An empty cell is one space wide (markdownlint's compact table style, MD060).
        const afresh = cellAfresh(rows);
        expect(cell).toBe(afresh === '' ? '| **Row** | |' : `| **Row** | ${afresh} |`);
      }),
      { numRuns: 500 },
    );
  });
});
