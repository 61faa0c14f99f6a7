// Entries as JSON in pieces, a batch at a time: the JSON export's entries and `journal list --json`. Apart
// from json.ts, whose envelope loads zod: a journal list or search need not (about 18 ms at start-up).
import type { Entry } from '../domain/entry.js';

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
