// Long output (an export, the whole journal) written to stdout a piece at a time. A pipe takes what it is
// handed at once and holds what its reader has not read yet: waiting for it to drain before the next piece
// keeps memory to a piece or two however long the history. A reader that stops early (| head) ends the
// process quietly (see endQuietlyOnClosedStdout).
import type { Io } from '../io/io.js';

/** `f` of each item, as the items are met: a month of entries is drawn only when the output wants it. */
export function* mapEach<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

export async function writeInTurn(out: Io['stdout'], pieces: Iterable<string>): Promise<void> {
  for (const piece of pieces) {
    if (piece === '') continue;
    if (out.write(piece) === false && out.once) await new Promise((resolve) => out.once!('drain', resolve));
  }
}
