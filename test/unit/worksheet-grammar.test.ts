// {behaviour} stands for one behaviour or several ("alcohol and gambling"), so every text that names it
// must read right either way: never "What does alcohol and gambling cost you?" or "how alcohol and
// gambling fits". Every text of every shipped worksheet (and learn page) is filled with one, two and three
// behaviours and searched for a verb that agrees with only one of them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Profile } from '../../src/domain/profile.js';
import type { Field, LeafField, WorksheetDefinition } from '../../src/worksheets/definition.js';
import { builtinDir, checkDefinition } from '../../src/worksheets/loader.js';
import { andList, templatedDefinition } from '../../src/worksheets/template.js';
import { ROOT } from '../helpers/cli.js';

const files = readdirSync(builtinDir(), { recursive: true, withFileTypes: true })
  .filter((d) => d.isFile() && d.name.endsWith('.yaml'))
  .map((d) => join(d.parentPath, d.name));
const definitions = files.map((f) => {
  const checked = checkDefinition(readFileSync(f, 'utf8'), f);
  if (!checked.ok) throw new Error(`${f}: ${checked.problems.join('; ')}`);
  return checked.definition;
});

const profileOf = (behaviours: string[]): Profile => ({ behaviours, startDate: '2026-11-01', why: '', supportContacts: [], graduation: {} }) as unknown as Profile;

/** Every text a person reads in a definition: title, summary, intro, and each field's label, help, example and choices. */
function texts(def: WorksheetDefinition): string[] {
  const out = [def.title, def.summary, def.intro ?? ''];
  const field = (f: Field | LeafField) => {
    out.push(f.label, f.help ?? '', f.example ?? '');
    if ('choices' in f) for (const c of f.choices) out.push(typeof c === 'string' ? c : c.label);
    if (f.type === 'group') f.fields.forEach(field);
  };
  def.fields.forEach(field);
  return out.filter((t) => t !== '').map((t) => t.replace(/\s+/g, ' '));
}

/** Verbs that agree with one subject only, right after the behaviours or just before them in a question. */
function mismatches(text: string, named: string): string[] {
  const found: string[] = [];
  const after = new RegExp(`${named}\\s+(is|was|has|does|(?!as\\b|us\\b)[a-z]+s)\\b`, 'g');
  const before = new RegExp(`\\b(does|is|was|has)\\s+${named}\\b`, 'gi');
  for (const m of text.matchAll(after)) found.push(m[0]);
  for (const m of text.matchAll(before)) found.push(m[0]);
  return found;
}

describe('{behaviour} with one behaviour or several', () => {
  const uses = definitions.filter((d) => JSON.stringify(d).includes('{behaviour}'));

  it('is used by some shipped worksheets (so this test checks something)', () => {
    expect(uses.map((d) => d.id)).toEqual(expect.arrayContaining(['cost-benefit-analysis', 'hierarchy-of-values']));
  });

  it.each([[['alcohol', 'gambling']], [['alcohol', 'gambling', 'gaming']]])('reads right for %j in every text', (behaviours) => {
    const named = andList(behaviours);
    const bad: string[] = [];
    for (const def of uses) {
      const filled = texts(templatedDefinition(def, profileOf(behaviours)));
      expect(filled.join(' '), def.id).toContain(named);
      for (const t of filled) for (const m of mismatches(t, named)) bad.push(`${def.id}: "${m}" in "${t}"`);
    }
    expect(bad).toEqual([]);
  });

  it('reads as before for one behaviour, with nothing left unfilled', () => {
    for (const def of uses) {
      const filled = texts(templatedDefinition(def, profileOf(['gaming']))).join(' ');
      expect(filled, def.id).toContain('gaming');
      expect(filled, def.id).not.toMatch(/[{}]/);
    }
  });

  it('catches the wording it is meant to catch', () => {
    expect(mismatches('What does alcohol and gambling cost you?', 'alcohol and gambling')).toEqual(['does alcohol and gambling']);
    expect(mismatches('see how alcohol and gambling fits with it', 'alcohol and gambling')).toEqual(['alcohol and gambling fits']);
    expect(mismatches('What costs come with alcohol and gambling? (costs of carrying on)', 'alcohol and gambling')).toEqual([]);
  });

  it('joins three or more with commas and one "and"', () => {
    expect([andList(['alcohol']), andList(['alcohol', 'gambling']), andList(['alcohol', 'gambling', 'gaming'])]).toEqual(['alcohol', 'alcohol and gambling', 'alcohol, gambling and gaming']);
  });

  it('is not used by the learn pages, which are not filled in (so it would show raw)', () => {
    for (const f of readdirSync(join(ROOT, 'learn')).filter((n) => n.endsWith('.md'))) expect(readFileSync(join(ROOT, 'learn', f), 'utf8'), f).not.toContain('{behaviour}');
  });
});
