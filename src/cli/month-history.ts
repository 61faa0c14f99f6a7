// The month summaries kept in cache/: each month's history fold (progress.json, for progress and status)
// and its milestone facts (milestones.json, for keeping milestones after every change).
import { HISTORY_FORMAT, historyFromJson, historyOf, historyToJson, type History } from '../domain/progress/history.js';
import { MILESTONE_FACTS_FORMAT, milestoneFactsFromJson, milestoneFactsOf, type MilestoneFacts } from '../domain/progress/milestone-facts.js';
import type { SummaryKind } from '../store/summaries.js';

export const MONTH_HISTORY: SummaryKind<History> = {
  name: 'progress',
  format: HISTORY_FORMAT,
  summarize: historyOf,
  toJson: historyToJson,
  fromJson: historyFromJson,
};

export const MONTH_MILESTONE_FACTS: SummaryKind<MilestoneFacts> = {
  name: 'milestones',
  format: MILESTONE_FACTS_FORMAT,
  summarize: milestoneFactsOf,
  toJson: (facts) => facts,
  fromJson: milestoneFactsFromJson,
};
