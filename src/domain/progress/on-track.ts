// Days on track: a lapse ends the current run, never the longest run or the work done.
// A day counts when it is on or after the start date, on or before today, and not a lapse day;
// today counts too, so the first day of a run is day 1.
import { addDays, daysBetween } from '../dates.js';
import type { DayFacts } from './days.js';

export interface Runs {
  days: number;
  since: string;
  longest: number;
  lastLapse: string | null;
  lapsesLast30: number;
}

/**
 * The current run: from the day after the last lapse (a lapse before the start does not count), or
 * from the start date, through today. Shared by progress and the status line, so they always agree.
 */
export function currentRun(startDate: string, lastLapse: string | null | undefined, today: string): { days: number; since: string } {
  const since = lastLapse && lastLapse >= startDate ? addDays(lastLapse, 1) : startDate;
  return { since, days: today < startDate ? 0 : Math.max(0, daysBetween(since, today) + 1) };
}

export function onTrackRuns(days: ReadonlyMap<string, DayFacts>, startDate: string, today: string): Runs {
  const lapses = [...days.entries()]
    .filter(([day, f]) => f.lapse && day >= startDate && day <= today)
    .map(([day]) => day)
    .sort();
  let longest = 0;
  let runStart = startDate;
  for (const lapse of lapses) {
    longest = Math.max(longest, daysBetween(runStart, lapse));
    runStart = addDays(lapse, 1);
  }
  const current = currentRun(startDate, lapses.at(-1), today);
  const from30 = addDays(today, -29);
  return {
    days: current.days,
    since: current.since,
    longest: Math.max(longest, current.days),
    lastLapse: lapses.at(-1) ?? null,
    lapsesLast30: lapses.filter((d) => d >= from30).length,
  };
}
