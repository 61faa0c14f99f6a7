// JSON export: the store's content in a versioned envelope that `fourpoint import` reads back.
import { EXPORT_FORMAT_NAME, EXPORT_VERSION, SCHEMA_VERSION } from './envelope.js';
import type { Exporter } from './registry.js';

export const jsonExporter: Exporter = {
  format: 'json',
  description: 'everything, for a backup or another machine (fourpoint import reads it)',
  render(data) {
    const doc = {
      format: EXPORT_FORMAT_NAME,
      version: EXPORT_VERSION,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: data.exportedAt.toISOString(),
      profile: data.profile ?? null,
      entries: data.entries,
      drafts: data.drafts,
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
  },
};
