// What progress needs from the whole history, folded so that the folds of parts combine into the fold
// of the whole: the facts of each day, the counts behind each point's criteria, the latest balance pie and
// the milestones kept. A month's fold is small, so the store can keep it and skip re-reading old months.
import type { Entry } from '../entry.js';
import { areasRated, COUNTED, isBalancePie } from './criteria.js';
import { foldDays, mergeDay, type DayFacts } from './days.js';
import { keptMilestones, type KeptMilestone } from './milestones.js';
import { isRecord } from '../records.js';

/** The latest Lifestyle Balance Pie: when it was filled and how many areas it rated. */
export interface PieMark {
  date: string;
  createdAt: string;
  rated: number;
}

/** Everything but the days: what the points' criteria are valued from. */
export interface Tally {
  /** Entries counted toward each criterion that counts (by criterion id). */
  counts: Record<string, number>;
  pie: PieMark | null;
}

export interface History extends Tally {
  days: Map<string, DayFacts>;
  milestones: KeptMilestone[];
}

/** Bump when the fold changes, so summaries kept by an older fourpoint are made again (3: the pie reads `rating`). */
export const HISTORY_FORMAT = 3;

const laterPie = (a: PieMark | null, b: PieMark | null): PieMark | null =>
  !a || (b && (b.date > a.date || (b.date === a.date && b.createdAt >= a.createdAt))) ? b : a;

export function historyOf(entries: readonly Entry[]): History {
  const counts: Record<string, number> = {};
  let pie: PieMark | null = null;
  for (const e of entries) {
    for (const c of COUNTED) if (c.counts(e)) counts[c.id] = (counts[c.id] ?? 0) + 1;
    if (isBalancePie(e)) pie = laterPie(pie, { date: e.date, createdAt: e.createdAt, rated: areasRated(e) });
  }
  return { days: foldDays(entries), counts, pie, milestones: keptMilestones(entries) };
}

/** Histories of consecutive parts, oldest first, as one: what historyOf of all their entries gives. */
export function mergeHistories(parts: readonly History[]): History {
  const days = new Map<string, DayFacts>();
  const counts: Record<string, number> = {};
  let pie: PieMark | null = null;
  const milestones: KeptMilestone[] = [];
  for (const part of parts) {
    for (const [day, facts] of part.days) {
      const seen = days.get(day);
      days.set(day, seen ? mergeDay(seen, facts) : facts);
    }
    for (const [id, n] of Object.entries(part.counts)) counts[id] = (counts[id] ?? 0) + n;
    pie = laterPie(pie, part.pie);
    milestones.push(...part.milestones);
  }
  return { days, counts, pie, milestones };
}

/**
 * A history as compact JSON, for the store's cache of month summaries: a row per day. The time of the
 * day's mood is left out: a day belongs to one month, so a month's summary never merges with another's
 * for the same day, and leaving it out halves the file.
 */
export interface HistoryJson {
  /** [day, mood, urge, checked in (1 or 0), lapse (1 or 0)] */
  days: [string, number | null, number | null, number, number][];
  counts: Record<string, number>;
  pie: PieMark | null;
  milestones: KeptMilestone[];
}

export function historyToJson(h: History): HistoryJson {
  const days: HistoryJson['days'] = [];
  for (const [day, f] of h.days) days.push([day, f.mood, f.urge, f.checkin ? 1 : 0, f.lapse ? 1 : 0]);
  return { days, counts: h.counts, pie: h.pie, milestones: h.milestones };
}

const isNumberOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));
const isFlag = (v: unknown) => v === 0 || v === 1;

function isDayRow(v: unknown): v is HistoryJson['days'][number] {
  return Array.isArray(v) && v.length === 5 && typeof v[0] === 'string' && isNumberOrNull(v[1]) && isNumberOrNull(v[2]) && isFlag(v[3]) && isFlag(v[4]);
}

function isPieMark(v: unknown): v is PieMark {
  return isRecord(v) && typeof v.date === 'string' && typeof v.createdAt === 'string' && typeof v.rated === 'number';
}

/** A kept summary back as a history, or undefined when it is not one (a damaged cache is made again). */
export function historyFromJson(raw: unknown): History | undefined {
  if (!isRecord(raw) || !Array.isArray(raw.days) || !isRecord(raw.counts) || !Array.isArray(raw.milestones)) return undefined;
  if (!raw.days.every(isDayRow) || !Object.values(raw.counts).every((n) => typeof n === 'number')) return undefined;
  if (raw.pie !== null && !isPieMark(raw.pie)) return undefined;
  if (!raw.milestones.every((m) => isRecord(m) && isNumberOrNull(m.days) && typeof m.reachedOn === 'string')) return undefined;
  const days = new Map<string, DayFacts>();
  for (const [day, mood, urge, checkin, lapse] of raw.days as HistoryJson['days']) days.set(day, { mood, urge, checkin: checkin === 1, lapse: lapse === 1, moodAt: null });
  return { days, counts: raw.counts as Record<string, number>, pie: raw.pie as PieMark | null, milestones: raw.milestones as KeptMilestone[] };
}
