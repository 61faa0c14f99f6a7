// JSON export: the store's content in a versioned envelope that `fourpoint import` reads back.
import { EXPORT_FORMAT_NAME, EXPORT_VERSION, SCHEMA_VERSION } from './envelope.js';
import type { Exporter } from './registry.js';
import { jsonArrayPieces } from './json-pieces.js';

export const jsonExporter: Exporter = {
  format: 'json',
  description: 'everything, for a backup or another machine (fourpoint import reads it)',
  *pieces(data) {
    const head = {
      format: EXPORT_FORMAT_NAME,
      version: EXPORT_VERSION,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: data.exportedAt.toISOString(),
      profile: data.profile ?? null,
    };
    // The head without its closing "\n}", then the entries and drafts in the order JSON.stringify gives them.
    yield `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "entries": `;
    yield* jsonArrayPieces(data.batches, 2);
    yield `,${JSON.stringify({ drafts: data.drafts }, null, 2).slice(1, -2)}\n}\n`;
  },
};
