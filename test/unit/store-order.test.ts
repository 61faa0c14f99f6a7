// The order of entries in a month file is localeCompare's (by day, then by when saved); the store gets
// it without loading ICU's collation for the shapes fourpoint writes. The two must never differ.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byDayThenSaved, compareText } from '../../src/store/store.js';
import type { Entry } from '../../src/domain/entry.js';

const digits = (n: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: n, maxLength: n }).map((d) => d.join(''));
const day = fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`);
const instant = fc.tuple(day, digits(2), digits(2), digits(2), digits(3)).map(([d, h, m, s, ms]) => `${d}T${h}:${m}:${s}.${ms}Z`);
// Other forms an imported entry may carry: an offset, no fraction, more digits, plain text.
const other = fc.oneof(
  fc.tuple(day, digits(2), digits(2)).map(([d, h, m]) => `${d}T${h}:${m}+01:00`),
  fc.tuple(day, digits(2), digits(2)).map(([d, h, m]) => `${d}T${h}:${m}:00+0100`),
  fc.tuple(day, digits(2)).map(([d, h]) => `${d}T${h}:00:00Z`),
  fc.string({ maxLength: 12 }),
);
const sign = (n: number) => Math.sign(n);

describe('entry order', () => {
  it('compareText orders as localeCompare does, for the fixed shapes and for anything else', () => {
    const shape = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
    fc.assert(
      fc.property(fc.oneof(instant, other), fc.oneof(instant, other), (a, b) => {
        expect(sign(compareText(a, b, shape))).toBe(sign(a.localeCompare(b)));
      }),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(sign(compareText(a, b, /^\d{4}-\d{2}-\d{2}$/))).toBe(sign(a.localeCompare(b)));
      }),
      { numRuns: 2000 },
    );
  });

  it('byDayThenSaved sorts by day, then by when saved', () => {
    const e = (date: string, createdAt: string) => ({ date, createdAt }) as Entry;
    const sorted = [e('2026-11-21', '2026-11-21T08:00:00.000Z'), e('2026-11-20', '2026-11-21T09:00:00.000Z'), e('2026-11-20', '2026-11-20T23:00:00.000+01:00')].sort(byDayThenSaved);
    expect(sorted.map((x) => `${x.date} ${x.createdAt}`)).toEqual([
      '2026-11-20 2026-11-20T23:00:00.000+01:00',
      '2026-11-20 2026-11-21T09:00:00.000Z',
      '2026-11-21 2026-11-21T08:00:00.000Z',
    ]);
  });
});
