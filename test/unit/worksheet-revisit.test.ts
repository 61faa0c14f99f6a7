// Revisiting a worksheet: the last answers come back as defaults, and rows are shown as "last time".
import { describe, expect, it } from 'vitest';
import type { Prompter, Question } from '../../src/prompts/prompter.js';
import { definitionSchema } from '../../src/worksheets/definition.js';
import { runWorksheet } from '../../src/worksheets/runner.js';

/** A person who presses Enter at every question, and what they were shown. */
class EnterEverywhere implements Prompter {
  readonly interactive = true;
  readonly said: string[] = [];
  readonly defaults: Record<string, unknown> = {};
  private keep<T>(q: Question & { default?: T }): T | undefined {
    this.defaults[q.name] = q.default;
    return q.default;
  }
  async text(q: Question & { default?: string }) { return this.keep(q); }
  async number(q: Question & { default?: number }) { return this.keep(q); }
  async confirm(q: Question & { default?: boolean }) { return this.keep(q) ?? false; }
  async select(q: Question & { default?: string }) { return this.keep(q) ?? ''; }
  async multiselect(q: Question & { default?: string[] }) { return this.keep(q) ?? []; }
  async longtext(q: Question & { default?: string }) { return this.keep(q); }
  say(text: string) { this.said.push(text); }
}

const def = definitionSchema.parse({
  id: 'sheet', version: 1, title: 'Sheet', point: 1, summary: 's',
  fields: [
    { id: 'why', type: 'text', label: 'Why?' },
    { id: 'rating', type: 'scale', label: 'Rate', min: 1, max: 10 },
    { id: 'steps', type: 'list', label: 'Steps' },
    { id: 'rows', type: 'group', label: 'Rows', fields: [{ id: 'item', type: 'text', label: 'Item' }, { id: 'term', type: 'choice', label: 'Term', choices: ['short', 'long'] }] },
  ],
});

describe('revisiting a worksheet', () => {
  const last = { why: 'my health', rating: 4, steps: ['walk', 'sleep early'], rows: [{ item: 'relief', term: 'short' }, { item: 'cost' }] };

  it('offers each earlier answer as the default, so Enter keeps them all', async () => {
    const p = new EnterEverywhere();
    const answers = await runWorksheet(def, p, { today: '2026-11-23', defaults: last });
    expect(answers).toEqual(last);
    expect(p.defaults['why']).toBe('my health');
    expect(p.defaults['rows.0.term']).toBe('short');
  });

  it('shows earlier lists and rows in full before asking them one by one', async () => {
    const p = new EnterEverywhere();
    await runWorksheet(def, p, { today: '2026-11-23', defaults: last });
    expect(p.said).toContain('  last time: walk; sleep early');
    expect(p.said).toContain('  last time: relief; cost');
  });

  it('asks afresh when there is nothing from before', async () => {
    const p = new EnterEverywhere();
    expect(await runWorksheet(def, p, { today: '2026-11-23' })).toEqual({});
    expect(p.said.filter((s) => s.includes('last time'))).toEqual([]);
  });
});
