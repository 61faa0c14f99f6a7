// Markdown export: a document with a title and the period, a heading per month and per day, and each
// entry drawn by its worksheet's renderer. Every heading is unique, so markdownlint's MD024 holds.
import { localDay } from '../domain/dates.js';
import type { Entry } from '../domain/entry.js';
import { renderEntry } from '../worksheets/markdown.js';
import { inline } from '../worksheets/markdown-text.js';
import { layoutMarkdown, WIDE_TABLES_NOTE } from './markdown-layout.js';
import type { ExportData, Exporter } from './registry.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export function longDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${WEEKDAYS[weekday]}, ${d} ${MONTHS[m - 1]} ${y}`;
}

export function longMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTHS[m - 1]} ${y}`;
}

/** The entry's name as a heading: its worksheet's title, escaped and cut short (a heading never wraps). */
export function entryName(data: Pick<ExportData, 'definitionFor'>, entry: Entry): string {
  const name = Array.from((data.definitionFor(entry)?.title ?? entry.worksheet?.id ?? entry.kind).trim());
  // Cut before escaping, so an escape is never split; shorten until the escaped name fits.
  for (let keep = Math.min(name.length, 40); keep > 0; keep--) {
    const escaped = inline(name.slice(0, keep).join(''));
    if (escaped.length <= 40) return escaped || entry.kind;
  }
  return entry.kind;
}

export function shortId(id: string): string {
  return Array.from(id.trim()).slice(0, 8).join('');
}

/** renderEntry's body under a heading of our own (renderEntry's heading repeats the date and can repeat). */
export function entrySection(data: Pick<ExportData, 'definitionFor'>, entry: Entry, heading: string): string {
  const rendered = renderEntry(data.definitionFor(entry), entry, 2);
  const body = rendered.slice(rendered.indexOf('\n') + 1);
  return `${heading}\n${body}`;
}

function period(data: ExportData): string {
  const first = data.query.since ?? data.entries[0]?.date;
  const last = data.query.until ?? data.entries[data.entries.length - 1]?.date;
  const count = `${data.entries.length} ${data.entries.length === 1 ? 'entry' : 'entries'}`;
  const range = first && last ? `From ${longDay(first)} to ${longDay(last)}: ${count}.` : 'No entries in this period.';
  return `${range} Exported on ${longDay(localDay(data.exportedAt))}.`;
}

export function finish(markdown: string): string {
  const { text, wideTable } = layoutMarkdown(markdown);
  return wideTable ? `${text}\n${WIDE_TABLES_NOTE}\n` : text;
}

/**
 * The journal in pieces, written as they are made so a long journal never sits in memory twice.
 * Each piece is laid out on its own; pieces are separated by one blank line, which is what laying out
 * the whole document at once would give.
 */
export function writeJournal(data: ExportData, emit: (chunk: string) => void): void {
  let wideTable = false;
  const piece = (markdown: string, first = false) => {
    const layout = layoutMarkdown(markdown);
    wideTable ||= layout.wideTable;
    emit(first ? layout.text : `\n${layout.text}`);
  };
  piece(['# fourpoint journal', '', period(data)].join('\n'), true);
  // How many entries share a heading so far: a later one gets " 2", " 3" (MD024 wants headings unique).
  const seen = new Map<string, number>();
  let month = '';
  let day = '';
  // Oldest first; sort is stable, so entries of one day keep the store's order.
  const entries = [...data.entries].sort((a, b) => a.date.localeCompare(b.date));
  for (const entry of entries) {
    const parts: string[] = [];
    if (entry.date.slice(0, 7) !== month) {
      month = entry.date.slice(0, 7);
      parts.push(`## ${longMonth(month)}`, '');
    }
    if (entry.date !== day) {
      day = entry.date;
      parts.push(`### ${longDay(day)}`, '');
    }
    // Every base ends in ")", so a numbered heading can never equal another entry's base.
    const base = `#### ${entryName(data, entry)} (${inline(shortId(entry.id)) || 'entry'})`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    parts.push(entrySection(data, entry, n === 1 ? base : `${base} ${n}`));
    piece(parts.join('\n'));
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
  return finish(entrySection(data, entry, `# ${entryName(data, entry)}, ${longDay(entry.date)}`));
}

export const markdownExporter: Exporter = {
  format: 'md',
  description: 'a readable document, by month and day, to keep or to share',
  render: renderJournal,
  write: writeJournal,
};
