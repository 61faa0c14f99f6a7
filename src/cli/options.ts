// Small helpers for turning flag strings into typed options, with errors that name the flag.
import { UsageError } from '../errors.js';
import { dayRuleProblem, parseDay, type DayRule } from '../domain/dates.js';
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

/** A day from a flag; with a rule, a day that breaks it is refused (a start date still to come, say). */
export function dayFlag(flag: string, raw: unknown, today: string, rule: DayRule = 'any'): string | undefined {
  if (raw === undefined) return undefined;
  const day = parseDay(String(raw), today);
  if (!day) throw new UsageError(`${flag} expects a date such as 2026-11-23, today, yesterday or "last monday", got "${String(raw)}"`);
  const problem = dayRuleProblem(day, rule, today);
  if (problem) throw new UsageError(`${flag} ${day} ${problem}`);
  return day;
}
