// journal search tests each text value as it meets it; it must find exactly what lower-casing all the
// values joined with spaces found (the way it worked before), whatever the text: case, Greek final sigma,
// dotted capital I, emoji, a needle with a space that spans two values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/domain/entry.js';
import { matchesQuery } from '../../src/domain/query.js';
import { hostileCheckin } from '../helpers/hostile.js';

/** The matcher as it was: every value joined with spaces, then lower-cased, then searched. */
function joinedMatch(entry: Entry, grep: string): boolean {
  const textOf = (value: unknown): string =>
    value === null || value === undefined ? '' : typeof value === 'object' ? Object.values(value as Record<string, unknown>).map(textOf).join(' ') : String(value);
  return `${textOf(entry.answers)} ${entry.tags.join(' ')}`.toLowerCase().includes(grep.toLowerCase());
}

const tricky = fc.constantFrom('Σ', 'σ', 'ς', 'ΟΔΟΣ', 'İ', 'i̇', 'K', 'k', 'ß', 'SS', ' ', '  ', 'A', 'a', '😀', '\n', 'true', '7', '');
const text = fc.array(fc.oneof(tricky, fc.string({ maxLength: 4 })), { maxLength: 6 }).map((p) => p.join(''));

describe('journal search matching', () => {
  it('finds what the joined, lower-cased text found (property)', () => {
    fc.assert(
      fc.property(hostileCheckin, fc.array(text, { maxLength: 3 }), text, fc.array(text, { maxLength: 3 }), fc.nat(), fc.nat(), (base, coping, note, tags, from, size) => {
        const entry = { ...base, answers: { ...base.answers, coping, note }, tags };
        const all = `${Object.values(entry.answers).join(' ')} ${tags.join(' ')}`;
        // Needles cut from the entry's own text (so many match), and arbitrary tricky ones.
        for (const grep of [all.slice(from % (all.length + 1), (from % (all.length + 1)) + (size % 8)), note, ...tags, 'σ', 'ς', 'i̇', 'k', 'ss', 'S ']) {
          if (!grep) continue;
          expect(matchesQuery(entry, { grep }), JSON.stringify({ grep, entry: entry.answers, tags })).toBe(joinedMatch(entry, grep));
        }
      }),
      { numRuns: Number(process.env.FOURPOINT_FC_RUNS ?? 200) },
    );
  });
});
