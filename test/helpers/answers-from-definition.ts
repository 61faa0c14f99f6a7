// Valid answers made from a worksheet definition's field types alone, so a test fills whatever worksheets
// ship (including ones added later) without an answer written by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays } from '../../src/domain/dates.js';
import { choiceValue, type Field, type LeafField, type WorksheetDefinition } from '../../src/worksheets/definition.js';
import { checkDefinition } from '../../src/worksheets/loader.js';
import { ROOT } from './cli.js';

export function shippedDefinition(id: string): WorksheetDefinition {
  const file = join(ROOT, 'worksheets', `${id}.yaml`);
  const checked = checkDefinition(readFileSync(file, 'utf8'), file);
  if (!checked.ok) throw new Error(checked.problems.join('\n'));
  return checked.definition;
}

type Value = string | number | boolean | string[] | Record<string, unknown>[];

function holds(when: Field['when'], answers: Record<string, unknown>): boolean {
  if (!when) return true;
  const value = answers[when.field];
  if (when.equals !== undefined) return value === when.equals;
  if (when.in !== undefined) return when.in.includes(value as string);
  return value !== when.notEquals;
}

/** A value in range: the middle of min and max, whole when the field wants it. */
function numberFor(f: { min?: number; max?: number }): number {
  const min = f.min ?? 0;
  const max = f.max ?? min + 10;
  return Math.floor((min + max) / 2);
}

function dateFor(f: LeafField & { type: 'date' }, today: string): string {
  const rule = (f as { allow?: string }).allow;
  return rule === 'future' ? addDays(today, 7) : rule === 'past' ? addDays(today, -1) : today;
}

/** One answer for a field; `row` makes the rows of a group differ (the balance pie's areas, say). */
function valueFor(f: Field, today: string, row: number): Value {
  switch (f.type) {
    case 'text':
    case 'longtext':
      return `${f.id} ${row + 1}: a plain answer`;
    case 'number':
    case 'scale':
      return numberFor(f);
    case 'boolean':
      return true;
    case 'choice':
      return choiceValue(f.choices[row % f.choices.length]!);
    case 'multichoice':
      return f.choices.length > 0 ? [choiceValue(f.choices[row % f.choices.length]!)] : [`${f.id} ${row + 1}`];
    case 'list':
      return Array.from({ length: Math.min(Math.max(f.min ?? 0, 2), f.max ?? 2) }, (_, i) => `${f.id} item ${i + 1}`);
    case 'date':
      return dateFor(f, today);
    case 'group': {
      // As many rows as the first choice offers (every area of the balance pie), within min and max.
      const choices = f.fields.find((s) => s.type === 'choice');
      const wanted = choices?.type === 'choice' ? choices.choices.length : 3;
      const rows = Math.max(f.min ?? 0, Math.min(wanted, f.max ?? wanted));
      return Array.from({ length: rows }, (_, i) => fill(f.fields, today, i));
    }
  }
}

function fill(fields: readonly Field[], today: string, row: number): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const f of fields) if (holds(f.when, answers)) answers[f.id] = valueFor(f, today, row);
  return answers;
}

/** Answers for every field of the definition whose `when` holds, valid by its types and ranges. */
export function answersFor(def: WorksheetDefinition, today: string): Record<string, unknown> {
  return fill(def.fields, today, 0);
}
