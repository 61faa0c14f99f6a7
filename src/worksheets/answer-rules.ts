// The rules about answers that do not need zod: when a field applies, what counts as no answer, and
// dropping answers whose field no longer applies. answers.ts builds the zod schema on top of them.
import type { Answers } from '../domain/entry.js';
import type { Field } from './definition.js';

type When = NonNullable<Field['when']>;

export function whenMatches(when: When | undefined, answers: Record<string, unknown>): boolean {
  if (!when) return true;
  const value = answers[when.field];
  const has = (x: unknown) => (Array.isArray(value) ? value.includes(x) : value === x);
  if (when.equals !== undefined && !has(when.equals)) return false;
  if (when.in !== undefined && !when.in.some(has)) return false;
  if (when.notEquals !== undefined && has(when.notEquals)) return false;
  return true;
}

export function isEmptyAnswer(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Drops answers to fields whose `when` no longer holds (after an edit changed the answer they hang on). */
export function pruneAnswers(fields: readonly Field[], answers: Answers): Answers {
  const out: Answers = {};
  for (const f of fields) {
    if (answers[f.id] !== undefined && whenMatches(f.when, answers)) out[f.id] = answers[f.id]!;
  }
  return out;
}
