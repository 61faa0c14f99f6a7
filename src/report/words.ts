// The sentences and rows a report says, shared by the HTML and Markdown pages so both say the same.
import { mean, round1 } from '../domain/progress/days.js';
import { daysBetween } from '../domain/dates.js';
import type { Includable, ReportDay, ReportModel } from './model.js';

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const fmt = (n: number | null) => (n === null ? 'none' : n.toFixed(1));

export const INCLUDE_WORDS: Record<Includable, string> = {
  notes: 'your check-in notes',
  worksheets: 'your answers on the worksheets done',
  lapses: 'what you wrote about each lapse',
};

/** The report's opening: that it is private, and what it holds and leaves out. */
export function privacyLines(m: ReportModel): string[] {
  const inside = (['notes', 'worksheets', 'lapses'] as const).filter((k) => m.include.has(k));
  const outside = (['notes', 'worksheets', 'lapses'] as const).filter((k) => !m.include.has(k));
  const contains = [
    'a calendar of the period',
    'urge and mood with 7-day averages',
    'the four points and the graduation checklist',
    'top triggers and what helped',
    'milestones',
    'the days of any lapses',
    'the worksheets done',
    ...inside.map((k) => INCLUDE_WORDS[k]),
  ];
  const lines = [
    `Private: this report is about your recovery from ${m.behaviours}. Keep it somewhere safe, and share it only with people you choose.`,
    `It covers ${m.from} to ${m.to} and contains ${list(contains)}.`,
  ];
  if (outside.length > 0) lines.push(`Left out: ${list(outside.map((k) => INCLUDE_WORDS[k]))} (add them with --include ${outside.join(',')}).`);
  return lines;
}

export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export function periodDays(m: ReportModel): number {
  return daysBetween(m.from, m.to) + 1;
}

export function glanceRows(m: ReportModel): [string, string][] {
  const p = m.progress;
  const counted = m.counts['on-track'] + m.counts.lapse + m.counts.none;
  return [
    // Counted as the progress screen counts them: the first day is day 1 ("12 days, counted from" its first).
    ['Days on track now', `${plural(p.onTrack.days, 'day')}${p.onTrack.days > 0 ? `, counted from ${p.onTrack.since}` : ''}`],
    ['Longest run', plural(p.onTrack.longest, 'day')],
    ['Days in this period', `${plural(m.counts['on-track'], 'day')} on track, ${plural(m.counts.lapse, 'lapse day')}, ${plural(m.counts.none, 'day')} with no check-in (of ${counted})`],
    ['Urge, last 7 days', `${fmt(p.urges.last7)} (the 30 days before: ${fmt(p.urges.previous30)})`],
    ['Mood, last 7 days', `${fmt(p.mood.last7)} (the 30 days before: ${fmt(p.mood.previous30)})`],
    ['Graduation checklist', `${p.graduation.met} of ${p.graduation.of} met`],
  ];
}

export function calendarSentence(m: ReportModel): string {
  const c = m.counts;
  const counted = c['on-track'] + c.lapse + c.none;
  if (counted === 0) return 'No days of this period fall between your start date and today yet.';
  return `Of ${plural(counted, 'day')} from ${m.from} to ${m.to}, ${c['on-track']} were on track, ${c.lapse} ${c.lapse === 1 ? 'was a lapse day' : 'were lapse days'}, and ${c.none} had no check-in.`;
}

type Measure = 'urge' | 'mood';

export const MEASURES: Record<Measure, { title: string; min: number; max: number; lowerIsBetter: boolean }> = {
  urge: { title: 'Strongest urge of the day (0 to 10)', min: 0, max: 10, lowerIsBetter: true },
  mood: { title: 'Mood (1 to 10)', min: 0, max: 10, lowerIsBetter: false },
};

export function chartSentence(m: ReportModel, measure: Measure): string {
  const key7 = measure === 'urge' ? 'urge7' : 'mood7';
  const values = m.days.filter((d) => d[measure] !== null);
  if (values.length === 0) return `No ${measure} was recorded from ${m.from} to ${m.to}.`;
  const avg = round1(mean(values.map((d) => d[measure]!))!);
  const firstAvg = m.days.find((d) => d[key7] !== null)?.[key7] ?? null;
  const lastAvg = [...m.days].reverse().find((d) => d[key7] !== null)?.[key7] ?? null;
  const high = values.reduce((a, b) => (b[measure]! > a[measure]! ? b : a));
  const low = values.reduce((a, b) => (b[measure]! < a[measure]! ? b : a));
  const word = measure === 'urge' ? 'Urge' : 'Mood';
  return (
    `${word} was recorded on ${values.length} of ${plural(periodDays(m), 'day')}, averaging ${avg.toFixed(1)}. ` +
    `The 7-day average went from ${fmt(firstAvg)} at the start to ${fmt(lastAvg)} at the end. ` +
    `Highest ${high[measure]} on ${high.day}; lowest ${low[measure]} on ${low.day}.`
  );
}

export interface WeekRow {
  from: string;
  to: string;
  urge: number | null;
  mood: number | null;
  checkins: number;
  lapses: number;
}

/** The period in weeks from its first day: the charts' numbers as a table. */
export function weekRows(days: readonly ReportDay[]): WeekRow[] {
  const rows: WeekRow[] = [];
  for (let i = 0; i < days.length; i += 7) {
    const week = days.slice(i, i + 7);
    const avg = (k: Measure) => {
      const v = mean(week.map((d) => d[k]).filter((x): x is number => x !== null));
      return v === null ? null : round1(v);
    };
    rows.push({
      from: week[0]!.day,
      to: week.at(-1)!.day,
      urge: avg('urge'),
      mood: avg('mood'),
      checkins: week.filter((d) => d.status === 'on-track' || d.status === 'lapse').length,
      lapses: week.filter((d) => d.status === 'lapse').length,
    });
  }
  return rows;
}

export const numberOrDash = (n: number | null) => (n === null ? '–' : n.toFixed(1));

export function milestoneText(days: number | null): string {
  return days === 1 ? 'first day on track' : days === null ? 'a milestone' : `${days} days on track`;
}

export function lapseSentence(m: ReportModel): string {
  if (m.lapses.length === 0) return `No lapses from ${m.from} to ${m.to}.`;
  return `${plural(m.lapses.length, 'day')} with a lapse from ${m.from} to ${m.to}. A lapse is information, not failure: each one shows something to plan for.`;
}
