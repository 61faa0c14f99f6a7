// The progress report: a pure function of the profile, the entries, today and the thresholds.
// It reads the whole history only through its fold (history.ts), and whole entries only for the look-back
// window, so the store can hand it summaries of old months instead of every entry.
import { addDays, daysBetween, monthOf } from '../dates.js';
import type { Entry } from '../entry.js';
import type { Profile } from '../profile.js';
import { checkinStats } from './checkins.js';
import { graduationChecklist } from './graduation.js';
import { copingByUrge, topTriggers } from './insights.js';
import { historyOf, type History } from './history.js';
import { nextMilestone } from './milestones.js';
import { onTrackRuns } from './on-track.js';
import { pointProgress, suggestNext } from './points.js';
import { resolveThresholds, type Thresholds } from './thresholds.js';
import { averageOver, averages, dailySeries } from './trends.js';
import type { ProgressReport } from './types.js';

export interface ReportOptions {
  /** Days in the sparkline series (30 unless asked). */
  seriesDays?: number;
}

type ReportProfile = Pick<Profile, 'startDate' | 'graduation'>;

export function buildProgressReport(
  profile: ReportProfile,
  allEntries: readonly Entry[],
  today: string,
  thresholds: Thresholds = resolveThresholds(profile.graduation),
  options: ReportOptions = {},
): ProgressReport {
  // An entry dated after today (a clock change, an import) is not yet part of the story.
  const entries = allEntries.filter((e) => e.date <= today);
  return reportFromHistory(profile, historyOf(entries), entries, today, thresholds, options);
}

/** The first day whose entries the report reads in full (top triggers and what helped). */
export function lookbackStart(today: string, thresholds: Thresholds): string {
  return addDays(today, -(thresholds.lookbackDays - 1));
}

/** The first month whose entries the report needs whole; the months before it are read as their folds. */
export function firstWholeMonth(today: string, thresholds: Thresholds): string {
  return monthOf(lookbackStart(today, thresholds));
}

/**
 * The report from the fold of every entry up to today, and the entries of the look-back window
 * (`recent` may hold more; only those from lookbackStart to today are read).
 */
export function reportFromHistory(
  profile: ReportProfile,
  history: History,
  recentEntries: readonly Entry[],
  today: string,
  thresholds: Thresholds = resolveThresholds(profile.graduation),
  options: ReportOptions = {},
): ProgressReport {
  const { days } = history;
  const runs = onTrackRuns(days, profile.startDate, today);
  const lookbackFrom = lookbackStart(today, thresholds);
  const recent = recentEntries.filter((e) => e.date >= lookbackFrom && e.date <= today);
  const points = pointProgress(history, thresholds);
  const ranked = copingByUrge(recent);
  const items = graduationChecklist(
    { daysOnTrack: runs.days, urge30: averageOver(days, 'urge', addDays(today, -29), today).average, tally: history, points },
    thresholds,
  );
  return {
    today,
    startDate: profile.startDate,
    daysSinceStart: Math.max(0, daysBetween(profile.startDate, today)),
    onTrack: { ...runs, nextMilestone: nextMilestone(runs.since, runs.days, today) },
    checkins: checkinStats(days, profile.startDate, today),
    urges: averages(days, 'urge', today, thresholds.trendMargin),
    mood: averages(days, 'mood', today, thresholds.trendMargin),
    series: dailySeries(days, today, options.seriesDays ?? 30),
    points,
    topTriggers: topTriggers(recent),
    coping: { best: ranked[0] ?? null, ranked },
    suggestion: suggestNext(points),
    graduation: { ready: items.every((i) => i.met), met: items.filter((i) => i.met).length, of: items.length, items },
    thresholds: { ...thresholds },
  };
}
