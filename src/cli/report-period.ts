// The period a report covers, from --since (4w, 30d, 3m, 1y or a day) or --from and --to.
import { UsageError } from '../errors.js';
import { addDays } from '../domain/dates.js';
import { dayFlag } from './options.js';

export interface PeriodOptions {
  since?: string;
  from?: string;
  to?: string;
}

export const DEFAULT_SINCE = '4w';

/** `to` less a length such as 4w; months and years by the calendar. The period includes `to`. */
function lengthBack(raw: string, to: string): string | undefined {
  const m = /^(\d{1,4})\s*(d|w|m|y)$/i.exec(raw.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  if (n < 1) return undefined;
  const unit = m[2]!.toLowerCase();
  if (unit === 'd' || unit === 'w') return addDays(to, -(n * (unit === 'w' ? 7 : 1)) + 1);
  const months = unit === 'y' ? n * 12 : n;
  const y = Number(to.slice(0, 4));
  const mo = Number(to.slice(5, 7)) - 1 - months;
  const back = new Date(Date.UTC(y, mo, 1));
  const lastDay = new Date(Date.UTC(back.getUTCFullYear(), back.getUTCMonth() + 1, 0)).getUTCDate();
  const day = Math.min(Number(to.slice(8, 10)), lastDay);
  return addDays(`${back.toISOString().slice(0, 8)}${String(day).padStart(2, '0')}`, 1);
}

/**
 * The first and last day. A length counts back from --to (today by default) and never starts before
 * the start date; --from starts where it says.
 */
export function reportPeriod(o: PeriodOptions, today: string, startDate: string): { from: string; to: string } {
  if (o.since !== undefined && o.from !== undefined) throw new UsageError('use either --since or --from, not both');
  const to = dayFlag('--to', o.to, today, 'past') ?? today;
  let from: string;
  if (o.from !== undefined) from = dayFlag('--from', o.from, today, 'past')!;
  else {
    const since = o.since ?? DEFAULT_SINCE;
    const back = lengthBack(since, to);
    if (back === undefined && !/\d{4}-|ago|yesterday|today|day$/i.test(since)) throw new UsageError(`--since expects a length such as 4w, 30d, 3m or 1y, or a date, got "${since}"`);
    from = back ?? dayFlag('--since', since, today, 'past')!;
    if (from < startDate && startDate <= to) from = startDate;
  }
  if (from > to) throw new UsageError(`the period starts (${from}) after it ends (${to})`);
  return { from, to };
}
