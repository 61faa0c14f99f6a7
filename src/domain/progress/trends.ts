// Urge and mood: the last 7 days against the 30 before them, and a value a day for the sparklines.
import { addDays } from '../dates.js';
import { mean, round1, type DayFacts } from './days.js';
import type { Averages, DailySeries, Direction } from './types.js';

type Measure = 'urge' | 'mood';

function valuesIn(days: ReadonlyMap<string, DayFacts>, measure: Measure, from: string, to: string): number[] {
  const out: number[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const v = days.get(d)?.[measure];
    if (v !== null && v !== undefined) out.push(v);
  }
  return out;
}

export function averageOver(days: ReadonlyMap<string, DayFacts>, measure: Measure, from: string, to: string): { average: number | null; days: number } {
  const values = valuesIn(days, measure, from, to);
  const m = mean(values);
  return { average: m === null ? null : round1(m), days: values.length };
}

/** For urges lower is better; for mood higher is better. A change smaller than `margin` is steady. */
export function direction(recent: number | null, before: number | null, lowerIsBetter: boolean, margin: number): Direction {
  if (recent === null || before === null) return 'unknown';
  const change = recent - before;
  if (Math.abs(change) < margin || change === 0) return 'steady';
  return change < 0 === lowerIsBetter ? 'better' : 'worse';
}

export function averages(days: ReadonlyMap<string, DayFacts>, measure: Measure, today: string, margin: number): Averages {
  const last7 = averageOver(days, measure, addDays(today, -6), today).average;
  const previous30 = averageOver(days, measure, addDays(today, -36), addDays(today, -7)).average;
  return { last7, previous30, direction: direction(last7, previous30, measure === 'urge', margin) };
}

export function dailySeries(days: ReadonlyMap<string, DayFacts>, today: string, length: number): DailySeries {
  const from = addDays(today, -(length - 1));
  const urge: (number | null)[] = [];
  const mood: (number | null)[] = [];
  for (let d = from; d <= today; d = addDays(d, 1)) {
    urge.push(days.get(d)?.urge ?? null);
    mood.push(days.get(d)?.mood ?? null);
  }
  return { from, to: today, urge, mood };
}
