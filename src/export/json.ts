// JSON export: the store's content in a versioned envelope that `fourpoint import` reads back.
import type { Entry } from '../domain/entry.js';
import { EXPORT_FORMAT_NAME, EXPORT_VERSION, SCHEMA_VERSION } from './envelope.js';
import type { Exporter } from './registry.js';

/** Text that JSON.stringify(…, null, 2) drew at the top level, indented as if it stood `depth` levels down. */
const nested = (json: string, depth: number) => json.replace(/\n/g, `\n${'  '.repeat(depth)}`);

/**
 * The entries a batch at a time, each batch drawn as JSON.stringify would draw it inside the document
 * ("entries" is two levels down); the pieces joined are the same bytes as the document stringified whole.
 */
export function* jsonArrayPieces(batches: Iterable<readonly Entry[]>, depth: number): Generator<string> {
  let first = true;
  for (const batch of batches) {
    if (batch.length === 0) continue;
    // "[\n  {…},\n  {…}\n]" without its brackets: each entry on a line of its own, after a newline.
    const items = nested(`\n${JSON.stringify(batch, null, 2).slice(2, -2)}`, depth - 1);
    yield first ? `[${items}` : `,${items}`;
    first = false;
  }
  yield first ? '[]' : `\n${'  '.repeat(depth - 1)}]`;
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
    yield `,\n  "drafts": ${nested(JSON.stringify(data.drafts, null, 2), 1)}\n}\n`;
  },
};
