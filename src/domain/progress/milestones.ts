// Milestones of days on track. Each is announced once per run: after a lapse, reaching 7 days again is worth
// saying again, but running `fourpoint progress` twice never repeats one. Kept as entries of kind milestone.
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
