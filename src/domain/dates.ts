// Local calendar days as ISO strings (YYYY-MM-DD). Pure: "today" is always handed in.

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** The local calendar day of an instant. */
export function localDay(instant: Date): string {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The number written in value[from, to) in ASCII digits, or -1 if any character is not one. */
function digitsAt(value: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = value.charCodeAt(i) - 0x30;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  // Leap years counted without branching: every step runs for every day checked, so code the
  // optimizing compiler made from the first months need not be thrown away at the first February.
  const leap = Number(year % 4 === 0) - Number(year % 100 === 0) + Number(year % 400 === 0);
  return MONTH_DAYS[month - 1]! + (month === 2 ? leap : 0);
}

/**
 * A real calendar day written YYYY-MM-DD. Read by character rather than with a regular expression and
 * a Date: the store asks it of every entry it reads. Years before 100 are refused, as they always were
 * (Date.UTC reads them as 1900 to 1999).
 */
export function isIsoDay(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 0x2d || value.charCodeAt(7) !== 0x2d) return false;
  const y = digitsAt(value, 0, 4);
  const m = digitsAt(value, 5, 7);
  const d = digitsAt(value, 8, 10);
  return y >= 100 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Day arithmetic in UTC so daylight-saving changes never shift a day. */
export function addDays(day: string, n: number): string {
  return new Date(utcOf(day, n)).toISOString().slice(0, 10);
}

/** Midnight UTC of an ISO day (plus n days), in milliseconds. Sliced, not split: progress calls it per day of years of history. */
function utcOf(day: string, n = 0): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + n);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utcOf(b) - utcOf(a)) / 86_400_000);
}

// Sakamoto's method: arithmetic rather than a Date, as a Markdown export asks once per day of the journal.
const MONTH_OFFSETS = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];

/** The day of the week of a YYYY-MM-DD day, 0 for Sunday. */
export function weekday(day: string): number {
  const m = Number(day.slice(5, 7));
  const year = Number(day.slice(0, 4)) - (m < 3 ? 1 : 0);
  return (year + Math.floor(year / 4) - Math.floor(year / 100) + Math.floor(year / 400) + MONTH_OFFSETS[m - 1]! + Number(day.slice(8, 10))) % 7;
}

/**
 * Reads a day the way a person types it: an ISO date, "today", "yesterday", "tomorrow",
 * "N days ago", "in N weeks", "monday" or "last monday" (the most recent one before today).
 * Returns undefined when it cannot tell. Whether a day may be past or future is a DayRule's question.
 */
export function parseDay(input: string, today: string): string | undefined {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (isIsoDay(text)) return text;
  if (text === 'today') return today;
  if (text === 'yesterday') return addDays(today, -1);
  if (text === 'tomorrow') return addDays(today, 1);
  const ago = /^(\d+) (day|days|week|weeks) ago$/.exec(text);
  if (ago) return addDays(today, -Number(ago[1]) * (ago[2]!.startsWith('week') ? 7 : 1));
  const ahead = /^in (\d+) (day|days|week|weeks)$/.exec(text);
  if (ahead) return addDays(today, Number(ahead[1]) * (ahead[2]!.startsWith('week') ? 7 : 1));
  const named = /^(?:last )?([a-z]+)$/.exec(text);
  if (named) {
    const target = WEEKDAYS.indexOf(named[1]!);
    if (target >= 0) {
      const back = (weekday(today) - target + 7) % 7 || 7;
      return addDays(today, -back);
    }
  }
  return undefined;
}

/**
 * Which days a date may be: `past` is today or earlier (a start date, the day an entry is about),
 * `future` is today or later (a day to review a plan), `any` is either.
 */
export type DayRule = 'past' | 'future' | 'any';

/** Why `day` breaks the rule, as the end of a sentence naming the date; undefined when it keeps it. */
export function dayRuleProblem(day: string, rule: DayRule, today: string): string | undefined {
  if (rule === 'past' && day > today) return 'is in the future: it can be today or an earlier day';
  if (rule === 'future' && day < today) return 'has already passed: it can be today or a later day';
  return undefined;
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}
