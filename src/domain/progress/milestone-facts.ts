// What keeping milestones needs of the history, and nothing more: the days with a lapse and the milestones
// kept. A month's facts are a few strings, so after a check-in the store reads a small cache of them
// rather than every day's mood and urge (at 50,000 entries that fold cost a check-in 220 ms and 60 MB).
import type { Entry } from '../entry.js';
import { isRecord } from '../records.js';
import { isLapse } from './days.js';
import { keptMilestones, type KeptMilestone } from './milestones.js';

export interface MilestoneFacts {
  /** Days with a lapse recorded, each once. */
  lapses: string[];
  milestones: KeptMilestone[];
}

/** Bump when milestoneFactsOf changes, so facts kept by an older fourpoint are made again. */
export const MILESTONE_FACTS_FORMAT = 1;

export function milestoneFactsOf(entries: readonly Entry[]): MilestoneFacts {
  const lapses = new Set<string>();
  for (const e of entries) if (isLapse(e)) lapses.add(e.date);
  return { lapses: [...lapses].sort(), milestones: keptMilestones(entries) };
}

export function mergeMilestoneFacts(parts: readonly MilestoneFacts[]): MilestoneFacts {
  return { lapses: parts.flatMap((p) => p.lapses), milestones: parts.flatMap((p) => p.milestones) };
}

/** Kept facts back, or undefined when they are not facts (a damaged cache is made again). */
export function milestoneFactsFromJson(raw: unknown): MilestoneFacts | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.lapses) || !Array.isArray(raw.milestones)) return undefined;
  if (!raw.lapses.every((d) => typeof d === 'string')) return undefined;
  const milestones: KeptMilestone[] = [];
  for (const m of raw.milestones) {
    if (!isRecord(m) || typeof m.reachedOn !== 'string' || (m.days !== null && typeof m.days !== 'number')) return undefined;
    milestones.push({ days: m.days as number | null, reachedOn: m.reachedOn });
  }
  return { lapses: raw.lapses as string[], milestones };
}
