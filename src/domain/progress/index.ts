// Progress toward graduation: the report, its thresholds and milestones.
export { buildProgressReport, firstWholeMonth, lookbackStart, reportFromHistory, type ReportOptions } from './report.js';
export { HISTORY_FORMAT, historyFromJson, historyOf, historyToJson, mergeHistories, type History, type HistoryJson } from './history.js';
export { MILESTONES, keptMilestones, newMilestones, nextMilestone, type KeptMilestone, type Milestone, type RunSoFar } from './milestones.js';
export { THRESHOLDS, THRESHOLD_KEYS, isThresholdKey, resolveThresholds, thresholdProblem, type ThresholdKey, type Thresholds } from './thresholds.js';
export type * from './types.js';
