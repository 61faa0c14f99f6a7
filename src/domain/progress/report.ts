// The progress report: a pure function of the profile, the entries, today and the thresholds.
import { addDays, daysBetween } from '../dates.js';
import type { Entry } from '../entry.js';
import type { Profile } from '../profile.js';
import { checkinStats } from './checkins.js';
import { foldDays } from './days.js';
import { graduationChecklist } from './graduation.js';
import { copingByUrge, topTriggers } from './insights.js';
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

export function buildProgressReport(
  profile: Pick<Profile, 'startDate' | 'graduation'>,
  allEntries: readonly Entry[],
  today: string,
  thresholds: Thresholds = resolveThresholds(profile.graduation),
  options: ReportOptions = {},
): ProgressReport {
  // An entry dated after today (a clock change, an import) is not yet part of the story.
  const entries = allEntries.filter((e) => e.date <= today);
  const days = foldDays(entries);
  const runs = onTrackRuns(days, profile.startDate, today);
  const lookbackFrom = addDays(today, -(thresholds.lookbackDays - 1));
  const recent = entries.filter((e) => e.date >= lookbackFrom);
  const points = pointProgress(entries, thresholds);
  const ranked = copingByUrge(recent);
  const items = graduationChecklist(
    { daysOnTrack: runs.days, urge30: averageOver(days, 'urge', addDays(today, -29), today).average, entries, points },
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
