// One-line descriptions of entries, for lists and confirmations.
import type { Answers, Entry } from '../domain/entry.js';
import type { WorksheetDefinition } from '../worksheets/definition.js';
import { formatValue } from '../worksheets/markdown.js';

export function describeCheckin(a: Answers): string {
  const parts = [`mood ${String(a.mood)}/10`, `urge ${String(a.urge)}/10`, a.onTrack === false ? 'a lapse, noted' : 'on track'];
  return parts.join(', ');
}

const OUTCOME_WORDS: Record<string, string> = { 'rode-it-out': 'rode it out', used: 'acted on it', ongoing: 'still going' };

export function describeUrge(a: Answers): string {
  const after = typeof a.intensityAfter === 'number' ? ` to ${a.intensityAfter}/10` : '';
  const outcome = typeof a.outcome === 'string' ? `, ${OUTCOME_WORDS[a.outcome] ?? a.outcome}` : '';
  const trigger = typeof a.trigger === 'string' ? `, ${a.trigger.length > 30 ? `${a.trigger.slice(0, 29)}…` : a.trigger}` : '';
  return `urge ${String(a.intensity)}/10${after}${outcome}${trigger}`;
}

const clip = (text: string, room: number) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > room ? `${flat.slice(0, room - 1)}…` : flat;
};

type Field = WorksheetDefinition['fields'][number];

const IRREGULAR: Record<string, string> = { person: 'people', child: 'children' };

/** The plural of a noun phrase: "step" → "steps", "way to delay" → "ways to delay", "person" → "people". */
export function pluralOf(noun: string): string {
  const words = noun.split(' ');
  // "way to delay", "person to call": the head noun comes first; otherwise ("warning sign") last.
  const at = words.findIndex((w, i) => i > 0 && (w === 'to' || w === 'of')) > 0 ? 0 : words.length - 1;
  const w = words[at]!;
  words[at] = IRREGULAR[w] ?? (/[^aeiou]y$/.test(w) ? `${w.slice(0, -1)}ies` : /(s|x|z|ch|sh)$/.test(w) ? `${w}es` : `${w}s`);
  return words.join(' ');
}

/** A group's or list's item noun, its plural and the rest of its label's closing bracket (see countOf). */
interface Counted {
  item: string;
  many: string;
  rest?: string;
}

/** Worked out once per field: a journal list of years counts the same few fields thousands of times. */
const countedOf = new WeakMap<Field, Counted>();

/**
 * "3 benefits of changing": a group's or list's itemLabel, counted, with the rest of the label's closing
 * "(benefits of changing)" when those brackets start with the same noun.
 */
function countOf(field: Field, n: number): string {
  let c = countedOf.get(field);
  if (!c) {
    const item = 'itemLabel' in field && field.itemLabel ? field.itemLabel : 'item';
    const many = pluralOf(item);
    const bracket = /\((\S+)\s+([^)]+)\)\s*$/.exec(field.label ?? '');
    c = { item, many, rest: bracket && bracket[1]!.toLowerCase() === many.toLowerCase() ? bracket[2] : undefined };
    countedOf.set(field, c);
  }
  return `${n} ${n === 1 ? c.item : c.many}${c.rest ? ` ${c.rest}` : ''}`;
}

/** A definition's fields by id, made once per definition. */
const fieldsById = new WeakMap<WorksheetDefinition, Map<string, Field>>();

function fieldOf(def: WorksheetDefinition, id: string): Field | undefined {
  let byId = fieldsById.get(def);
  if (!byId) fieldsById.set(def, (byId = new Map(def.fields.map((f) => [f.id, f]))));
  return byId.get(id);
}

/**
 * The worksheet's own summary line (render.line): groups and lists named alone are counted, anything given
 * a label is quoted after it (a labelled list as its items).
 */
function describeByHint(def: WorksheetDefinition, answers: Answers, line: NonNullable<NonNullable<WorksheetDefinition['render']>['line']>): string {
  let counts = '';
  let out = '';
  for (const part of line) {
    const id = typeof part === 'string' ? part : part.field;
    const field = fieldOf(def, id);
    const value = answers[id];
    if (!field || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (typeof part === 'string' && Array.isArray(value) && (field.type === 'group' || field.type === 'list')) counts += `${counts ? ', ' : ''}${countOf(field, value.length)}`;
    else if (field.type !== 'group') {
      const quote = `${typeof part === 'string' ? '' : `${part.label}: `}${clip(Array.isArray(value) ? value.map(String).join(', ') : formatValue(field, value), 50)}`;
      if (quote !== '') out += `${out ? '; ' : ''}${quote}`;
    }
  }
  return counts && out ? `${counts}; ${out}` : counts || out;
}

/** A short line about any entry: the check-in's numbers, the worksheet's summary line, or its first answer. */
export function describeEntry(entry: Entry, def: WorksheetDefinition | undefined): string {
  if (entry.kind === 'checkin') return describeCheckin(entry.answers);
  if (entry.kind === 'urge') return describeUrge(entry.answers);
  // Worded as the milestone itself is (milestoneSentence): days with no lapse recorded, not "on track".
  if (entry.kind === 'milestone') return `${String(entry.answers.days)} ${entry.answers.days === 1 ? 'day' : 'days'} with no lapse recorded`;
  // No definition (a note, or a worksheet not installed here): its first words, else how many answers.
  if (!def) {
    const words = Object.values(entry.answers).find((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (words !== undefined) return clip(words, 60);
    const n = Object.keys(entry.answers).length;
    return `${n} ${n === 1 ? 'answer' : 'answers'}`;
  }
  if (def.render?.line) return describeByHint(def, entry.answers, def.render.line);
  for (const field of def.fields) {
    const value = entry.answers[field.id];
    if (value === undefined) continue;
    const text = field.type === 'group' && Array.isArray(value) ? countOf(field, value.length) : formatValue(field, value);
    const flat = text.replace(/\s+/g, ' ');
    return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
  }
  return '';
}
