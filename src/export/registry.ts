// The exporters, keyed by format. Each one is imported only when asked for, so `export --format csv`
// never loads the Markdown renderer.
import { UsageError } from '../errors.js';
import type { Draft, Entry } from '../domain/entry.js';
import type { Profile } from '../domain/profile.js';
import type { EntryQuery } from '../domain/query.js';
import type { WorksheetDefinition } from '../worksheets/definition.js';

/** What every exporter is handed: the selected entries and what it may need to describe them. */
export interface ExportData {
  entries: readonly Entry[];
  profile: Profile | undefined;
  drafts: readonly Draft[];
  query: EntryQuery;
  definitionFor(entry: Entry): WorksheetDefinition | undefined;
  exportedAt: Date;
}

/** ExportData with the entries a batch (a month) at a time, so each batch can be let go once drawn. */
export type ExportBatches = Omit<ExportData, 'entries'> & { batches: Iterable<readonly Entry[]> };

export interface Exporter {
  readonly format: ExportFormat;
  readonly description: string;
  render(data: ExportData): string;
  /** The same output as bytes, from the entries a batch at a time (for long journals going to stdout). */
  write?(data: ExportBatches, emit: (bytes: Uint8Array) => void): void;
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
