// What a draft holds when a person stops: every finished answer, and the rows of a group stopped part-way.
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain/entry.js';
import { CancelledError } from '../../src/errors.js';
import type { Prompter, Question } from '../../src/prompts/prompter.js';
import { definitionSchema } from '../../src/worksheets/definition.js';
import { runWorksheet } from '../../src/worksheets/runner.js';

/** Answers questions in order from a script, then presses Ctrl-C. */
class TypesThenStops implements Prompter {
  readonly interactive = true;
  constructor(private readonly script: unknown[]) {}
  private next<T>(_q: Question): T {
    if (this.script.length === 0) throw new CancelledError();
    return this.script.shift() as T;
  }
  async text(q: Question) { return this.next<string | undefined>(q); }
  async number(q: Question) { return this.next<number | undefined>(q); }
  async confirm(q: Question) { return this.next<boolean>(q); }
  async select(q: Question) { return this.next<string>(q); }
  async multiselect(q: Question) { return this.next<string[]>(q); }
  async longtext(q: Question) { return this.next<string | undefined>(q); }
  say() {}
}

const def = definitionSchema.parse({
  id: 'boxes', version: 1, title: 'Boxes', point: 1, summary: 's',
  fields: [
    { id: 'title', type: 'text', label: 'Title' },
    { id: 'rows', type: 'group', label: 'Rows', fields: [{ id: 'item', type: 'text', label: 'Item' }, { id: 'weight', type: 'scale', label: 'Weight', min: 1, max: 10 }] },
    { id: 'end', type: 'text', label: 'End' },
  ],
});

async function stopAfter(script: unknown[]): Promise<{ answers: Answers; inProgress?: string }[]> {
  const saved: { answers: Answers; inProgress?: string }[] = [];
  await expect(runWorksheet(def, new TypesThenStops(script), { today: '2026-11-23', onAnswer: (answers, inProgress) => saved.push({ answers, inProgress }) })).rejects.toBeInstanceOf(CancelledError);
  return saved;
}

describe('draft progress', () => {
  it('keeps the finished rows of a group stopped part-way, naming the field in progress', async () => {
    const saved = await stopAfter(['My boxes', 'relief', 7, 'sleep']);
    expect(saved.at(-1)).toEqual({ answers: { title: 'My boxes', rows: [{ item: 'relief', weight: 7 }] }, inProgress: 'rows' });
  });

  it('has nothing in progress once the group is finished', async () => {
    const saved = await stopAfter(['My boxes', 'relief', 7, undefined]);
    expect(saved.at(-1)).toEqual({ answers: { title: 'My boxes', rows: [{ item: 'relief', weight: 7 }] }, inProgress: undefined });
  });

  it('keeps nothing when stopped before the first answer', async () => {
    expect(await stopAfter([])).toEqual([]);
  });
});
