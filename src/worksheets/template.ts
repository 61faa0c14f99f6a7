// Definition text may name the person's own behaviour: "{behaviour}" becomes "alcohol" or "gambling and gaming".
// It may stand for one behaviour or several, so definitions never make it a verb's subject ("What costs come
// with {behaviour}?", not "What does {behaviour} cost you?"); test/unit/worksheet-grammar checks every text.
import type { Profile } from '../domain/profile.js';
import type { Choice, Field, LeafField, WorksheetDefinition } from './definition.js';

/** "alcohol", "alcohol and gambling", "alcohol, gambling and gaming". */
export function andList(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)!}`;
}

export function fillTemplate(text: string, profile: Profile | undefined, today?: string): string {
  const out = text.replaceAll('{behaviour}', profile && profile.behaviours.length > 0 ? andList(profile.behaviours) : 'the behaviour');
  return today ? out.replaceAll('{today}', today) : out;
}

/**
 * The definition with every text a person reads filled in (title, summary, intro, labels, help, examples,
 * choice labels, text defaults), so whatever shows it (the runner's prompts, say) never prints a raw
 * {behaviour}. Ids and choice values are left as they are: they are what answers are stored under.
 */
export function templatedDefinition(def: WorksheetDefinition, profile: Profile | undefined, today?: string): WorksheetDefinition {
  const fill = (text: string) => fillTemplate(text, profile, today);
  const choice = (c: Choice): Choice => (typeof c === 'string' ? (fill(c) === c ? c : { value: c, label: fill(c) }) : { ...c, label: fill(c.label) });
  function field<F extends Field | LeafField>(f: F): F {
    const out: Record<string, unknown> = { ...f, label: fill(f.label) };
    if (f.help !== undefined) out.help = fill(f.help);
    if (f.example !== undefined) out.example = fill(f.example);
    if ('default' in f && typeof f.default === 'string') out.default = fill(f.default);
    if ('choices' in f) out.choices = f.choices.map(choice);
    if (f.type === 'group') out.fields = f.fields.map(field);
    return out as F;
  }
  return {
    ...def,
    title: fill(def.title),
    summary: fill(def.summary),
    ...(def.intro !== undefined ? { intro: fill(def.intro) } : {}),
    fields: def.fields.map(field),
  };
}

/**
 * Prose written with hard line breaks (a worksheet's intro in YAML) as paragraphs again, so it can be
 * wrapped to the screen: lines within a paragraph are joined, unless a line starts a list or is indented.
 */
export function reflow(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((para) => para.replace(/\n(?![ \t]|[-*•] |\d{1,3}[.)] )/g, ' '))
    .join('\n\n');
}
