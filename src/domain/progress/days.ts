// What each day holds, folded from the entries: mood, strongest urge, a check-in or not, a lapse or not.
import type { AnswerValue, Entry } from '../entry.js';
import { CHECKIN, URGE_LOG } from './fields.js';

export interface DayFacts {
  /** The mood of the day's latest check-in. */
  mood: number | null;
  /** The strongest urge recorded that day, by check-in or urge log. */
  urge: number | null;
  checkin: boolean;
  /** A check-in that says "not on track", or an urge log that ended in using. */
  lapse: boolean;
  /** When the check-in that gave the mood was saved, so folds of different entries combine (mergeDay). */
  moodAt: string | null;
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
export const isUrgeLog = (e: Entry) => e.kind === 'urge' || e.worksheet?.id === URGE_LOG.worksheet;

export function isLapse(e: Entry): boolean {
  if (isCheckin(e)) return e.answers[CHECKIN.onTrack] === false;
  if (isUrgeLog(e)) return e.answers[URGE_LOG.outcome] === URGE_LOG.used;
  return false;
}

/** Facts by day for the given entries (assumed already limited to days up to today). */
export function foldDays(entries: readonly Entry[]): Map<string, DayFacts> {
  const days = new Map<string, DayFacts>();
  for (const e of entries) {
    let day = days.get(e.date);
    if (!day) {
      day = { mood: null, urge: null, checkin: false, lapse: false, moodAt: null };
      days.set(e.date, day);
    }
    if (isLapse(e)) day.lapse = true;
    const urge = isCheckin(e) ? numberAnswer(e.answers[CHECKIN.urge]) : isUrgeLog(e) ? numberAnswer(e.answers[URGE_LOG.intensity]) : null;
    if (urge !== null) day.urge = Math.max(day.urge ?? 0, urge);
    if (isCheckin(e)) {
      day.checkin = true;
      const mood = numberAnswer(e.answers[CHECKIN.mood]);
      if (mood !== null && (day.moodAt === null || e.createdAt >= day.moodAt)) {
        day.mood = mood;
        day.moodAt = e.createdAt;
      }
    }
  }
  return days;
}

/** One day's facts from folds of two sets of entries, `b` after `a`: what folding them in that order gives. */
export function mergeDay(a: DayFacts, b: DayFacts): DayFacts {
  const later = b.moodAt !== null && (a.moodAt === null || b.moodAt >= a.moodAt) ? b : a;
  return {
    mood: later.mood,
    moodAt: later.moodAt,
    urge: b.urge === null ? a.urge : Math.max(a.urge ?? 0, b.urge),
    checkin: a.checkin || b.checkin,
    lapse: a.lapse || b.lapse,
  };
}

export function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}
