// progress --calendar: the last few months as grids of days, from the same history progress reads.
import { UsageError } from '../errors.js';
import { addDays, monthOf } from '../domain/dates.js';
import type { History } from '../domain/progress/index.js';
import type { Profile } from '../domain/profile.js';
import { dayStatus, monthGrids, type WeekStart } from '../report/calendar.js';
import { calendarLines } from '../ui/calendar.js';
import type { App } from './context.js';

/** `--calendar` alone is true; `--calendar 6` asks for six months. */
export function calendarMonths(raw: string | boolean): number {
  if (raw === true) return 3;
  const n = Number(raw);
  if (!/^\d+$/.test(String(raw).trim()) || n < 1 || n > 24) throw new UsageError(`--calendar expects a number of months from 1 to 24, got "${String(raw)}"`);
  return n;
}

/** The terminal's width; 80 when stdout is not a terminal (COLUMNS can say otherwise). */
export function terminalWidth(app: App): number {
  const columns = app.io.columns;
  if (columns !== undefined && Number.isFinite(columns) && columns > 0) return Math.floor(columns);
  const env = Number(app.io.env.COLUMNS);
  return Number.isInteger(env) && env > 0 ? env : 80;
}

export function printCalendar(app: App, profile: Profile, history: History, months: number, json: boolean): void {
  const today = app.today();
  let first = `${monthOf(today)}-01`;
  for (let i = 1; i < months; i++) first = `${monthOf(addDays(first, -1))}-01`;
  const last = addDays(`${monthOf(addDays(`${monthOf(today)}-28`, 7))}-01`, -1);
  const start: WeekStart = app.settings.weekStart === 'sunday' ? 'sunday' : 'monday';
  const grids = monthGrids(first, last, (d) => dayStatus(d, history.days.get(d), profile.startDate, today), today, start);
  if (json) {
    app.out(JSON.stringify({ today, months: grids.map((g) => ({ month: g.month, days: g.weeks.flat().filter((c) => c !== null).map((c) => ({ day: c!.day, status: c!.status })) })) }, null, 2));
    return;
  }
  app.out(calendarLines(grids, app.theme, terminalWidth(app), start).join('\n'));
}
