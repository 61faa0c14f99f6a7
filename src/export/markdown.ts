// Markdown export: a document with a title and the period, a heading per month and per day, and each
// entry drawn by its worksheet's renderer. Every heading is unique, so markdownlint's MD024 holds.
import { localDay } from '../domain/dates.js';
import type { Entry } from '../domain/entry.js';
import type { WorksheetDefinition } from '../worksheets/definition.js';
import { pushEntryBody } from '../worksheets/markdown.js';
import { inline } from '../worksheets/markdown-text.js';
import { layoutLines, layoutMarkdown, WIDE_TABLES_NOTE, type Layout } from './markdown-layout.js';
import type { ExportData, Exporter } from './registry.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A day (YYYY-MM-DD) as "Monday, 23 November 2026". Read by position: one call per day of the journal. */
export function longDay(day: string): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[weekday]}, ${d} ${MONTHS[m - 1]} ${y}`;
}

export function longMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}

/** A name cut to 40 characters once escaped, or '' if nothing is left of it. */
function headingName(source: string): string {
  const name = Array.from(source.trim());
  // Cut before escaping, so an escape is never split; shorten until the escaped name fits.
  for (let keep = Math.min(name.length, 40); keep > 0; keep--) {
    const escaped = inline(name.slice(0, keep).join(''));
    if (escaped.length <= 40) return escaped;
  }
  return '';
}

function nameSource(def: WorksheetDefinition | undefined, entry: Entry): string {
  return def?.title ?? entry.worksheet?.id ?? entry.kind;
}

/** The entry's name as a heading: its worksheet's title, escaped and cut short (a heading never wraps). */
export function entryName(data: Pick<ExportData, 'definitionFor'>, entry: Entry): string {
  return headingName(nameSource(data.definitionFor(entry), entry)) || entry.kind;
}

/** The first `count` characters (code points) of a text; a slice when no surrogate pair can be cut. */
function firstCodePoints(text: string, count: number): string {
  for (let i = 0; i < count && i < text.length; i++) {
    // A surrogate (half of an emoji, say) makes code points and UTF-16 units differ: count properly.
    if ((text.charCodeAt(i) & 0xf800) === 0xd800) return Array.from(text).slice(0, count).join('');
  }
  return text.slice(0, count);
}

export function shortId(id: string): string {
  return firstCodePoints(id.trim(), 8);
}

function period(data: ExportData): string {
  const first = data.query.since ?? data.entries[0]?.date;
  const last = data.query.until ?? data.entries[data.entries.length - 1]?.date;
  const count = `${data.entries.length} ${data.entries.length === 1 ? 'entry' : 'entries'}`;
  const range = first && last ? `From ${longDay(first)} to ${longDay(last)}: ${count}.` : 'No entries in this period.';
  return `${range} Exported on ${longDay(localDay(data.exportedAt))}.`;
}

/** A laid-out document, with the note for markdownlint when it holds a table too wide to wrap. */
function withTablesNote({ text, wideTable }: Layout): string {
  return wideTable ? `${text}\n${WIDE_TABLES_NOTE}\n` : text;
}

export function finish(markdown: string): string {
  return withTablesNote(layoutMarkdown(markdown));
}

/**
 * Days are YYYY-MM-DD (the store checks them, as the query filters assume), so comparing them as
 * strings orders them as localeCompare would, without first loading ICU's collator (about 8 ms).
 */
function byDate(a: Entry, b: Entry): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : 0;
}

/**
 * Oldest first; sort is stable, so entries of one day keep the store's order. A store already gives
 * them in that order, and checking costs one comparison per entry rather than a sort's many.
 */
function sortedByDate(entries: readonly Entry[]): readonly Entry[] {
  for (let i = 1; i < entries.length; i++) {
    if (byDate(entries[i - 1]!, entries[i]!) > 0) return [...entries].sort(byDate);
  }
  return entries;
}

/**
 * The journal in pieces, written as they are made so a long journal never sits in memory twice.
 * Each piece (an entry, with the month's and day's headings before it when they change) is laid out
 * on its own; pieces are separated by one blank line, which is what laying out the whole document at
 * once would give.
 */
export function writeJournal(data: ExportData, emit: (chunk: string) => void): void {
  let wideTable = false;
  const piece = (lines: string[], first = false) => {
    const layout = layoutLines(lines);
    wideTable ||= layout.wideTable;
    emit(first ? layout.text : `\n${layout.text}`);
  };
  piece(['# fourpoint journal', '', period(data)], true);
  // How many entries share a heading so far: a later one gets " 2", " 3" (MD024 wants headings unique).
  const seen = new Map<string, number>();
  // Entries of one worksheet share a name: escape and cut it once.
  const names = new Map<string, string>();
  let month = '';
  let day = '';
  for (const entry of sortedByDate(data.entries)) {
    const lines: string[] = [];
    if (entry.date.slice(0, 7) !== month) {
      month = entry.date.slice(0, 7);
      lines.push(`## ${longMonth(month)}`, '');
    }
    if (entry.date !== day) {
      day = entry.date;
      lines.push(`### ${longDay(day)}`, '');
    }
    const def = data.definitionFor(entry);
    const source = nameSource(def, entry);
    let name = names.get(source);
    if (name === undefined) names.set(source, (name = headingName(source)));
    // Every base ends in ")", so a numbered heading can never equal another entry's base.
    const base = `#### ${name || entry.kind} (${inline(shortId(entry.id)) || 'entry'})`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    lines.push(n === 1 ? base : `${base} ${n}`, '');
    pushEntryBody(lines, def, entry);
    piece(lines);
  }
  if (wideTable) emit(`\n${WIDE_TABLES_NOTE}\n`);
}

export function renderJournal(data: ExportData): string {
  const chunks: string[] = [];
  writeJournal(data, (c) => chunks.push(c));
  return chunks.join('');
}

/** One entry as a document of its own (for --split). */
export function renderEntryDocument(data: Pick<ExportData, 'definitionFor'>, entry: Entry): string {
  const lines = [`# ${entryName(data, entry)}, ${longDay(entry.date)}`, ''];
  pushEntryBody(lines, data.definitionFor(entry), entry);
  return withTablesNote(layoutLines(lines));
}

export const markdownExporter: Exporter = {
  format: 'md',
  description: 'a readable document, by month and day, to keep or to share',
  render: renderJournal,
  write: writeJournal,
};
