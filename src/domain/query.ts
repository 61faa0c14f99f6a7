// Which entries a command works on: the one filter shared by journal, export and progress.
import type { Entry, EntryKind } from './entry.js';

export interface EntryQuery {
  since?: string;
  until?: string;
  point?: number;
  kind?: EntryKind;
  worksheet?: string;
  tag?: string;
  /** Case-insensitive text anywhere in the answers or tags. */
  grep?: string;
}

function textOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return Object.values(value as Record<string, unknown>).map(textOf).join(' ');
  return String(value);
}

/**
 * Whether a text value in `value` holds `needle` (lower case, no space), tested one value at a time as they
 * are met: the same answer as lower-casing all of them joined with spaces, which a spaceless needle cannot span.
 */
function holds(value: unknown, needle: string): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value !== 'object') return String(value).toLowerCase().includes(needle);
  for (const v of Object.values(value as Record<string, unknown>)) if (holds(v, needle)) return true;
  return false;
}

export function matchesQuery(entry: Entry, q: EntryQuery): boolean {
  if (q.since && entry.date < q.since) return false;
  if (q.until && entry.date > q.until) return false;
  if (q.point !== undefined && entry.point !== q.point && entry.answers.point !== String(q.point)) return false;
  if (q.kind && entry.kind !== q.kind) return false;
  if (q.worksheet && entry.worksheet?.id !== q.worksheet) return false;
  if (q.tag && !entry.tags.includes(q.tag)) return false;
  if (q.grep) {
    const needle = q.grep.toLowerCase();
    // A needle with a space may span two values: those are joined, as they always were.
    if (needle.includes(' ')) {
      if (!`${textOf(entry.answers)} ${entry.tags.join(' ')}`.toLowerCase().includes(needle)) return false;
    } else if (!holds(entry.answers, needle) && !holds(entry.tags, needle)) return false;
  }
  return true;
}

/** A query with no filter: every entry is kept. */
export function keepsAll(q: EntryQuery): boolean {
  return !q.since && !q.until && q.point === undefined && !q.kind && !q.worksheet && !q.tag && !q.grep;
}

export function filterEntries(entries: readonly Entry[], q: EntryQuery): Entry[] {
  // A copy either way, as callers may sort what they get; without filters it needs no test per entry.
  return keepsAll(q) ? entries.slice() : entries.filter((e) => matchesQuery(e, q));
}
