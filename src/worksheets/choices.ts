// Small helpers over a definition's fields, kept apart from definition.ts: that module builds the zod
// schema of the definition format when it loads, which a check-in (reading a precompiled definition)
// never needs.
import type { Choice, WorksheetDefinition } from './definition.js';

/** Worksheets a person fills with `worksheet fill` and sees in `worksheet list` (the urge log included). */
export function isListedWorksheet(def: WorksheetDefinition): boolean {
  return !def.hidden && (def.kind === 'worksheet' || def.kind === 'urge');
}

export function choiceValue(c: Choice): string {
  return typeof c === 'string' ? c : c.value;
}
export function choiceLabel(c: Choice): string {
  return typeof c === 'string' ? c : c.label;
}
