// Text gathered into writes of about 256 KB, encoded as it arrives. One write per entry would cost more
// than the rendering, and joining strings before encoding them costs twice what encoding each piece
// straight into a buffer does (a journal's text is not all ASCII, so V8 keeps it as two-byte strings).
// Bytes rather than strings go out because a pipe keeps what it is handed until the event loop runs,
// after the export: strings would sit on the JavaScript heap, copied by every garbage collection.

const CHUNK = 256 * 1024;

export interface ByteChunks {
  add(text: string): void;
  /** Hands over what is gathered; call once more at the end. */
  flush(): void;
}

export function byteChunks(write: (bytes: Buffer) => void): ByteChunks {
  let buffer = Buffer.allocUnsafe(CHUNK);
  let used = 0;
  const flush = () => {
    if (used === 0) return;
    // The buffer is handed over, never written again: a pipe may still hold it after write() returns.
    write(buffer.subarray(0, used));
    buffer = Buffer.allocUnsafe(CHUNK);
    used = 0;
  };
  return {
    add(text) {
      // UTF-8 takes at most three bytes for each UTF-16 code unit.
      if (used + text.length * 3 > CHUNK) flush();
      if (text.length * 3 > CHUNK) write(Buffer.from(text));
      else used += buffer.write(text, used);
    },
    flush,
  };
}
