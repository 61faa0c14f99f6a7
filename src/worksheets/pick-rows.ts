// A group marked `pick` (the balance pie's areas): at a terminal its rows' first answers are picked once
// from a checklist (plus any of one's own, one a line), so none can be given twice; then the other
// questions are asked for each one picked. Answers files and flags give the rows as they are, and a
// repeated first answer is refused (duplicateRows) rather than rated twice.
import type { Answers, AnswerValue } from '../domain/entry.js';
import { isRecord } from '../domain/records.js';
import { askLines } from '../prompts/lines.js';
import type { Prompter } from '../prompts/prompter.js';
import { isEmptyAnswer, whenMatches } from './answer-rules.js';
import { choiceLabel, choiceValue } from './choices.js';
import type { Field, LeafField } from './definition.js';

type Group = Extract<Field, { type: 'group' }>;
type Choice = Extract<LeafField, { type: 'choice' }>;
export type AskSub = (sub: LeafField, path: string, prior: AnswerValue | undefined) => Promise<AnswerValue | undefined>;

/** The same first answer, however it is capitalised or spaced. */
const key = (v: unknown) => String(v).trim().toLowerCase();

/** A pick group's choice field (its first), when the group picks its rows from one. */
export function pickField(field: Field): Choice | undefined {
  const first = field.type === 'group' && field.pick ? field.fields[0] : undefined;
  return first?.type === 'choice' ? first : undefined;
}

/** First answers given more than once in a pick group's rows ("family"), each named once. */
export function duplicateRows(field: Field, value: unknown): string[] {
  const first = pickField(field);
  if (!first || !Array.isArray(value)) return [];
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const row of value) {
    if (!isRecord(row) || row[first.id] === undefined) continue;
    const k = key(row[first.id]);
    if (seen.has(k)) twice.add(String(row[first.id]));
    seen.add(k);
  }
  return [...twice];
}

/** The one-line problem with a pick group's value that repeats a first answer, or undefined. */
export function repeatedRowsProblem(field: Field, value: unknown): string | undefined {
  const twice = duplicateRows(field, value);
  if (twice.length === 0) return undefined;
  return `${field.id}: ${twice.map((v) => `"${v}"`).join(', ')} given more than once; each ${field.type === 'group' ? (field.itemLabel ?? 'row') : 'row'} can be given once`;
}

export async function askPickedRows(
  field: Group,
  first: Choice,
  path: string,
  prompter: Prompter,
  prior: AnswerValue | undefined,
  labelOf: (text: string) => string,
  askSub: AskSub,
  onRows?: (rows: AnswerValue[]) => void,
): Promise<AnswerValue[]> {
  const priorRows = (Array.isArray(prior) ? prior : []).filter(isRecord<AnswerValue>);
  const values = first.choices.map(choiceValue);
  const labels = new Map(first.choices.map((c) => [choiceValue(c), labelOf(choiceLabel(c))]));
  const before = priorRows.map((r) => r[first.id]).filter((v): v is string => typeof v === 'string');
  const min = field.min ?? 0;
  const noun = field.itemLabel ?? 'item';
  let picked: string[] = [];
  for (;;) {
    const ticked = await prompter.multiselect({
      name: `${path}.${first.id}`,
      field: field.id,
      message: `${labelOf(field.label)} (Space ticks, Enter goes on)`,
      required: min > 0 && !first.other,
      choices: values.map((v) => ({ value: v, label: labels.get(v) ?? v })),
      default: before.filter((v) => values.includes(v)),
    });
    picked = [...ticked];
    if (first.other) picked.push(...(await ownItems(field, first, path, prompter, picked, before.filter((v) => !values.includes(v)), labelOf)));
    if (picked.length < min) prompter.say(`  Please choose at least ${min} ${noun}${min === 1 ? '' : 's'}.`);
    else if (field.max !== undefined && picked.length > field.max) prompter.say(`  Please choose no more than ${field.max}.`);
    else break;
  }
  // Rows kept from before stay in their order; new ones follow, so going through with Enter changes nothing.
  const order = (v: string) => {
    const i = before.findIndex((b) => key(b) === key(v));
    return i >= 0 ? i : before.length + picked.indexOf(v);
  };
  picked.sort((a, b) => order(a) - order(b));
  const rows: AnswerValue[] = [];
  for (const [i, value] of picked.entries()) {
    const rowPrior = priorRows.find((r) => key(r[first.id]) === key(value));
    const row: Answers = { [first.id]: value };
    prompter.say(`  ${labels.get(value) ?? value}`);
    for (const sub of field.fields.slice(1)) {
      if (!whenMatches(sub.when, row)) continue;
      const answer = await askSub(sub, `${path}.${i}.${sub.id}`, rowPrior?.[sub.id]);
      if (!isEmptyAnswer(answer)) row[sub.id] = answer!;
    }
    rows.push(row);
    onRows?.([...rows]);
  }
  return rows;
}

/** Items of one's own, one a line until an empty line; one already on the list is refused, not added twice. */
async function ownItems(field: Group, first: Choice, path: string, prompter: Prompter, picked: string[], before: string[], labelOf: (t: string) => string): Promise<string[]> {
  // A choice typed out (not ticked) counts as that choice, so it is stored as ticking it would store it.
  const listed = new Map(first.choices.flatMap((c) => [[key(choiceValue(c)), choiceValue(c)], [key(labelOf(choiceLabel(c))), choiceValue(c)]] as const));
  const asStored = (v: string) => listed.get(key(v)) ?? v;
  const own = await askLines(prompter, {
    name: `${path}.${first.id}.other`,
    field: field.id,
    message: `Another ${field.itemLabel ?? 'one'} of your own?`,
    // Ones kept from last time are offered again; typing - drops one.
    defaults: before,
    validate: (v, sofar) => ([...picked, ...sofar.map(asStored)].some((x) => key(x) === key(asStored(v))) ? 'That one is on your list already.' : true),
  });
  return own.map(asStored);
}
