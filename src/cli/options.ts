// Small helpers for turning flag strings into typed options, with errors that name the flag.
import { UsageError } from '../errors.js';
import { parseDay } from '../domain/dates.js';
import { readNumber } from '../domain/numbers.js';

export function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function numberFlag(flag: string, raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const n = typeof raw === 'string' ? readNumber(raw) : undefined;
  if (n === undefined) throw new UsageError(`${flag} expects a number, got "${String(raw)}"`);
  return n;
}

export function dayFlag(flag: string, raw: unknown, today: string): string | undefined {
  if (raw === undefined) return undefined;
  const day = parseDay(String(raw), today);
  if (!day) throw new UsageError(`${flag} expects a date such as 2026-11-23, today, yesterday or "last monday", got "${String(raw)}"`);
  return day;
}
