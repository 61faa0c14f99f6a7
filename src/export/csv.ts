// CSV export: one row per check-in, RFC 4180 (quotes doubled; a field with a comma, quote, CR or LF
// quoted; CRLF line ends), for spreadsheets.
import type { AnswerValue, Entry } from '../domain/entry.js';
import type { Exporter } from './registry.js';

export const CSV_HEADER = ['date', 'mood', 'urge', 'on track', 'triggers', 'coping', 'note'] as const;

/**
 * A spreadsheet runs a cell that starts with = + - @ (or a tab or CR) as a formula, so such a cell
 * gets a leading apostrophe: the person's text shows as typed and nothing runs.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(text: string): string {
  const value = guardFormula(text);
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvRecord(cells: readonly string[]): string {
  return `${cells.map(csvField).join(',')}\r\n`;
}

function cell(value: AnswerValue | undefined): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map((v) => cell(v)).join('; ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function checkinRow(entry: Entry): string[] {
  const a = entry.answers;
  return [entry.date, cell(a.mood), cell(a.urge), cell(a.onTrack), cell(a.triggers), cell(a.coping), cell(a.note)];
}

export const csvExporter: Exporter = {
  format: 'csv',
  description: 'check-ins only, one row each, for a spreadsheet',
  *pieces(data) {
    yield csvRecord(CSV_HEADER);
    for (const batch of data.batches) {
      const rows = batch.filter((e) => e.kind === 'checkin');
      if (rows.length > 0) yield rows.map((e) => csvRecord(checkinRow(e))).join('');
    }
  },
};
