// The shape of a progress report: what `fourpoint progress --json` prints (documented in docs/progress.md).
// Days are local ISO days (YYYY-MM-DD); averages are rounded to one decimal, or null when there is no data.

export type Direction = 'better' | 'worse' | 'steady' | 'unknown';

export interface OnTrack {
  /** Days in the current run of days without a lapse, today included (0 when today is a lapse day). */
  days: number;
  /** The first day of the current run: the start date, or the day after the last lapse. */
  since: string;
  /** The longest run of days without a lapse since the start date (the current one included). */
  longest: number;
  /** The most recent lapse on or after the start date, if any. */
  lastLapse: string | null;
  /** Lapses (days) in the last 30 days. */
  lapsesLast30: number;
  /** The next milestone of this run and the day it falls on if the run continues. */
  nextMilestone: { days: number; on: string; inDays: number } | null;
}

export interface CheckinStats {
  /** Consecutive days with a check-in, ending today, or yesterday when today has none yet. */
  streak: number;
  checkedInToday: boolean;
  /** Days with a check-in in the last 30 days (or since the start date, if that is sooner). */
  consistency: { days: number; of: number; percent: number };
}

export interface Averages {
  /** The last 7 days, today included. */
  last7: number | null;
  /** The 30 days before those 7. */
  previous30: number | null;
  direction: Direction;
}

export interface Criterion {
  id: string;
  label: string;
  value: number;
  target: number;
  met: boolean;
  /** The worksheet that moves this criterion, when one does. */
  worksheet: string | null;
  /** A command that moves it. */
  command: string;
}

export interface PointProgress {
  point: 1 | 2 | 3 | 4;
  title: string;
  /** 0 to 100: the mean of each criterion's share of its target (capped at its target). */
  score: number;
  criteria: Criterion[];
}

export interface Suggestion {
  point: 1 | 2 | 3 | 4;
  criterion: string;
  text: string;
  worksheet: string | null;
  command: string;
}

export interface ChecklistItem {
  id: string;
  label: string;
  value: number | null;
  target: number;
  met: boolean;
}

export interface TriggerCount {
  trigger: string;
  count: number;
}

export interface CopingResult {
  coping: string;
  /** The mean urge that went with it: the day's urge for a check-in, the urge after for an urge log. */
  averageUrge: number;
  uses: number;
}

export interface DailySeries {
  from: string;
  to: string;
  /** One value a day from `from` to `to`; null when nothing was recorded that day. */
  urge: (number | null)[];
  mood: (number | null)[];
}

export interface ProgressReport {
  today: string;
  startDate: string;
  /** Whole days from the start date to today (0 on the start day). */
  daysSinceStart: number;
  onTrack: OnTrack;
  checkins: CheckinStats;
  urges: Averages;
  mood: Averages;
  series: DailySeries;
  points: PointProgress[];
  /** Most frequent first, over the last `lookbackDays`. */
  topTriggers: TriggerCount[];
  /** Coping used at least twice, lowest urge first; `best` is the first of them. */
  coping: { best: CopingResult | null; ranked: CopingResult[] };
  suggestion: Suggestion;
  graduation: { ready: boolean; met: number; of: number; items: ChecklistItem[] };
  /** The thresholds this report used: the defaults, with the profile's own values over them. */
  thresholds: Record<string, number>;
}
