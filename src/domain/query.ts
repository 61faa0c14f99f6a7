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

export function matchesQuery(entry: Entry, q: EntryQuery): boolean {
  if (q.since && entry.date < q.since) return false;
  if (q.until && entry.date > q.until) return false;
  if (q.point !== undefined && entry.point !== q.point && entry.answers.point !== String(q.point)) return false;
  if (q.kind && entry.kind !== q.kind) return false;
  if (q.worksheet && entry.worksheet?.id !== q.worksheet) return false;
  if (q.tag && !entry.tags.includes(q.tag)) return false;
  if (q.grep) {
    const needle = q.grep.toLowerCase();
    if (!`${textOf(entry.answers)} ${entry.tags.join(' ')}`.toLowerCase().includes(needle)) return false;
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
