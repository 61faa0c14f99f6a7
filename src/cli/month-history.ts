// The month summaries progress and status share (cache/progress.json): each month's history fold.
import { HISTORY_FORMAT, historyFromJson, historyOf, historyToJson, type History } from '../domain/progress/history.js';
import type { SummaryKind } from '../store/summaries.js';

export const MONTH_HISTORY: SummaryKind<History> = {
  name: 'progress',
  format: HISTORY_FORMAT,
  summarize: historyOf,
  toJson: historyToJson,
  fromJson: historyFromJson,
};
