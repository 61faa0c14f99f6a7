// Lists are typed one way everywhere: one item a line, Enter on an empty line to finish, and the hint on
// the prompt says so. Every shipped worksheet is run through the runner by a prompter that plays a person
// at a terminal (one item, then an empty line), and every question it is asked is checked.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { askLines, listHint } from '../../src/prompts/lines.js';
import type { ChoiceOption, Prompter, Question } from '../../src/prompts/prompter.js';
import { definitionSchema } from '../../src/worksheets/definition.js';
import { builtinDir, checkDefinition } from '../../src/worksheets/loader.js';
import { runWorksheet } from '../../src/worksheets/runner.js';
import { ROOT } from '../helpers/cli.js';

const definitions = readdirSync(builtinDir(), { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name.endsWith('.yaml'))
  .map((d) => {
    const checked = checkDefinition(readFileSync(join(d.parentPath, d.name), 'utf8'), d.name);
    if (!checked.ok) throw new Error(checked.problems.join('; '));
    return checked.definition;
  });

/** A person at a terminal who gives one item to each list (and each question asked twice), then an empty line. */
class OneItemPerson implements Prompter {
  readonly interactive = true;
  readonly asked: string[] = [];
  private answered = new Set<string>();
  async text(q: Question & { validate?: (v: string) => string | true }) {
    this.asked.push(q.message);
    // The second prompt of one list (name ends .1) or of a group row past the first is left empty.
    const again = /\.(\d+)(\.[^.]+)?$/.exec(q.name);
    if (again && Number(again[1]) >= 1 && !q.required) return undefined;
    if (!q.required && this.answered.has(q.message)) return undefined;
    this.answered.add(q.message);
    return q.name.includes('date') || /when|by when|review/i.test(q.message) ? 'today' : 'an answer';
  }
  async number(q: Question & { min?: number; max?: number }) {
    this.asked.push(q.message);
    return q.min ?? 1;
  }
  async confirm(q: Question) {
    this.asked.push(q.message);
    return false;
  }
  async select(q: Question & { choices: ChoiceOption[] }) {
    this.asked.push(q.message);
    return q.choices[0]!.value;
  }
  async multiselect(q: Question & { choices: ChoiceOption[] }) {
    this.asked.push(q.message);
    return q.required ? [q.choices[0]!.value] : [];
  }
  async longtext(q: Question) {
    return this.text(q);
  }
  say(text: string) {
    this.asked.push(text);
  }
}

describe('lists, typed one way everywhere', () => {
  it.each(definitions.filter((d) => d.fields.some((f) => f.type === 'list' || f.type === 'multichoice' || f.type === 'group')).map((d) => [d.id, d] as const))(
    '%s: every list says "one a line", nothing says commas or "leave the first answer empty"',
    async (_id, def) => {
      const person = new OneItemPerson();
      try {
        await runWorksheet(def, person, { today: '2026-11-23' });
      } catch {
        // A worksheet whose rules this simple person breaks still asked its questions; they are what is checked.
      }
      const lists = def.fields.filter((f) => f.type === 'list').map((f) => f.label.split('{behaviour}')[0]!);
      // The person got as far as a list, so the check below checks something.
      if (lists.length > 0) expect(lists.some((label) => person.asked.some((m) => m.startsWith(label))), def.id).toBe(true);
      for (const label of lists) {
        const first = person.asked.find((m) => m.startsWith(label));
        if (first) expect(first, def.id).toMatch(/\((one a line|another)/);
      }
      for (const m of person.asked) {
        expect(m, def.id).not.toMatch(/comma|leave the first answer empty/i);
      }
    },
  );

  it('rows that start with a choice say "choose Skip", never "leave the first answer empty"', async () => {
    const def = definitionSchema.parse({
      id: 'rows', version: 1, title: 'Rows', point: 4, summary: 'S',
      fields: [{ id: 'people', type: 'group', label: 'Who?', itemLabel: 'person', max: 2, fields: [{ id: 'who', type: 'choice', label: 'Who', choices: ['a', 'b'] }, { id: 'how', type: 'text', label: 'How' }] }],
    });
    const person = new OneItemPerson();
    await runWorksheet(def, person, { today: '2026-11-23' });
    expect(person.asked).toContain('  Person 1 (another, or choose Skip to finish)');
    expect(person.asked.join('\n')).not.toMatch(/leave the first answer empty|Enter to finish/);
  });

  it('the hint says whether an empty line may finish yet', () => {
    expect([listHint(0, true), listHint(0, false), listHint(1, true), listHint(1, false)]).toEqual([
      'one a line',
      'one a line, Enter on an empty line to finish',
      'another',
      'another, or Enter to finish',
    ]);
  });

  it('askLines takes one item a line until an empty line, keeps commas inside an item, and refuses punctuation alone', async () => {
    const typed = ['tea, with honey', 'a walk', undefined];
    const messages: string[] = [];
    let refused = '';
    const person = {
      interactive: true,
      async text(q: Question & { validate?: (v: string) => string | true }) {
        messages.push(q.message);
        const verdict = q.validate?.(',');
        if (typeof verdict === 'string') refused = verdict;
        return typed.shift();
      },
    } as unknown as Prompter;
    expect(await askLines(person, { name: 'coping', field: 'coping', message: 'What helped?' })).toEqual(['tea, with honey', 'a walk']);
    expect(messages).toEqual(['What helped? (one a line, Enter on an empty line to finish)', 'What helped? (another, or Enter to finish)', 'What helped? (another, or Enter to finish)']);
    expect(refused).toMatch(/at least one answer/);
  });

  it('no prompt in the program asks for a comma-separated list', () => {
    const files = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true }).filter((d) => d.isFile() && d.name.endsWith('.ts'));
    for (const f of files) {
      const text = readFileSync(join(f.parentPath, f.name), 'utf8');
      // Only prompts: a flag's help ("comma-separated") is about typing an option on the command line.
      expect(text.match(/message: [^\n]*(separate with commas|leave the first answer empty)/g) ?? [], f.name).toEqual([]);
    }
  });
});
