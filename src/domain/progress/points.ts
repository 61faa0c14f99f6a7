// Per point: each criterion's value against its target, and a 0-100 score from them.
import { POINT_TITLES } from '../points.js';
import { CRITERIA, type Point } from './criteria.js';
import type { Tally } from './history.js';
import type { Thresholds } from './thresholds.js';
import type { Criterion, PointProgress, Suggestion } from './types.js';

export function pointProgress(tally: Tally, t: Thresholds): PointProgress[] {
  return ([1, 2, 3, 4] as const).map((point) => {
    const criteria: Criterion[] = CRITERIA.filter((c) => c.point === point).map((c) => {
      const value = c.value(tally);
      const target = c.target(t);
      return { id: c.id, label: c.label, value, target, met: value >= target, worksheet: c.worksheet, command: c.command };
    });
    const shares = criteria.map((c) => Math.min(c.value / c.target, 1));
    const score = Math.round((shares.reduce((a, b) => a + b, 0) / shares.length) * 100);
    return { point, title: POINT_TITLES[point]!, score, criteria };
  });
}

const share = (c: Criterion) => Math.min(c.value / c.target, 1);

/**
 * The point most in need (lowest score; the lower number on a tie), and in it the criterion least done,
 * a worksheet before a check-in. With everything met, revisiting the Cost-Benefit Analysis is the step.
 */
export function suggestNext(points: readonly PointProgress[]): Suggestion {
  const open = points.filter((p) => p.criteria.some((c) => !c.met));
  if (open.length === 0) {
    return {
      point: 1,
      criterion: 'cba',
      text: 'Every point has its work done. Revisit your Cost-Benefit Analysis to see how far you have come',
      worksheet: 'cost-benefit-analysis',
      command: 'fourpoint worksheet fill cost-benefit-analysis',
    };
  }
  const neediest = open.reduce((a, b) => (b.score < a.score ? b : a));
  const candidates = neediest.criteria.filter((c) => !c.met);
  const pick = candidates.reduce((a, b) => {
    const aSheet = a.worksheet !== null ? 0 : 1;
    const bSheet = b.worksheet !== null ? 0 : 1;
    return bSheet < aSheet || (bSheet === aSheet && share(b) < share(a)) ? b : a;
  });
  const spec = CRITERIA.find((c) => c.point === neediest.point && c.id === pick.id)!;
  const text = pick.id === 'cba' && pick.value > 0 ? 'Revisit your Cost-Benefit Analysis: what you see changes as you do' : spec.step;
  return { point: neediest.point as Point, criterion: pick.id, text, worksheet: pick.worksheet, command: pick.command };
}
