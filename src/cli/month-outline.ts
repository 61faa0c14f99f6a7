// What each month holds, in outline (cache/outline.json): how many entries, their first and last days and
// which worksheets or kinds. A whole-history command that must say something about all of its entries
// before the first (the export's title, the list's title column) reads these rather than every month twice.
import { monthOf } from '../domain/dates.js';
import type { Entry } from '../domain/entry.js';
import type { EntryRange } from '../store/store.js';
import type { SummaryKind } from '../store/summaries.js';
import type { App } from './context.js';

export interface Outline {
  count: number;
  first?: string;
  last?: string;
  /** "w:<worksheet id>" or "k:<kind>" for each kind of entry the month holds: what names its title. */
  keys: string[];
}

/** What an entry's title is made from (its worksheet, else its kind). */
export const titleKey = (e: Entry): string => (e.worksheet ? `w:${e.worksheet.id}` : `k:${e.kind}`);

const isOutline = (raw: unknown): raw is Outline =>
  typeof raw === 'object' && raw !== null && typeof (raw as Outline).count === 'number' && Array.isArray((raw as Outline).keys);

export const outlineOf = (entries: readonly Entry[]): Outline => ({
  count: entries.length,
  first: entries[0]?.date,
  last: entries.at(-1)?.date,
  keys: [...new Set(entries.map(titleKey))],
});

export const MONTH_OUTLINE: SummaryKind<Outline> = {
  name: 'outline',
  format: 1,
  summarize: outlineOf,
  toJson: (outline) => outline,
  fromJson: (raw) => (isOutline(raw) ? raw : undefined),
};

/** The outlines of the months a range touches, oldest first. */
export function outlines(app: App, range: EntryRange): Outline[] {
  const from = range.since && monthOf(range.since);
  const to = range.until && monthOf(range.until);
  return app.store.summaries(MONTH_OUTLINE, (month) => !(from && month < from) && !(to && month > to));
}
