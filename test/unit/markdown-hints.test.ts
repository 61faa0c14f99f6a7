// Render hints: the CBA as a 2 by 2 table, the balance pie as a table with bars, user text kept literal.
import { marked, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/domain/entry.js';
import { definitionSchema } from '../../src/worksheets/definition.js';
import { bar } from '../../src/worksheets/markdown-hints.js';
import { renderEntry } from '../../src/worksheets/markdown.js';

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
