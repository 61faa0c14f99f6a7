// JSON export: the store's content in a versioned envelope that `fourpoint import` reads back.
import type { Entry } from '../domain/entry.js';
import { EXPORT_FORMAT_NAME, EXPORT_VERSION, SCHEMA_VERSION } from './envelope.js';
import type { Exporter } from './registry.js';

/**
 * The entries a batch at a time, each batch drawn as JSON.stringify draws it inside the document (one or
 * two levels down: a list, or the envelope's "entries"); the pieces joined are the same bytes as the
 * whole stringified at once.
 */
export function* jsonArrayPieces(batches: Iterable<readonly Entry[]>, depth: 1 | 2): Generator<string> {
  // Drawn inside what holds it, so JSON.stringify indents it; the holder's own text is cut off.
  const [open, close, end] = depth === 1 ? ['[', '\n]', '\n]'] : ['{\n  "e": [', '\n  ]\n}', '\n  ]'];
  let first = true;
  for (const batch of batches) {
    if (batch.length === 0) continue;
    const items = JSON.stringify(depth === 1 ? batch : { e: batch }, null, 2).slice(open.length, -close.length);
    yield first ? `[${items}` : `,${items}`;
    first = false;
  }
  yield first ? '[]' : end;
}

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
