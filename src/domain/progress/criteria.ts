// What each point's score is made of: the work done there, counted from the entries.
// Criteria are data so the screen, the JSON and the next-step suggestion all read the same list.
import type { Entry } from '../entry.js';
import { isCheckin, isUrgeLog, numberAnswer, textList } from './days.js';
import { BALANCE_PIE, CHECKIN, URGE_LOG } from './fields.js';
import type { Tally } from './history.js';
import type { Thresholds } from './thresholds.js';

export type Point = 1 | 2 | 3 | 4;

export interface CriterionSpec {
  point: Point;
  id: string;
  label: string;
  /** What to do to move it, as a sentence. */
  step: string;
  worksheet: string | null;
  command: string;
  target(t: Thresholds): number;
  /** Whether an entry counts toward it, for criteria that count entries (the balance pie does not). */
  counts?: (e: Entry) => boolean;
  /** Its value from the tally of the whole history. */
  value(tally: Tally): number;
}

/** A criterion valued by counting the entries that match. */
function counting(id: string, counts: (e: Entry) => boolean): Pick<CriterionSpec, 'id' | 'counts' | 'value'> {
  return { id, counts, value: (tally) => tally.counts[id] ?? 0 };
}

export const isBalancePie = (e: Entry) => e.worksheet?.id === BALANCE_PIE.worksheet;

/** Rows of a balance pie with an area named and a rating of how it is now. */
export function areasRated(pie: Entry): number {
  const rows = pie.answers[BALANCE_PIE.areas];
  if (!Array.isArray(rows)) return 0;
  return rows.filter((row) => {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) return false;
    return textList(row[BALANCE_PIE.area]).length > 0 && numberAnswer(row[BALANCE_PIE.rating]) !== null;
  }).length;
}

function worksheetCriterion(point: Point, id: string, label: string, step: string, worksheet: string, target: (t: Thresholds) => number = () => 1): CriterionSpec {
  return { point, label, step, worksheet, command: `fourpoint worksheet fill ${worksheet}`, target, ...counting(id, (e) => e.worksheet?.id === worksheet) };
}

function checkinCriterion(point: Point): CriterionSpec {
  return {
    point,
    label: `check-ins naming point ${point}`,
    step: `Name point ${point} in your check-in on a day you work on it`,
    worksheet: null,
    command: `fourpoint checkin --point ${point}`,
    target: (t) => t.pointDays,
    ...counting(`checkins-point-${point}`, (e) => isCheckin(e) && e.answers[CHECKIN.point] === String(point)),
  };
}

export const CRITERIA: CriterionSpec[] = [
  worksheetCriterion(1, 'cba', 'Cost-Benefit Analyses', 'Weigh what carrying on and changing each give you and cost you', 'cost-benefit-analysis', (t) => t.cbaCount),
  worksheetCriterion(1, 'change-plan', 'Change Plan', 'Write down the changes you want and your first steps', 'change-plan'),
  worksheetCriterion(1, 'values', 'Hierarchy of Values', 'List what matters most to you and how the behaviour touches it', 'hierarchy-of-values'),
  checkinCriterion(1),
  {
    point: 2,
    label: 'urges logged with coping',
    step: 'Log the next urge and what you did to get through it',
    worksheet: 'urge-log',
    command: 'fourpoint worksheet fill urge-log',
    target: (t) => t.urgeLogs,
    ...counting('urge-logs', (e) => isUrgeLog(e) && textList(e.answers[URGE_LOG.coping]).length > 0),
  },
  worksheetCriterion(2, 'deads', 'DEADS plan', 'Write your plan for the next urge: delay, escape, avoid, distract, substitute', 'deads'),
  worksheetCriterion(2, 'disarm', 'DISARM', "Name your urge's voice and write an answer to what it says", 'disarm'),
  checkinCriterion(2),
  worksheetCriterion(3, 'abc', 'ABCs', 'Work through an ABC on a recent upsetting moment', 'abc', (t) => t.abcCount),
  worksheetCriterion(3, 'problem-solving', 'Problem solving', 'Take one problem through the problem-solving steps', 'problem-solving'),
  worksheetCriterion(3, 'self-acceptance', 'Self-acceptance', 'Answer one self-downing thought with an accepting one', 'self-acceptance'),
  checkinCriterion(3),
  {
    point: 4,
    id: 'balance-pie',
    label: 'life areas rated in the Balance Pie',
    step: 'Rate the areas of your life in the Lifestyle Balance Pie and set a target for each',
    worksheet: 'lifestyle-balance-pie',
    command: 'fourpoint worksheet fill lifestyle-balance-pie',
    target: (t) => t.balanceAreas,
    value: (tally) => tally.pie?.rated ?? 0,
  },
  worksheetCriterion(4, 'vaci', 'VACI', 'Pick an absorbing interest to try and plan the first step', 'vaci'),
  worksheetCriterion(4, 'goals', 'Goals', 'Set one goal with a date and the steps to it', 'goals'),
  checkinCriterion(4),
];

/** The criteria that count entries: what a tally keeps a count of. */
export const COUNTED = CRITERIA.filter((c): c is CriterionSpec & Required<Pick<CriterionSpec, 'counts'>> => c.counts !== undefined);

/** A criterion's value by id (for the graduation checklist, which repeats some of them). */
export function criterionValue(tally: Tally, id: string): number {
  return CRITERIA.find((c) => c.id === id)?.value(tally) ?? 0;
}
