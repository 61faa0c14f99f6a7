// What each point's score is made of: the work done there, counted from the entries.
// Criteria are data so the screen, the JSON and the next-step suggestion all read the same list.
import type { Entry } from '../entry.js';
import { isCheckin, isUrgeLog, numberAnswer, textList } from './days.js';
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
  count(entries: readonly Entry[]): number;
}

const filled = (worksheet: string) => (entries: readonly Entry[]) => entries.filter((e) => e.worksheet?.id === worksheet).length;

/** Rows of the latest balance pie with an area named and a "now" rating. */
export function balanceAreasRated(entries: readonly Entry[]): number {
  const pies = entries.filter((e) => e.worksheet?.id === 'lifestyle-balance-pie');
  const latest = pies.reduce<Entry | undefined>((a, b) => (!a || b.date > a.date || (b.date === a.date && b.createdAt >= a.createdAt) ? b : a), undefined);
  const rows = latest?.answers.areas;
  if (!Array.isArray(rows)) return 0;
  return rows.filter((row) => {
    if (row === null || typeof row !== 'object' || Array.isArray(row)) return false;
    return textList(row.area).length > 0 && numberAnswer(row.now) !== null;
  }).length;
}

function worksheetCriterion(point: Point, id: string, label: string, step: string, worksheet: string, target: (t: Thresholds) => number = () => 1): CriterionSpec {
  return { point, id, label, step, worksheet, command: `fourpoint worksheet fill ${worksheet}`, target, count: filled(worksheet) };
}

function checkinCriterion(point: Point): CriterionSpec {
  return {
    point,
    id: `checkins-point-${point}`,
    label: `check-ins naming point ${point}`,
    step: `Name point ${point} in your check-in on a day you work on it`,
    worksheet: null,
    command: `fourpoint checkin --point ${point}`,
    target: (t) => t.pointDays,
    count: (entries) => entries.filter((e) => isCheckin(e) && e.answers.point === String(point)).length,
  };
}

export const CRITERIA: CriterionSpec[] = [
  worksheetCriterion(1, 'cba', 'Cost-Benefit Analyses', 'Weigh what carrying on and changing each give you and cost you', 'cost-benefit-analysis', (t) => t.cbaCount),
  worksheetCriterion(1, 'change-plan', 'Change Plan', 'Write down the changes you want and your first steps', 'change-plan'),
  worksheetCriterion(1, 'values', 'Hierarchy of Values', 'List what matters most to you and how the behaviour touches it', 'hierarchy-of-values'),
  checkinCriterion(1),
  {
    point: 2,
    id: 'urge-logs',
    label: 'urges logged with coping',
    step: 'Log the next urge and what you did to get through it',
    worksheet: 'urge-log',
    command: 'fourpoint worksheet fill urge-log',
    target: (t) => t.urgeLogs,
    count: (entries) => entries.filter((e) => isUrgeLog(e) && textList(e.answers.coping).length > 0).length,
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
    count: balanceAreasRated,
  },
  worksheetCriterion(4, 'vaci', 'VACI', 'Pick an absorbing interest to try and plan the first step', 'vaci'),
  worksheetCriterion(4, 'goals', 'Goals', 'Set one goal with a date and the steps to it', 'goals'),
  checkinCriterion(4),
];
