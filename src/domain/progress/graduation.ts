// Graduation readiness: a checklist of evidence, each item met or not. Deciding to graduate is the person's call.
import type { Entry } from '../entry.js';
import { balanceAreasRated } from './criteria.js';
import type { Thresholds } from './thresholds.js';
import type { ChecklistItem, PointProgress } from './types.js';

export interface GraduationInput {
  daysOnTrack: number;
  /** The mean daily urge over the last 30 days, or null with nothing recorded. */
  urge30: number | null;
  entries: readonly Entry[];
  points: readonly PointProgress[];
}

const count = (entries: readonly Entry[], worksheet: string) => entries.filter((e) => e.worksheet?.id === worksheet).length;

function item(id: string, label: string, value: number | null, target: number, met: boolean): ChecklistItem {
  return { id, label, value, target, met };
}

export function graduationChecklist(input: GraduationInput, t: Thresholds): ChecklistItem[] {
  const lowestScore = Math.min(...input.points.map((p) => p.score));
  return [
    item('on-track', `${t.onTrackDays} days on track in a row`, input.daysOnTrack, t.onTrackDays, input.daysOnTrack >= t.onTrackDays),
    item('urges-low', `urges averaging ${t.urgeLow} or less over the last 30 days`, input.urge30, t.urgeLow, input.urge30 !== null && input.urge30 <= t.urgeLow),
    item('cba-revisited', `Cost-Benefit Analysis revisited: ${t.cbaCount} filled in all`, count(input.entries, 'cost-benefit-analysis'), t.cbaCount, count(input.entries, 'cost-benefit-analysis') >= t.cbaCount),
    item('deads-plan', 'a DEADS plan ready for urges', count(input.entries, 'deads'), 1, count(input.entries, 'deads') >= 1),
    item('balance-pie', `Lifestyle Balance Pie with ${t.balanceAreas} areas rated`, balanceAreasRated(input.entries), t.balanceAreas, balanceAreasRated(input.entries) >= t.balanceAreas),
    item('all-points', `every point at ${t.pointReady} or more`, lowestScore, t.pointReady, lowestScore >= t.pointReady),
  ];
}
