// Local calendar days: what a person types, and day arithmetic that daylight saving cannot shift.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDay, localDay, parseDay, weekday } from '../../src/domain/dates.js';

const today = '2026-11-25'; // a Wednesday

describe('parseDay', () => {
  it('reads ISO dates, today, yesterday and N days or weeks ago', () => {
    expect(parseDay('2026-01-31', today)).toBe('2026-01-31');
    expect(parseDay(' Today ', today)).toBe(today);
    expect(parseDay('yesterday', today)).toBe('2026-11-24');
    expect(parseDay('3 days ago', today)).toBe('2026-11-22');
    expect(parseDay('1 day ago', today)).toBe('2026-11-24');
    expect(parseDay('2  weeks ago', today)).toBe('2026-11-11');
  });

  it('reads weekday names as the most recent one before today', () => {
    expect(parseDay('monday', today)).toBe('2026-11-23');
    expect(parseDay('last monday', today)).toBe('2026-11-23');
    expect(parseDay('Tuesday', today)).toBe('2026-11-24');
    // Today's own weekday means a week ago, not today.
    expect(parseDay('wednesday', today)).toBe('2026-11-18');
    expect(parseDay('last thursday', today)).toBe('2026-11-19');
  });

  it('refuses impossible and unreadable dates', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2025-02-29', '2026-1-5', 'someday', 'in a while', '', 'last', 'last week', '-1 days ago'])
      expect(parseDay(bad, today), bad).toBeUndefined();
    expect(parseDay('2024-02-29', today)).toBe('2024-02-29');
    expect(isIsoDay('2026-04-31')).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('crosses a year end both ways', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(daysBetween('2026-12-25', '2027-01-05')).toBe(11);
    expect(daysBetween('2027-01-05', '2026-12-25')).toBe(-11);
    expect(parseDay('yesterday', '2027-01-01')).toBe('2026-12-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });

  // TZ is set for these in a child process below, since Node reads it once at start.
  it.each(['Europe/London', 'America/New_York', 'Australia/Sydney'])('crosses a daylight-saving change in %s', async (tz) => {
    const { execFileSync } = await import('node:child_process');
    const { fileURLToPath } = await import('node:url');
    const mod = fileURLToPath(new URL('../../dist/domain/dates.js', import.meta.url));
    const script = `import('${mod}').then((d) => console.log(JSON.stringify([
      d.addDays('2026-03-28', 1), d.addDays('2026-03-29', 1), d.addDays('2026-03-07', 2), d.addDays('2026-10-24', 2), d.addDays('2026-11-01', 1), d.addDays('2026-04-04', 2),
      d.daysBetween('2026-03-01', '2026-04-01'), d.daysBetween('2026-10-01', '2026-11-15'),
      d.localDay(new Date(2026, 2, 29, 0, 30)), d.localDay(new Date(2026, 9, 25, 23, 30)),
    ])))`;
    const out = execFileSync(process.execPath, ['-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(['2026-03-29', '2026-03-30', '2026-03-09', '2026-10-26', '2026-11-02', '2026-04-06', 31, 45, '2026-03-29', '2026-10-25']);
  });

  it('localDay gives the local calendar day of an instant', () => {
    expect(localDay(new Date(2026, 0, 1, 0, 0))).toBe('2026-01-01');
    expect(localDay(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});

/** The check as it was first written, with a regular expression and a Date: the quick one must agree. */
function isIsoDayByDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

describe('isIsoDay', () => {
  it('agrees with reading the day through a Date, for real days, near misses and anything else', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    const nearDay = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    const mangled = fc.tuple(nearDay, fc.nat(9), fc.constantFrom('x', '/', ' ', '٣', '-', '')).map(([s, i, c]) => s.slice(0, i) + c + s.slice(i + 1));
    fc.assert(
      fc.property(fc.oneof(nearDay, mangled, fc.string({ maxLength: 12 })), (value) => {
        expect(isIsoDay(value)).toBe(isIsoDayByDate(value));
      }),
      { numRuns: 20000 },
    );
    for (const day of ['2024-02-29', '2000-02-29', '1900-02-28', '0100-01-01']) expect(isIsoDay(day)).toBe(true);
    for (const day of ['2023-02-29', '1900-02-29', '0099-12-31', '2026-1-01', '2026-01-01 ']) expect(isIsoDay(day)).toBe(false);
  });
});

describe('weekday', () => {
  it('gives the day of the week a Date gives, 0 for Sunday, for any day from year 100 on', () => {
    const day = fc.date({ min: new Date('0100-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(day, (d) => weekday(d) === new Date(`${d}T00:00:00Z`).getUTCDay()), { numRuns: 5000 });
    expect(weekday(today)).toBe(3);
  });
});
