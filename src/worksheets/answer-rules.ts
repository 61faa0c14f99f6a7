// The rules about answers that do not need zod: when a field applies, what counts as no answer, and
// dropping answers whose field no longer applies. answers.ts builds the zod schema on top of them.
import type { Answers } from '../domain/entry.js';
import type { Field } from './definition.js';

type When = NonNullable<Field['when']>;

/** The answer is x, or holds x when it is a list. */
function has(value: unknown, x: unknown): boolean {
  return Array.isArray(value) ? value.includes(x) : value === x;
}

// Asked for every field of every entry an export draws, so it makes no closure.
export function whenMatches(when: When | undefined, answers: Record<string, unknown>): boolean {
  if (!when) return true;
  const value = answers[when.field];
  if (when.equals !== undefined && !has(value, when.equals)) return false;
  if (when.in !== undefined && !when.in.some((x) => has(value, x))) return false;
  if (when.notEquals !== undefined && has(value, when.notEquals)) return false;
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
