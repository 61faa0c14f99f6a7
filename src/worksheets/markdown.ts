// The generic Markdown renderer: every definition renders by its field types, so old entries still render.
import type { Answers, AnswerValue, Entry } from '../domain/entry.js';
import { milestoneSentence } from '../domain/progress/milestones.js';
import { whenMatches } from './answer-rules.js';
import { choiceLabel, choiceValue } from './choices.js';
import type { Field, LeafField, WorksheetDefinition } from './definition.js';
import { LineList, type LineSink } from './markdown-lines.js';
import { inline, paragraphs } from './markdown-text.js';
import { drawHints, hintPlan, type HintPlan } from './markdown-hints.js';
import { fillTemplate } from './template.js';
import type { Profile } from '../domain/profile.js';

/** A question as a heading for its answer: {behaviour} filled in, the trailing ? or : dropped. */
export function answerLabel(label: string, profile?: Profile): string {
  return fillTemplate(label, profile).replace(/[?:]\s*$/, '');
}

export function formatValue(field: Field | LeafField, value: AnswerValue): string {
  switch (field.type) {
    case 'boolean':
      return value ? 'yes' : 'no';
    case 'scale':
      return `${String(value)} (of ${field.min} to ${field.max})`;
    case 'number':
      return field.unit ? `${String(value)} ${field.unit}` : String(value);
    case 'choice': {
      const c = field.choices.find((x) => choiceValue(x) === value);
      return c ? choiceLabel(c) : String(value);
    }
    default:
      return Array.isArray(value) ? value.map(String).join(', ') : String(value);
  }
}

/** A scale's steps, when there are few enough of them to list. */
function scaleSteps(min: number, max: number): number[] {
  const steps: number[] = [];
  for (let n = min; n <= max && steps.length <= 100; n++) steps.push(n);
  return steps;
}

/** The answers a definition names itself: yes and no, its choices, a scale's steps. */
function namedValues(field: Field | LeafField): AnswerValue[] {
  switch (field.type) {
    case 'boolean':
      return [true, false];
    case 'choice':
      return field.choices.map(choiceValue);
    case 'scale':
      return scaleSteps(field.min, field.max);
    default:
      return [];
  }
}

/** A field with the escaped text of each value it names, so those are escaped once rather than once per answer. */
export interface ValuePlan {
  field: Field | LeafField;
  // The field's id, type and condition, copied: plans all have one shape, so reading them is quick,
  // where fields of different types each have their own.
  id: string;
  type: Field['type'];
  when: Field['when'];
  texts: Map<AnswerValue, string>;
}

/** The escaped text of an answer, as a list item shows it. */
function escapedText(field: Field | LeafField, value: AnswerValue): string {
  return inline(formatValue(field, value));
}

/** A field's plan, with the text of each value it names as `text` gives it (escaped, unless asked otherwise). */
export function planValues<F extends Field | LeafField>(field: F, text: (field: F, value: AnswerValue) => string = escapedText): ValuePlan {
  return { field, id: field.id, type: field.type, when: field.when, texts: new Map(namedValues(field).map((v) => [v, text(field, v)])) };
}

/** An answer as inline(formatValue()) gives it, from the plan's table when the definition names the value. */
function shown(plan: ValuePlan, value: AnswerValue): string {
  // A text field names no values: skip hashing the person's text to find that out.
  const named = plan.texts.size === 0 ? undefined : plan.texts.get(value);
  if (named !== undefined) return named;
  const text = inline(formatValue(plan.field, value));
  // Numbers repeat too (minutes, counts): the table keeps a few hundred of them as they come.
  if (typeof value === 'number' && plan.texts.size < 512) plan.texts.set(value, text);
  return text;
}

/**
 * What rendering a field needs that depends only on its definition (and the profile, through
 * {behaviour}): the escaped labels and named values. Worked out once per field rather than once per
 * answer, which matters when an export renders tens of thousands of entries.
 */
interface FieldPlan extends ValuePlan {
  /** "**Question:**", escaped. */
  label: string;
  /** "- **Question:** ", which an answer on the same line follows. */
  lead: string;
  /** "- **Question:**", over a list of answers. */
  header: string;
  /** A multichoice's items by value: the choice's label, escaped (the first choice of a value wins, as find() would). */
  items: Map<AnswerValue, string>;
  /** A group's first field heads a row; the others follow in brackets, each with its label. */
  head?: ValuePlan;
  details: (ValuePlan & { label: string })[];
}

function planItems(field: Field | LeafField): Map<AnswerValue, string> {
  const items = new Map<AnswerValue, string>();
  if (field.type === 'multichoice') for (const c of field.choices) if (!items.has(choiceValue(c))) items.set(choiceValue(c), inline(choiceLabel(c)));
  return items;
}

function planField(field: Field | LeafField, profile: Profile | undefined): FieldPlan {
  const [first, ...rest] = field.type === 'group' ? field.fields : [];
  const label = `**${inline(answerLabel(field.label, profile))}:**`;
  return {
    ...planValues(field),
    label,
    lead: `- ${label} `,
    header: `- ${label}`,
    items: planItems(field),
    head: first && planValues(first),
    details: rest.map((f) => ({ ...planValues(f), label: inline(answerLabel(f.label, profile).toLowerCase()) })),
  };
}

/** A set of answers shows nothing for a field left blank (possible from an answers file). */
function isBlank(value: AnswerValue | undefined): boolean {
  return value === undefined || value === null || (Array.isArray(value) && value.length === 0) || (typeof value === 'string' && value.trim() === '');
}

/** One group row: its first field, then the others in brackets ("Hangovers (term: short; ...)"). */
function groupRow(plan: FieldPlan, row: Answers): string {
  const { head: first } = plan;
  const head = first && row[first.id] !== undefined ? shown(first, row[first.id]!) : '';
  const details: string[] = [];
  for (const d of plan.details) {
    const value = row[d.id];
    if (value !== undefined && whenMatches(d.when, row)) details.push(`${d.label}: ${shown(d, value)}`);
  }
  if (details.length === 0) return head;
  const bracket = `(${details.join('; ')})`;
  return head ? `${head} ${bracket}` : bracket;
}

/** Pushes the Markdown list lines for a set of answers onto `lines`, in the plans' order. */
function pushAnswers(lines: LineSink, plans: readonly FieldPlan[], answers: Answers, indent: string): void {
  const sub = `${indent}  - `;
  for (const plan of plans) {
    const { type } = plan;
    const value = answers[plan.id];
    // Blank text (possible from an answers file) would leave a dangling label with a trailing space.
    if (isBlank(value) || !whenMatches(plan.when, answers)) continue;
    if (type === 'group' && Array.isArray(value)) {
      lines.push(indent + plan.header);
      for (const row of value) {
        if (row === null || typeof row !== 'object' || Array.isArray(row)) continue;
        lines.item(sub, groupRow(plan, row));
      }
    } else if ((type === 'list' || type === 'multichoice') && Array.isArray(value)) {
      lines.push(indent + plan.header);
      // A multichoice item shows its label, as the person saw it; free-text items show as typed.
      for (const item of value) {
        if (String(item).trim() !== '') lines.item(sub, (plan.items.size === 0 ? undefined : plan.items.get(item)) ?? inline(String(item)));
      }
    } else {
      const lead = indent + plan.lead;
      if (type === 'longtext' && typeof value === 'string') {
        const [first = '', ...more] = paragraphs(value);
        lines.item(lead, first);
        for (const p of more) {
          lines.push('');
          lines.item(`${indent}  `, p);
        }
        if (more.length > 0) lines.push('');
      } else lines.item(lead, shown(plan, value!));
    }
  }
}

/** Markdown list lines for a set of answers, in the definition's order. */
export function renderAnswers(fields: readonly (Field | LeafField)[], answers: Answers, indent = '', profile?: Profile): string[] {
  const list = new LineList();
  pushAnswers(list, fields.map((f) => planField(f, profile)), answers, indent);
  return list.lines;
}

export function entryTitle(def: WorksheetDefinition | undefined, entry: Entry): string {
  return `${def?.title ?? entry.worksheet?.id ?? kindName(entry.kind)}, ${entry.date}`;
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** What an entry with no worksheet is called in a heading. */
export function kindName(kind: string): string {
  return kind === 'milestone' ? 'Milestone' : kind;
}

/** A milestone entry's days and day, when it says them, so it is written as a sentence. */
function milestoneOf(entry: Entry): { days: number | null; reachedOn: string } | undefined {
  const { days, reachedOn } = entry.answers;
  if (entry.kind !== 'milestone' || typeof reachedOn !== 'string') return undefined;
  return { days: typeof days === 'number' ? days : null, reachedOn };
}

/** A definition's fields and hints, planned once for each profile's {behaviour}. */
interface DefinitionPlan {
  behaviour: string;
  fields: FieldPlan[];
  hints: HintPlan;
  /** The fields left for the list once the hints drew theirs, by the set drawn (a hint plan has four). */
  listed: Map<ReadonlySet<string>, FieldPlan[]>;
}

// Definitions are never changed once loaded, so a plan made for one stays right for as long as it lives.
const definitionPlans = new WeakMap<WorksheetDefinition, DefinitionPlan>();

/** What {behaviour} becomes without a profile (an export's case, asked once per entry). */
const NO_PROFILE = fillTemplate('{behaviour}', undefined);

function planDefinition(def: WorksheetDefinition, profile: Profile | undefined): DefinitionPlan {
  // The labels depend on the profile only through what {behaviour} becomes.
  const behaviour = profile ? fillTemplate('{behaviour}', profile) : NO_PROFILE;
  let plan = definitionPlans.get(def);
  if (plan?.behaviour !== behaviour) {
    plan = { behaviour, fields: def.fields.map((f) => planField(f, profile)), hints: hintPlan(def), listed: new Map() };
    definitionPlans.set(def, plan);
  }
  return plan;
}

/**
 * Pushes an entry's Markdown without its heading onto `lines`: the hints' tables, the answers as a
 * list, the tags. Lines never hold a newline (every answer goes through inline() or paragraphs()).
 */
export function pushEntryBody(lines: LineSink, def: WorksheetDefinition | undefined, entry: Entry, profile?: Profile): void {
  const milestone = milestoneOf(entry);
  if (milestone) lines.item('', inline(capitalised(milestoneSentence(milestone))));
  else if (def) {
    // Hints (a grid, bars) draw some fields as tables; the rest stay a list.
    const plan = planDefinition(def, profile);
    const drawn = drawHints(plan.hints, entry.answers, lines);
    let fields = drawn.size === 0 ? plan.fields : plan.listed.get(drawn);
    if (fields === undefined) plan.listed.set(drawn, (fields = plan.fields.filter((p) => !drawn.has(p.id))));
    pushAnswers(lines, fields, entry.answers, '');
  } else for (const [k, v] of Object.entries(entry.answers)) lines.item(`- **${inline(k)}:** `, inline(JSON.stringify(v)));
  if (entry.tags.length > 0) lines.item('- **Tags:** ', entry.tags.map(inline).join(', '));
}

/** One entry as a Markdown section: a heading and its answers. */
export function renderEntry(def: WorksheetDefinition | undefined, entry: Entry, level = 2, profile?: Profile): string {
  const list = new LineList();
  list.push(`${'#'.repeat(level)} ${inline(entryTitle(def, entry))}`, '');
  pushEntryBody(list, def, entry, profile);
  return `${list.lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
