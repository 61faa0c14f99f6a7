// Long output (an export, the whole journal) written to stdout a piece at a time, gathered into writes of
// about 256 KB (see byte-chunks.ts). A pipe takes what it is handed at once and holds what its reader has
// not read yet: waiting for it to drain once it holds a megabyte keeps memory bounded however long the
// history. A reader that stops early (| head) ends the process quietly (see endQuietlyOnClosedStdout).
import type { Io } from '../io/io.js';
import { byteChunks } from '../export/byte-chunks.js';

const HELD = 1 << 20;

export async function writeInTurn(out: Io['stdout'], pieces: Iterable<string>): Promise<void> {
  const ready: Buffer[] = [];
  const chunks = byteChunks((bytes) => ready.push(bytes));
  const send = async () => {
    for (const bytes of ready.splice(0)) {
      if (out.write(bytes as never) || !out.once) continue;
      if (((out as { writableLength?: number }).writableLength ?? HELD) >= HELD) await new Promise((resolve) => out.once!('drain', resolve));
    }
  };
  for (const piece of pieces) {
    chunks.add(piece);
    if (ready.length > 0) await send();
  }
  chunks.flush();
  await send();
}
