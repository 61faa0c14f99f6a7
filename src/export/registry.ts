// The exporters, keyed by format. Each one is imported only when asked for, so `export --format csv`
// never loads the Markdown renderer.
import { UsageError } from '../errors.js';
import type { Draft, Entry } from '../domain/entry.js';
import type { Profile } from '../domain/profile.js';
import type { EntryQuery } from '../domain/query.js';
import type { WorksheetDefinition } from '../worksheets/definition.js';

/** How many entries an export holds, and the first and last entries' days (undefined with none). */
export interface Period {
  count: number;
  first?: string;
  last?: string;
}

/**
 * What every exporter is handed: the selected entries a batch (a month) at a time, oldest first, so each
 * batch can be let go once drawn, and what it may need to describe them.
 */
export interface ExportData {
  batches: Iterable<readonly Entry[]>;
  /** Asked for only by a format that says it first (Markdown's title); it may read the history once more. */
  period(): Period;
  profile: Profile | undefined;
  drafts: readonly Draft[];
  query: EntryQuery;
  definitionFor(entry: Entry): WorksheetDefinition | undefined;
  exportedAt: Date;
}

export interface Exporter {
  readonly format: ExportFormat;
  readonly description: string;
  /** The document in pieces, in order: a piece per batch, so no more than a month is drawn at once. */
  pieces(data: ExportData): Iterable<string>;
}

/** ExportData for entries already in memory (one batch); the period is theirs. */
export function wholeData(entries: readonly Entry[], about: Omit<ExportData, 'batches' | 'period'>): ExportData {
  return { ...about, batches: [entries], period: () => ({ count: entries.length, first: entries[0]?.date, last: entries.at(-1)?.date }) };
}

/** The whole document as one text. */
export function render(exporter: Exporter, data: ExportData): string {
  return [...exporter.pieces(data)].join('');
}

export const EXPORT_FORMATS = ['md', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const LOADERS: Record<ExportFormat, () => Promise<Exporter>> = {
  md: async () => (await import('./markdown.js')).markdownExporter,
  json: async () => (await import('./json.js')).jsonExporter,
  csv: async () => (await import('./csv.js')).csvExporter,
};

export function isExportFormat(format: string): format is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(format);
}

export async function exporterFor(format: string): Promise<Exporter> {
  if (!isExportFormat(format)) throw new UsageError(`--format expects one of ${EXPORT_FORMATS.join(', ')}, got "${format}"`);
  return LOADERS[format]();
}
