// The check-in habit: the streak of days in a row and how many of the last 30 days had one.
import { addDays, daysBetween } from '../dates.js';
import type { CheckinStats } from './types.js';
import type { DayFacts } from './days.js';

export function checkinStats(days: ReadonlyMap<string, DayFacts>, startDate: string, today: string): CheckinStats {
  const has = (day: string) => days.get(day)?.checkin === true;
  const checkedInToday = has(today);
  // Today is not over: without a check-in yet, the streak up to yesterday still stands.
  // Counted on day numbers, not strings, since a streak can run for years.
  const checked = new Set<number>();
  for (const [day, f] of days) if (f.checkin) checked.add(daysBetween(today, day));
  let offset = checkedInToday ? 0 : -1;
  let streak = 0;
  while (checked.has(offset)) {
    streak += 1;
    offset -= 1;
  }
  const windowStart = startDate > addDays(today, -29) ? startDate : addDays(today, -29);
  const of = Math.max(1, daysBetween(windowStart, today) + 1);
  let count = 0;
  for (let d = windowStart; d <= today; d = addDays(d, 1)) if (has(d)) count += 1;
  return { streak, checkedInToday, consistency: { days: count, of, percent: Math.round((count / of) * 100) } };
}
