// Milestones of days on track. Each is announced once per run: after a lapse, reaching 7 days again is worth
// saying again, but running `fourpoint progress` twice never repeats one. Kept as entries of kind milestone,
// and made again from the history whenever it changes (milestonesOf, reconcileMilestones): a milestone on a
// day later recorded as a lapse, or in a run a back-dated lapse cut short, is taken away.
// Days with no check-in count, as on a sobriety counter: a run is the days since the start or the last
// lapse, so milestones say "days since", never that each day was checked.
import { addDays, daysBetween } from '../dates.js';
import type { Entry } from '../entry.js';
import { numberAnswer } from './days.js';

export const MILESTONES = [1, 7, 30, 90, 180, 365] as const;

/** The current run: its length in days on track and the day it began. */
export interface RunSoFar {
  days: number;
  since: string;
}

export interface Milestone {
  days: number;
  reachedOn: string;
}

/** The day a run that began on `since` reaches `days` days (day 1 is `since` itself). */
export function milestoneDay(since: string, days: number): string {
  return addDays(since, days - 1);
}

export function nextMilestone(since: string, daysOnTrack: number, today: string): { days: number; on: string; inDays: number } | null {
  const days = MILESTONES.find((m) => m > daysOnTrack);
  if (days === undefined) return null;
  const on = milestoneDay(since, days);
  return { days, on, inDays: daysBetween(today, on) };
}

/** What a kept milestone entry says: how many days, reached on which day. */
export interface KeptMilestone {
  days: number | null;
  reachedOn: string;
}

/** The milestones kept among these entries. */
export function keptMilestones(entries: readonly Entry[]): KeptMilestone[] {
  const out: KeptMilestone[] = [];
  for (const e of entries) {
    const reachedOn = e.answers.reachedOn;
    if (e.kind === 'milestone' && typeof reachedOn === 'string') out.push({ days: numberAnswer(e.answers.days), reachedOn });
  }
  return out;
}

/** Milestones reached in the current run that no kept milestone of this run records yet, smallest first. */
export function newMilestones(run: RunSoFar, kept: readonly KeptMilestone[]): Milestone[] {
  const { days, since } = run;
  const recorded = new Set(kept.filter((k) => k.reachedOn >= since).map((k) => k.days));
  return MILESTONES.filter((m) => m <= days && !recorded.has(m)).map((m) => ({ days: m, reachedOn: milestoneDay(since, m) }));
}

/** Every milestone of every run from the start date to today: runs end the day before each lapse. */
export function milestonesOf(lapses: readonly string[], startDate: string, today: string): Milestone[] {
  const out: Milestone[] = [];
  const ends = [...new Set(lapses.filter((d) => d >= startDate && d <= today))].sort();
  let since = startDate;
  for (const end of [...ends, addDays(today, 1)]) {
    const length = daysBetween(since, end);
    for (const days of MILESTONES) if (days <= length) out.push({ days, reachedOn: milestoneDay(since, days) });
    since = addDays(end, 1);
  }
  return out;
}

const key = (m: { days: number | null; reachedOn: string }) => `${m.days}@${m.reachedOn}`;

/**
 * What to change so the kept milestones are the history's: `stale` are kept ones it no longer holds (or
 * a second copy of one), `missing` are ones it holds that are not kept yet.
 */
export function reconcileMilestones(truth: readonly Milestone[], kept: readonly KeptMilestone[]): { stale: KeptMilestone[]; missing: Milestone[] } {
  const wanted = new Set(truth.map(key));
  const seen = new Set<string>();
  const stale: KeptMilestone[] = [];
  for (const k of kept) {
    if (!wanted.has(key(k)) || seen.has(key(k))) stale.push(k);
    seen.add(key(k));
  }
  return { stale, missing: truth.filter((m) => !seen.has(key(m))) };
}

/** A milestone as a sentence. It says "no lapse recorded", never that every day was checked in: days with no check-in count. */
export function milestoneSentence(m: { days: number | null; reachedOn: string }): string {
  if (m.days === null) return `A milestone reached on ${m.reachedOn}.`;
  if (m.days === 1) return `day 1 with no lapse recorded (${m.reachedOn}).`;
  return `${m.days} days with no lapse recorded, counted since ${addDays(m.reachedOn, 1 - m.days)} (reached ${m.reachedOn}).`;
}
