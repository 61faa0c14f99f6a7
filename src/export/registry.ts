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

export interface Exporter {
  readonly format: ExportFormat;
  readonly description: string;
  render(data: ExportData): string;
  /** The same output, handed over piece by piece as it is made (for long journals going to stdout). */
  write?(data: ExportData, emit: (chunk: string) => void): void;
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
