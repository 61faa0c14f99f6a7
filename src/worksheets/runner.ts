// The runner: asks a definition's fields through a Prompter and returns validated answers.
import { UsageError } from '../errors.js';
import type { Answers, AnswerValue } from '../domain/entry.js';
import { isRecord } from '../domain/records.js';
import { dayRuleProblem, parseDay } from '../domain/dates.js';
import { dateRuleProblems } from './date-rules.js';
import type { Profile } from '../domain/profile.js';
import type { ChoiceOption, Prompter } from '../prompts/prompter.js';
import { fillTemplate, reflow, templatedDefinition } from './template.js';
import { isEmptyAnswer, whenMatches } from './answer-rules.js';
import { quickAnswers, quickFieldValue } from './answers-quick.js';
import { choiceLabel, choiceValue } from './choices.js';
import { askLines, listHint } from '../prompts/lines.js';
import { askPickedRows, duplicateRows, pickField, repeatedRowsProblem, type AskSub } from './pick-rows.js';
import type { Field, LeafField, WorksheetDefinition } from './definition.js';

export interface RunContext {
  today: string;
  profile?: Profile;
  /** Answers already given (flags, an answers file, a resumed draft): not asked again. */
  preset?: Answers;
  /** Earlier answers offered as defaults when revisiting a worksheet. */
  defaults?: Answers;
  /** Earlier free-text answers offered as choices, by field id (multichoice with remember). */
  remembered?: Record<string, string[]>;
  /**
   * Called after every answer, so a draft can be kept. While a list or group is being filled it is
   * called after each row too, with that field's id as `inProgress` (its rows so far are in answers).
   */
  onAnswer?: (answers: Answers, inProgress?: string) => void;
  /**
   * Lays answers out for reading at a terminal: all of them, or only `fields`. Called with a render hint's
   * fields before the question it names in showBefore (the CBA's four boxes before its conclusion), and
   * with `sofar` before the first question.
   */
  show?: (answers: Answers, fields?: readonly string[]) => void;
  /** Answers given before this run that the person should see first: a draft picked up again. */
  sofar?: Answers;
}

/** Typed by a person to clear an answer that has an earlier one as its default. */
export const CLEAR = '-';
const OTHER = '\u0000other';
const SKIP = '\u0000skip';

export async function runWorksheet(definition: WorksheetDefinition, prompter: Prompter, ctx: RunContext): Promise<Answers> {
  // Every text shown (intro, labels, help, choices) with {behaviour} filled in, as `worksheet show` prints it.
  const def = templatedDefinition(definition, ctx.profile, ctx.today);
  const preset = ctx.preset ?? {};
  await checkPreset(def, preset);
  const answers: Answers = {};
  if (def.intro && prompter.interactive) prompter.say(reflow(def.intro.trim()));
  const show = prompter.interactive ? ctx.show : undefined;
  if (show && ctx.sofar && Object.keys(ctx.sofar).length > 0) show(ctx.sofar);
  for (const field of def.fields) {
    if (!whenMatches(field.when, answers)) continue;
    if (preset[field.id] !== undefined) {
      answers[field.id] = preset[field.id]!;
      continue;
    }
    const table = show ? tableBefore(def, field.id) : undefined;
    if (table && table.some((id) => answers[id] !== undefined)) show!(answers, table);
    const onRows = (rows: AnswerValue[]) => ctx.onAnswer?.({ ...answers, [field.id]: rows }, field.id);
    const value = await askField(field, field.id, field.id, prompter, ctx, ctx.defaults?.[field.id], ctx.defaults !== undefined, onRows);
    if (!isEmptyAnswer(value)) answers[field.id] = value!;
    ctx.onAnswer?.({ ...answers });
  }
  const valid = await validAnswers(def, answers);
  // Dates given by flags, answers files or drafts keep their field's rule as typed ones do.
  const problems = dateRuleProblems(def.fields, valid, ctx.today, ctx.defaults);
  if (problems.length > 0) throw new UsageError(problems.join('; '));
  return valid;
}

/** The fields a render hint draws as one table, when the hint asks to be shown before `fieldId`. */
function tableBefore(def: WorksheetDefinition, fieldId: string): string[] | undefined {
  const { grid, bars } = def.render ?? {};
  if (grid?.showBefore === fieldId) return grid.rows.flatMap((r) => r.cells);
  if (bars?.showBefore === fieldId) return [bars.field];
  return undefined;
}

/**
 * The answers as the definition's zod schema returns them. The quick check (answers-quick.ts) vouches for
 * good answers without loading zod; anything it is not sure of goes to zod, which names the problems.
 */
async function validAnswers(def: WorksheetDefinition, answers: Answers): Promise<Answers> {
  const quick = quickAnswers(def.fields, answers);
  if (quick) return quick;
  const { answersSchema, formatIssues } = await import('./answers.js');
  const parsed = answersSchema(def).safeParse(answers);
  if (!parsed.success) throw new UsageError(formatIssues(parsed.error).join('; '));
  return parsed.data;
}

/** Given answers are checked before anything is asked, so a bad flag fails fast. */
async function checkPreset(def: WorksheetDefinition, preset: Answers): Promise<void> {
  const known = new Set(def.fields.map((f) => f.id));
  const unknown = Object.keys(preset).filter((k) => !known.has(k));
  if (unknown.length > 0) throw new UsageError(`${def.id} has no field ${unknown.map((k) => `"${k}"`).join(', ')}`, `see its fields: fourpoint worksheet show ${def.id}`);
  for (const field of def.fields) {
    const value = preset[field.id];
    const repeated = repeatedRowsProblem(field, value);
    if (repeated) throw new UsageError(repeated);
    if (value === undefined || quickFieldValue(field, value) !== undefined) continue;
    const { fieldValueSchema, formatIssues } = await import('./answers.js');
    const result = fieldValueSchema(field).safeParse(value);
    if (!result.success) throw new UsageError(formatIssues(result.error, field.id).join('; '));
  }
}

function templated(value: string, ctx: RunContext): string {
  return fillTemplate(value, ctx.profile, ctx.today);
}

function labelOf(field: Field | LeafField, ctx: RunContext): string {
  return templated(field.label, ctx);
}

async function askField(
  field: Field | LeafField,
  path: string,
  top: string,
  prompter: Prompter,
  ctx: RunContext,
  prior: AnswerValue | undefined,
  /**
   * Earlier answers are being gone through (an edit, an update, a revisit): a question left unanswered
   * then keeps no answer when Enter is pressed (cursor on Skip, no default filled in), so Enter through
   * every question changes nothing.
   */
  revisiting: boolean,
  onRows?: (rows: AnswerValue[]) => void,
): Promise<AnswerValue | undefined> {
  const base = { name: path, field: top, message: labelOf(field, ctx), help: field.help, required: field.required };
  if (field.help && prompter.interactive && field.type !== 'group') prompter.say(`  ${templated(field.help, ctx)}`);
  const rawDefault = 'default' in field && !(revisiting && prior === undefined) ? field.default : undefined;
  const fieldDefault = typeof rawDefault === 'string' ? templated(rawDefault, ctx) : rawDefault;
  const clearable = (v: string | undefined) => (v === CLEAR ? undefined : v);
  // Rows and lists are asked one item at a time, so the whole earlier answer is shown first.
  if (prior !== undefined && prompter.interactive && Array.isArray(prior) && prior.length > 0 && path === top) prompter.say(`  last time: ${priorSummary(field, prior)}`);
  switch (field.type) {
    case 'text':
      return clearable(await prompter.text({ ...base, default: str(prior) ?? (fieldDefault as string | undefined) }));
    case 'longtext':
      return clearable(await prompter.longtext({ ...base, default: str(prior) ?? (fieldDefault as string | undefined) }));
    case 'number':
      return prompter.number({ ...base, default: num(prior) ?? (fieldDefault as number | undefined), min: field.min, max: field.max, integer: field.integer });
    case 'scale': {
      const ends = field.labels ? `: ${field.min} ${field.labels[0]}, ${field.max} ${field.labels[1]}` : ` ${field.min}-${field.max}`;
      return prompter.number({ ...base, message: `${base.message} (${ends.trim().replace(/^:\s*/, '')})`, default: num(prior) ?? (fieldDefault as number | undefined), min: field.min, max: field.max, integer: true });
    }
    case 'boolean':
      if (revisiting && prior === undefined && !field.required && prompter.interactive) {
        const picked = await prompter.select({ ...base, default: SKIP, choices: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }, { value: SKIP, label: 'Skip' }] });
        return picked === 'yes' ? true : picked === 'no' ? false : undefined;
      }
      return prompter.confirm({ ...base, default: typeof prior === 'boolean' ? prior : (fieldDefault as boolean | undefined) });
    case 'date': {
      const text = await prompter.text({
        ...base,
        default: str(prior) ?? (str(fieldDefault) || (field.required ? ctx.today : undefined)),
        validate: (v) => {
          const day = parseDay(v, ctx.today);
          if (!day) return 'Please type a date such as 2026-11-23, today, yesterday or last monday.';
          // An earlier answer kept as it is stays allowed (a review date that has since passed).
          const problem = day === str(prior) ? undefined : dayRuleProblem(day, field.allow, ctx.today);
          return problem ? `${day} ${problem}.` : true;
        },
      });
      return text === undefined ? undefined : parseDay(text, ctx.today);
    }
    case 'choice': {
      const choices: ChoiceOption[] = field.choices.map((c) => ({ value: choiceValue(c), label: choiceLabel(c) }));
      if (field.other) choices.push({ value: OTHER, label: 'Something else…' });
      if (!field.required) choices.push({ value: SKIP, label: 'Skip' });
      const known = choices.some((c) => c.value === prior);
      const unanswered = revisiting && prior === undefined && !field.required ? SKIP : str(fieldDefault);
      const picked = await prompter.select({ ...base, choices, default: known ? str(prior) : prior !== undefined && field.other ? OTHER : unanswered });
      if (picked === SKIP || picked === '') return undefined;
      if (picked === OTHER) return prompter.text({ ...base, name: `${path}.other`, message: 'In your own words:', required: true, default: known ? undefined : str(prior) });
      return picked;
    }
    case 'multichoice': {
      // Answers used lately come first (most recent first), then the definition's other choices.
      const values = [...(ctx.remembered?.[field.id] ?? []), ...field.choices.map(choiceValue)];
      const unique = [...new Set(values)];
      const labels = new Map(field.choices.map((c) => [choiceValue(c), choiceLabel(c)]));
      const before = Array.isArray(prior) ? prior.map(String) : (fieldDefault as string[] | undefined);
      let chosen: string[] = [];
      if (unique.length > 0) {
        chosen = await prompter.multiselect({
          ...base,
          required: field.required && !field.other,
          choices: unique.map((v) => ({ value: v, label: labels.get(v) ?? v })),
          default: before?.filter((v) => unique.includes(v)),
        });
      }
      if (field.other) {
        // Earlier answers that are not among the choices are offered here, so revisiting never drops them.
        const leftover = before?.filter((v) => !unique.includes(v)) ?? [];
        const needOne = field.required && chosen.length === 0;
        const extra = await askLines(prompter, {
          ...base,
          name: `${path}.other`,
          // Never "Enter to finish" when an answer is still needed: that would contradict the check that follows.
          message: unique.length === 0 ? base.message : needOne ? 'Nothing was chosen above, and this needs an answer: type it in your own words' : 'Anything else?',
          min: needOne ? 1 : 0,
          defaults: leftover,
        });
        chosen.push(...extra);
      }
      return [...new Set(chosen)];
    }
    case 'list':
      return askRows(field, onRows, async (i) => {
        const itemPrior = Array.isArray(prior) ? str(prior[i]) : undefined;
        return clearable(
          await prompter.text({
            ...base,
            name: `${path}.${i}`,
            message: `${base.message} (${listHint(i, i < (field.min ?? 0))})`,
            required: i < (field.min ?? 0),
            default: itemPrior,
          }),
        );
      });
    case 'group': {
      const first = pickField(field);
      // Rows saved before picking was a rule may repeat an area: those are gone through row by row, so none is lost.
      if (first && prompter.interactive && duplicateRows(field, prior).length === 0) {
        if (field.help) prompter.say(`  ${templated(field.help, ctx)}`);
        const askSub: AskSub = (sub, subPath, subPrior) => askField(sub, subPath, top, prompter, ctx, subPrior, subPrior !== undefined);
        return askPickedRows(field, first, path, prompter, prior, (t) => templated(t, ctx), askSub, onRows);
      }
      // The rows' own questions ("Item") do not say which group they belong to, so the group's question comes first.
      if (prompter.interactive) prompter.say(field.help ? `${base.message}\n  ${templated(field.help, ctx)}` : base.message);
      return askRows(field, onRows, async (i) => {
        const rowPrior = Array.isArray(prior) && isRecord<AnswerValue>(prior[i]) ? prior[i] : undefined;
        const row: Answers = {};
        const noun = field.itemLabel ?? 'item';
        if (prompter.interactive) prompter.say(`  ${capitalise(noun)} ${i + 1}${i >= (field.min ?? 0) ? ` (${rowsEndHint(field.fields[0])})` : ''}`);
        for (const [j, sub] of field.fields.entries()) {
          if (!whenMatches(sub.when, row)) continue;
          const subRequired = j === 0 ? i < (field.min ?? 0) : sub.required;
          // The first answer of a row that may be left out ends the rows when Enter is pressed, so it offers no
          // default (a choice's cursor starts on Skip): otherwise Enter would add row after row.
          const endsRows = j === 0 && !subRequired;
          const value = await askField({ ...sub, required: subRequired }, `${path}.${i}.${sub.id}`, top, prompter, ctx, rowPrior?.[sub.id], rowPrior !== undefined || endsRows);
          if (j === 0 && isEmptyAnswer(value)) return undefined;
          if (!isEmptyAnswer(value)) row[sub.id] = value!;
        }
        return row;
      });
    }
  }
}

async function askRows<T extends AnswerValue>(field: { max?: number }, onRows: ((rows: T[]) => void) | undefined, askRow: (i: number) => Promise<T | undefined>): Promise<T[]> {
  const rows: T[] = [];
  for (let i = 0; field.max === undefined || i < field.max; i++) {
    const row = await askRow(i);
    if (row === undefined) break;
    rows.push(row);
    onRows?.([...rows]);
  }
  return rows;
}

/** How a row that may be left out is declined: its first question left empty, or Skip where it is a choice. */
function rowsEndHint(first: LeafField | undefined): string {
  return first?.type === 'choice' ? 'another, or choose Skip to finish' : listHint(1, false);
}

function priorSummary(field: Field | LeafField, prior: AnswerValue[]): string {
  const first = field.type === 'group' ? field.fields[0]?.id : undefined;
  return prior.map((item) => (first && isRecord<AnswerValue>(item) ? str(item[first]) ?? '' : str(item) ?? '')).filter(Boolean).join('; ');
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;
}
function num(v: unknown): number | undefined {
  return typeof v === 'number' ? v : undefined;
}
function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
