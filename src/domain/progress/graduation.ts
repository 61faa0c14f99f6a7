// Graduation readiness: a checklist of evidence, each item met or not. Deciding to graduate is the person's call.
import { criterionValue } from './criteria.js';
import type { Tally } from './history.js';
import type { Thresholds } from './thresholds.js';
import type { ChecklistItem, PointProgress } from './types.js';

export interface GraduationInput {
  daysOnTrack: number;
  /** The mean daily urge over the last 30 days, or null with nothing recorded. */
  urge30: number | null;
  tally: Tally;
  points: readonly PointProgress[];
}

function item(id: string, label: string, value: number | null, target: number, met: boolean): ChecklistItem {
  return { id, label, value, target, met };
}

export function graduationChecklist(input: GraduationInput, t: Thresholds): ChecklistItem[] {
  const lowestScore = Math.min(...input.points.map((p) => p.score));
  const cba = criterionValue(input.tally, 'cba');
  const deads = criterionValue(input.tally, 'deads');
  const areas = criterionValue(input.tally, 'balance-pie');
  return [
    item('on-track', `${t.onTrackDays} days on track in a row`, input.daysOnTrack, t.onTrackDays, input.daysOnTrack >= t.onTrackDays),
    item('urges-low', `urges averaging ${t.urgeLow} or less over the last 30 days`, input.urge30, t.urgeLow, input.urge30 !== null && input.urge30 <= t.urgeLow),
    item('cba-revisited', `Cost-Benefit Analysis revisited: ${t.cbaCount} filled in all`, cba, t.cbaCount, cba >= t.cbaCount),
    item('deads-plan', 'a DEADS plan ready for urges', deads, 1, deads >= 1),
    item('balance-pie', `Lifestyle Balance Pie with ${t.balanceAreas} areas rated`, areas, t.balanceAreas, areas >= t.balanceAreas),
    item('all-points', `every point at ${t.pointReady} or more`, lowestScore, t.pointReady, lowestScore >= t.pointReady),
  ];
}
