// journal list sums a CBA up from its render.line: the boxes that favour change counted, and the decision.
// Answers come from the shipped definition; the counts expected are read from those answers.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli, removeDir, ROOT, tempDir } from '../helpers/cli.js';
import { answersFor, shippedDefinition } from '../helpers/answers-from-definition.js';
import { dayFromToday, writeStore } from '../helpers/fixture-store.js';
import { pluralOf } from '../../src/ui/summary.js';

const def = shippedDefinition('cost-benefit-analysis');
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

describe('journal list: a CBA summed up', () => {
  it('counts benefits of changing and costs of carrying on, then says what was decided', () => {
    const date = dayFromToday(-1);
    const answers = { ...answersFor(def, date), conclusion: 'I will stop on weeknights and see how it goes' };
    const one = { ...answers, benefitsOfChanging: (answers.benefitsOfChanging as unknown[]).slice(0, 1) };
    writeStore(home, [
      { id: 'cba-00000001', kind: 'worksheet', worksheet: { id: def.id, version: def.version }, point: 1, date, answers },
      { id: 'cba-00000002', kind: 'worksheet', worksheet: { id: def.id, version: def.version }, point: 1, date, answers: { ...one, conclusion: undefined } },
    ]);
    const r = cli(home, ['journal', 'list'], { env: { COLUMNS: '120' } });
    expect(r.code).toBe(0);
    const flat = r.stdout.replace(/\s+/g, ' ');
    const doing = (answers.costsOfDoing as unknown[]).length;
    expect(flat).toContain(`${plural((answers.benefitsOfChanging as unknown[]).length, 'benefit')} of changing, ${plural(doing, 'cost')} of carrying on; decided: I will stop on weeknights and see how it goes`);
    expect(flat).toContain(`1 benefit of changing, ${plural(doing, 'cost')} of carrying on `);
  });
});

describe('journal list: every worksheet that names its summary line', () => {
  const shipped = [...readdirSync(join(ROOT, 'worksheets')).filter((f) => f.endsWith('.yaml')), ...readdirSync(join(ROOT, 'worksheets', 'family')).map((f) => `family/${f}`)]
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => shippedDefinition(f.replace(/\.yaml$/, '')));
  const hinted = shipped.filter((d) => d.render?.line);

  it('is every kind of entry: only the check-in, the urge log and the profile are summed up by code of their own', () => {
    expect(shipped.filter((d) => !d.render?.line).map((d) => d.kind).sort()).toEqual(['checkin', 'profile', 'urge']);
  });

  it('counts the groups and lists it names by what one item is called, never as "items"', () => {
    const date = dayFromToday(-1);
    writeStore(home, hinted.map((d, i) => ({ id: `counted-${String(i).padStart(6, '0')}`, kind: d.kind === 'family' ? 'family' : 'worksheet', worksheet: { id: d.id, version: d.version }, point: d.point, date, answers: answersFor(d, date) })));
    const flat = cli(home, ['journal', 'list'], { env: { COLUMNS: '200' } }).stdout.replace(/\s+/g, ' ');
    expect(flat).not.toMatch(/\b\d+ items?\b/);
    for (const d of hinted)
      for (const part of d.render!.line!) {
        const field = typeof part === 'string' ? d.fields.find((f) => f.id === part) : undefined;
        if (!field || (field.type !== 'list' && field.type !== 'group')) continue;
        expect(field.itemLabel, `${d.id}.${field.id} needs an itemLabel to be counted`).toBeTruthy();
        const n = (answersFor(d, date)[field.id] as unknown[]).length;
        expect(flat, d.id).toContain(`${n} ${n === 1 ? field.itemLabel : pluralOf(field.itemLabel!)}`);
      }
  });

  it('shows each labelled answer after its label, and nothing as "N answers"', () => {
    expect(hinted.map((d) => d.id)).toContain('cost-benefit-analysis');
    const date = dayFromToday(-1);
    writeStore(home, hinted.map((d, i) => ({ id: `hinted-${String(i).padStart(6, '0')}`, kind: d.kind === 'family' ? 'family' : 'worksheet', worksheet: { id: d.id, version: d.version }, point: d.point, date, answers: answersFor(d, date) })));
    const r = cli(home, ['journal', 'list'], { env: { COLUMNS: '120' } });
    expect(r.code).toBe(0);
    const flat = r.stdout.replace(/\s+/g, ' ');
    for (const d of hinted)
      for (const part of d.render!.line!) if (typeof part !== 'string') expect(flat, d.id).toContain(`${part.label}: `);
    expect(flat).not.toMatch(/\d+ answers/);
  });
});

describe('journal list: an entry with no definition here (a note, an imported worksheet)', () => {
  it('shows its first words, or how many answers it holds, in good English', () => {
    const date = dayFromToday(-1);
    writeStore(home, [
      { id: 'note-00000001', kind: 'note', point: null, date, answers: { text: 'Went to the meeting\nand stayed for coffee' } },
      { id: 'note-00000002', kind: 'note', point: null, date, answers: { mood: 4 } },
      { id: 'gone-00000003', kind: 'worksheet', worksheet: { id: 'not-installed', version: 1 }, point: null, date, answers: { a: 1, b: 2 } },
    ]);
    const r = cli(home, ['journal', 'list'], { env: { COLUMNS: '120' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Went to the meeting and stayed for coffee');
    expect(r.stdout).toMatch(/ 1 answer\b(?!s)/);
    expect(r.stdout).toContain(' 2 answers');
  });
});
