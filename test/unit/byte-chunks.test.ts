// The export's writer: pieces of text encoded into chunks must give exactly the bytes of the whole text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byteChunks } from '../../src/export/byte-chunks.js';

function gather(pieces: string[]): Buffer[] {
  const out: Buffer[] = [];
  const chunks = byteChunks((b) => out.push(Buffer.from(b)));
  for (const p of pieces) chunks.add(p);
  chunks.flush();
  return out;
}

describe('byteChunks', () => {
  it('gives the UTF-8 of the pieces joined, whatever their sizes and characters', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.repeat(2000)));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 60 }), (pieces) => {
        expect(Buffer.concat(gather(pieces)).equals(Buffer.from(pieces.join('')))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('writes in chunks of at most 256 KB, none empty, except a piece too big for one', () => {
    const out = gather(Array.from({ length: 3000 }, (_, i) => `line ${i}: ${'█'.repeat(100)}\n`));
    expect(out.length).toBeGreaterThan(3);
    expect(out.every((b) => b.length > 0 && b.length <= 256 * 1024)).toBe(true);
    const big = gather(['a', 'x'.repeat(300_000), 'b']);
    expect(big.map((b) => b.length)).toEqual([1, 300_000, 1]);
  });
});
