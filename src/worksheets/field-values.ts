// What a definition says about an answer, without the schemas: kept apart from definition.ts and
// answers.ts (which build zod schemas) so the Markdown renderer can use them without loading zod.
import type { Choice, Field } from './definition.js';

export function choiceValue(c: Choice): string {
  return typeof c === 'string' ? c : c.value;
}

export function choiceLabel(c: Choice): string {
  return typeof c === 'string' ? c : c.label;
}

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
