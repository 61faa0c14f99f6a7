// The journal's heading counter: the same numbers as counting whole headings in a map, however ids
// repeat, whichever ids are hex, and past the table's growth.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HeadingCounts, hexValue } from '../../src/export/heading-counts.js';

function countSimply(pairs: [string, string][]): number[] {
  const seen = new Map<string, number>();
  return pairs.map(([name, id]) => {
    const n = (seen.get(`${name}|${id}`) ?? 0) + 1;
    seen.set(`${name}|${id}`, n);
    return n;
  });
}

function countFast(pairs: [string, string][]): number[] {
  const counts = new HeadingCounts();
  return pairs.map(([name, id]) => counts.count(name, id));
}

const hexId = fc.integer({ min: 0, max: 0xffffffff }).map((n) => n.toString(16).padStart(8, '0'));
// Few values, so repeats are common: the same id under another name, and the same heading again.
const fewHex = fc.constantFrom('00000000', 'ffffffff', '0e246126', '7421743f', '80000000');
const other = fc.constantFrom('ABCDEF12', 'entry', 'x\\_y', '0e24612', '0e2461260', 'g0000000');
const name = fc.constantFrom('Urge log', 'Daily check-in', 'DEADS plan', 'checkin');

describe('HeadingCounts', () => {
  it('numbers headings as a count of whole headings would', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(name, fc.oneof(hexId, fewHex, other)), { minLength: 20, maxLength: 2000, size: 'large' }), (pairs) => {
        expect(countFast(pairs)).toEqual(countSimply(pairs));
      }),
      { numRuns: 60 },
    );
  });

  it('keeps every id apart past many thousands (the table grows)', () => {
    const pairs: [string, string][] = [];
    for (let i = 0; i < 70000; i++) pairs.push(['Urge log', (i * 2654435761 >>> 0).toString(16).padStart(8, '0')]);
    pairs.push(['Urge log', pairs[123]![1]], ['DEADS plan', pairs[123]![1]], ['Urge log', pairs[69999]![1]]);
    const counts = countFast(pairs);
    expect(counts.slice(0, 70000).every((n) => n === 1)).toBe(true);
    expect(counts.slice(70000)).toEqual([2, 1, 2]);
  });

  it('reads only eight lower-case hex digits as a number', () => {
    expect(hexValue('0e246126')).toBe(0x0e246126);
    expect(hexValue('ffffffff')).toBe(0xffffffff);
    for (const id of ['0E246126', '0e24612', '0e2461260', 'g0000000', 'entry']) expect(hexValue(id)).toBe(-1);
  });
});
