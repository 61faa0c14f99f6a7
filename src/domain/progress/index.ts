// Progress toward graduation: the report, its thresholds and milestones.
export { buildProgressReport, type ReportOptions } from './report.js';
export { MILESTONES, newMilestones, nextMilestone, type Milestone, type RunSoFar } from './milestones.js';
export { THRESHOLDS, THRESHOLD_KEYS, isThresholdKey, resolveThresholds, thresholdProblem, type ThresholdKey, type Thresholds } from './thresholds.js';
export type * from './types.js';
