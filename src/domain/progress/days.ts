// What each day holds, folded from the entries: mood, strongest urge, a check-in or not, a lapse or not.
import type { AnswerValue, Entry } from '../entry.js';

export interface DayFacts {
  /** The mood of the day's latest check-in. */
  mood: number | null;
  /** The strongest urge recorded that day, by check-in or urge log. */
  urge: number | null;
  checkin: boolean;
  /** A check-in that says "not on track", or an urge log that ended in using. */
  lapse: boolean;
}

export function numberAnswer(value: AnswerValue | undefined): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A list answer (or a single text) as trimmed, non-empty strings. */
export function textList(value: AnswerValue | undefined): string[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return items.filter((x): x is string => typeof x === 'string').map((x) => x.trim()).filter((x) => x !== '');
}

export const isCheckin = (e: Entry) => e.kind === 'checkin';
export const isUrgeLog = (e: Entry) => e.kind === 'urge' || e.worksheet?.id === 'urge-log';

export function isLapse(e: Entry): boolean {
  if (isCheckin(e)) return e.answers.onTrack === false;
  if (isUrgeLog(e)) return e.answers.outcome === 'used';
  return false;
}

/** Facts by day for the given entries (assumed already limited to days up to today). */
export function foldDays(entries: readonly Entry[]): Map<string, DayFacts> {
  const days = new Map<string, DayFacts>();
  const latestCheckin = new Map<string, string>();
  for (const e of entries) {
    let day = days.get(e.date);
    if (!day) {
      day = { mood: null, urge: null, checkin: false, lapse: false };
      days.set(e.date, day);
    }
    if (isLapse(e)) day.lapse = true;
    const urge = isCheckin(e) ? numberAnswer(e.answers.urge) : isUrgeLog(e) ? numberAnswer(e.answers.intensity) : null;
    if (urge !== null) day.urge = Math.max(day.urge ?? 0, urge);
    if (isCheckin(e)) {
      day.checkin = true;
      const mood = numberAnswer(e.answers.mood);
      const seen = latestCheckin.get(e.date);
      if (mood !== null && (seen === undefined || e.createdAt >= seen)) {
        day.mood = mood;
        latestCheckin.set(e.date, e.createdAt);
      }
    }
  }
  return days;
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}
