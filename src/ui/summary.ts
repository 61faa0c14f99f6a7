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

/** A short line about any entry: the check-in's numbers, or a worksheet's first answer. */
export function describeEntry(entry: Entry, def: WorksheetDefinition | undefined): string {
  if (entry.kind === 'checkin') return describeCheckin(entry.answers);
  if (entry.kind === 'urge') return describeUrge(entry.answers);
  if (entry.kind === 'milestone') return `${String(entry.answers.days)} ${entry.answers.days === 1 ? 'day' : 'days'} on track`;
  if (!def) return `${Object.keys(entry.answers).length} answers`;
  for (const field of def.fields) {
    const value = entry.answers[field.id];
    if (value === undefined) continue;
    const text = field.type === 'group' && Array.isArray(value) ? `${value.length} ${field.itemLabel ?? 'item'}${value.length === 1 ? '' : 's'}` : formatValue(field, value);
    const flat = text.replace(/\s+/g, ' ');
    return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
  }
  return '';
}
