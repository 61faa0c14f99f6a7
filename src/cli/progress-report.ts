// The progress report read from the store: kept summaries of the months before the look-back window, and
// whole entries from its first month on. With years of history this reads one small file and a few months.
import type { Profile } from '../domain/profile.js';
import {
  firstWholeMonth,
  historyOf,
  mergeHistories,
  reportFromHistory,
  resolveThresholds,
  type History,
  type ProgressReport,
  type ReportOptions,
} from '../domain/progress/index.js';
import type { App } from './context.js';
import { MONTH_HISTORY } from './month-history.js';

export function readProgress(app: App, profile: Profile, options: ReportOptions = {}): { report: ProgressReport; history: History } {
  const today = app.today();
  const thresholds = resolveThresholds(profile.graduation);
  const firstMonth = firstWholeMonth(today, thresholds);
  const old = app.store.summaries(MONTH_HISTORY, (month) => month < firstMonth);
  // Whole months from the window's first; the report reads only the days from its start to today.
  const recent = app.store.entries({ since: `${firstMonth}-01` });
  const history = mergeHistories([...old, historyOf(recent.filter((e) => e.date <= today))]);
  return { report: reportFromHistory(profile, history, recent, today, thresholds, options), history };
}
