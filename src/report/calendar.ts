// The days of a period as a calendar: each day on track, a lapse, no check-in (or before the start, or
// still to come), and the months as grids of weeks. Pure; shared by the report and `progress --calendar`.
import { addDays, monthOf, weekday } from '../domain/dates.js';
import type { DayFacts } from '../domain/progress/days.js';

export type DayStatus = 'on-track' | 'lapse' | 'none' | 'before-start' | 'future';

/** A lapse is what the day holds first; a check-in without one is a day on track. */
export function dayStatus(day: string, facts: DayFacts | undefined, startDate: string, today: string): DayStatus {
  if (day > today) return 'future';
  if (day < startDate) return 'before-start';
  if (facts?.lapse) return 'lapse';
  return facts?.checkin ? 'on-track' : 'none';
}

export interface CalendarDay {
  day: string;
  status: DayStatus;
  today: boolean;
}

export interface MonthGrid {
  /** YYYY-MM */
  month: string;
  /** Weeks of seven cells; null where the day falls outside the month or the period. */
  weeks: (CalendarDay | null)[][];
}

export type WeekStart = 'monday' | 'sunday';

/** Weekday names in display order, for a grid's header. */
export function weekdayNames(start: WeekStart): string[] {
  const names = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  return start === 'monday' ? [...names.slice(1), names[0]!] : names;
}

/** The months from `from` to `to`, each as weeks; days outside the period are empty cells. */
export function monthGrids(from: string, to: string, statusOf: (day: string) => DayStatus, today: string, start: WeekStart = 'monday'): MonthGrid[] {
  const grids: MonthGrid[] = [];
  const offset = start === 'monday' ? 1 : 0;
  for (let first = `${monthOf(from)}-01`; first <= to; first = nextMonth(first)) {
    const month = monthOf(first);
    const weeks: (CalendarDay | null)[][] = [];
    let week: (CalendarDay | null)[] = Array.from({ length: (weekday(first) - offset + 7) % 7 }, () => null);
    for (let d = first; monthOf(d) === month; d = addDays(d, 1)) {
      week.push(d < from || d > to ? null : { day: d, status: statusOf(d), today: d === today });
      if (week.length === 7) {
        weeks.push(week);
        week = [];
      }
    }
    if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
    // Weeks wholly outside the period (the start of a first month, the end of a last one) are left out.
    grids.push({ month, weeks: weeks.filter((w) => w.some((c) => c !== null)) });
  }
  return grids;
}

function nextMonth(first: string): string {
  const y = Number(first.slice(0, 4));
  const m = Number(first.slice(5, 7));
  return m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "November 2026" from "2026-11". */
export function monthName(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
}

export interface StatusCounts {
  'on-track': number;
  lapse: number;
  none: number;
}

/** Days on track, lapse days and days with no check-in among the given days (before the start and future days are not counted). */
export function countStatuses(days: readonly { status: DayStatus }[]): StatusCounts {
  const counts: StatusCounts = { 'on-track': 0, lapse: 0, none: 0 };
  for (const d of days) if (d.status === 'on-track' || d.status === 'lapse' || d.status === 'none') counts[d.status] += 1;
  return counts;
}

export const STATUS_WORDS: Record<DayStatus, string> = {
  'on-track': 'on track',
  lapse: 'lapse',
  none: 'no check-in',
  'before-start': 'before your start date',
  future: 'still to come',
};
