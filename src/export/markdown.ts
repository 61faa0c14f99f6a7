// Markdown export: a document with a title and the period, a heading per month and per day, and each
// entry drawn by its worksheet's renderer. Every heading is unique, so markdownlint's MD024 holds.
import { localDay, weekday } from '../domain/dates.js';
import type { Entry } from '../domain/entry.js';
import type { WorksheetDefinition } from '../worksheets/definition.js';
import { kindName, pushEntryBody } from '../worksheets/markdown.js';
import { inline } from '../worksheets/markdown-text.js';
import { LaidOut, layoutLines, layoutMarkdown, WIDE_TABLES_NOTE, type Layout } from './markdown-layout.js';
import { HeadingCounts } from './heading-counts.js';
import type { ExportData, Exporter, Period } from './registry.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A day (YYYY-MM-DD) as "Monday, 23 November 2026". Read by position: one call per day of the journal. */
export function longDay(day: string): string {
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  return `${WEEKDAYS[weekday(day)]}, ${d} ${MONTHS[m - 1]} ${y}`;
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
  return def?.title ?? entry.worksheet?.id ?? kindName(entry.kind);
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

/** A letter or digit: an id whose first eight are these needs no escaping or trimming. */
function isAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/** The short id as a heading shows it, escaped; ids made here (UUIDs) take the quick way. */
function headingId(id: string): string {
  let plain = id.length >= 8;
  for (let i = 0; plain && i < 8; i++) plain = isAlnum(id.charCodeAt(i));
  return plain ? id.slice(0, 8) : inline(shortId(id)) || 'entry';
}

function periodLine(period: Period, data: Pick<ExportData, 'query' | 'exportedAt'>): string {
  const first = data.query.since ?? period.first;
  const last = data.query.until ?? period.last;
  const count = `${period.count} ${period.count === 1 ? 'entry' : 'entries'}`;
  const range = first && last ? `From ${longDay(first)} to ${longDay(last)}: ${count}.` : 'No entries in this period.';
  return `${range} Exported on ${longDay(localDay(data.exportedAt))}.`;
}

/** The title and the period, the first piece of the document. */
export function journalTitle(period: Period, data: Pick<ExportData, 'query' | 'exportedAt'>): string {
  return layoutLines(['# fourpoint journal', '', periodLine(period, data)]).text;
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
 * The journal's entries in pieces, oldest first, as they are added: an entry, with the month's and day's
 * headings before it when they change. Each piece is laid out on its own and begins with the blank line
 * that separates it from the one before, which is what laying out the whole document at once would give.
 */
export class JournalBody {
  // Each entry is laid out as its lines arrive, then taken as one piece.
  private readonly laid = new LaidOut();
  private readonly headings = new HeadingCounts();
  // Entries of one worksheet share a name: escape and cut it once.
  private readonly names = new Map<string, string>();
  private month = '';
  private day = '';

  constructor(
    private readonly definitionFor: ExportData['definitionFor'],
    private readonly emit: (chunk: string) => void,
  ) {}

  add(entries: readonly Entry[]): void {
    const sorted = sortedByDate(entries);
    for (const entry of sorted) this.addEntry(entry);
  }

  private addEntry(entry: Entry): void {
    const lines = this.laid;
    // A month only changes with the day.
    if (entry.date !== this.day) {
      const month = entry.date.slice(0, 7);
      if (month !== this.month) {
        this.month = month;
        lines.heading(`## ${longMonth(month)}`);
      }
      this.day = entry.date;
      lines.heading(`### ${longDay(this.day)}`);
    }
    const def = this.definitionFor(entry);
    const source = nameSource(def, entry);
    let escaped = this.names.get(source);
    if (escaped === undefined) this.names.set(source, (escaped = headingName(source)));
    const name = escaped || entry.kind;
    const id = headingId(entry.id);
    const n = this.headings.count(name, id);
    // Every heading without a number ends in ")", so a numbered one can never equal another entry's.
    lines.heading(n === 1 ? `#### ${name} (${id})` : `#### ${name} (${id}) ${n}`);
    pushEntryBody(lines, def, entry);
    this.emit(`\n${lines.take()}`);
  }

  /** The note for markdownlint, if a wide table was drawn: the document's last piece. */
  end(): void {
    if (this.laid.wideTable) this.emit(`\n${WIDE_TABLES_NOTE}\n`);
  }
}

/**
 * The journal in pieces: the title (which says how many entries there are, so the period is asked for
 * first), then a piece per batch. Each batch can be let go once drawn, so years of entries are never all
 * alive at once, and the document is never whole in memory.
 */
export function* journalPieces(data: ExportData): Generator<string> {
  yield journalTitle(data.period(), data);
  const drawn: string[] = [];
  const body = new JournalBody(data.definitionFor, (piece) => drawn.push(piece));
  for (const batch of data.batches) {
    body.add(batch);
    if (drawn.length > 0) yield drawn.splice(0).join('');
  }
  body.end();
  if (drawn.length > 0) yield drawn.join('');
}

/** One entry as a document of its own (for --split). */
export function renderEntryDocument(data: Pick<ExportData, 'definitionFor'>, entry: Entry): string {
  const laid = new LaidOut();
  laid.push(`# ${entryName(data, entry)}, ${longDay(entry.date)}`, '');
  pushEntryBody(laid, data.definitionFor(entry), entry);
  return withTablesNote({ text: laid.take(), wideTable: laid.wideTable });
}

export const markdownExporter: Exporter = {
  format: 'md',
  description: 'a readable document, by month and day, to keep or to share',
  pieces: journalPieces,
};
