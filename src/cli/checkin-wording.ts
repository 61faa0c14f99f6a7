// A check-in for an earlier day asks about that day: "How was your mood yesterday?", not "today".
// Only the questions change; the stored definition (and so the export) stays as it is.
import { addDays, weekday } from '../domain/dates.js';
import type { WorksheetDefinition } from '../worksheets/definition.js';

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** "today", "yesterday", or "Friday 2026-11-20". */
export function dayName(date: string, today: string): string {
  if (date === today) return 'today';
  if (date === addDays(today, -1)) return 'yesterday';
  return `${WEEKDAY_NAMES[weekday(date)]} ${date}`;
}

export function reword(text: string, date: string, today: string): string {
  if (date === today) return text;
  const name = dayName(date, today);
  const on = name === 'yesterday' ? name : `on ${name}`;
  return text
    .replace(/\bfor today\b/g, `for ${name}`)
    .replace(/\btoday\b/g, on)
    .replace(/\bHow is\b/g, 'How was');
}

export function forDay(def: WorksheetDefinition, date: string, today: string): WorksheetDefinition {
  if (date === today) return def;
  return {
    ...def,
    intro: def.intro ? `${def.intro.trim()} This one is about ${dayName(date, today)}.` : def.intro,
    fields: def.fields.map((f) => ({ ...f, label: reword(f.label, date, today) })),
  };
}
