// The progress screen: bars, sparklines, streaks, the checklist and one next step. Pure: a report and a
// theme in, text out. Every colour doubles a word or a mark, so it reads the same with colour off.
import type { Averages, ChecklistItem, Criterion, PointProgress, ProgressReport } from '../domain/progress/types.js';
import { bar } from './bar.js';
import { sparkline } from './sparkline.js';
import type { Theme } from './theme.js';
import { PIPE_WIDTH, padTo, wrap, wrapPieces } from './layout.js';
import { safeLine } from './safe-text.js';

export const POINT_SHORT: Record<number, string> = { 1: 'Motivation', 2: 'Urges', 3: 'Thoughts and feelings', 4: 'Balance' };
const BAR_WIDTH = 20;
const SPARK_WIDTH = 60;

const LABEL = ' '.repeat(15);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const note = (text: string, t: Theme, w: number) => wrap(text, w, { first: LABEL, indent: LABEL }).map((l) => t.dim(l));

function onTrackLines(r: ProgressReport, t: Theme, w: number): string[] {
  const o = r.onTrack;
  // Days are counted as the header counts them: the first day is day 1, so "today is day 32" and "32 days,
  // counted from" the same start agree (a count "since" it read as one day fewer).
  const lines = wrapPieces([`${t.heading(plural(o.days, 'day'))}${o.days > 0 ? `, counted from ${o.since}` : ''}`, `longest run ${plural(o.longest, 'day')}`], w, { first: '  On track     ', indent: LABEL });
  const kept = 'Your longest run and all your work still count.';
  if (o.lastLapse && o.days === 0) lines.push(...wrap(`A lapse today: a new run starts tomorrow. ${kept}`, w, { first: LABEL, indent: LABEL }));
  else if (o.lastLapse) lines.push(...note(`A lapse on ${o.lastLapse} began a new run. ${kept}`, t, w));
  if (o.nextMilestone) lines.push(...note(`next milestone: ${plural(o.nextMilestone.days, 'day')}, on ${o.nextMilestone.on} (in ${plural(o.nextMilestone.inDays, 'day')})`, t, w));
  const c = r.checkins;
  lines.push(...wrapPieces([`${plural(c.streak, 'day')} in a row`, `${c.consistency.days} of the last ${plural(c.consistency.of, 'day')} (${c.consistency.percent}%)`], w, { first: '  Check-ins    ', indent: LABEL }));
  if (!c.checkedInToday) lines.push(...note('no check-in yet today: fourpoint checkin', t, w));
  return lines;
}

function criterionText(c: Criterion, t: Theme): string {
  return `${c.met ? t.good('✓') : t.dim('·')} ${c.label} ${c.value}/${c.target}`;
}

function pointLines(p: PointProgress, t: Theme, w: number): string[] {
  const { filled, empty } = bar(p.score / 100, BAR_WIDTH);
  const name = padTo(`${p.point} ${POINT_SHORT[p.point]}`, 24);
  const head = `  ${name}${t.accent(filled)}${t.dim(empty)} ${String(p.score).padStart(3)}`;
  return [head, ...wrapPieces(p.criteria.map((c) => criterionText(c, t)), w, { first: '      ', indent: '      ', sep: '   ' })];
}

function trendWords(a: Averages, lowerIsBetter: boolean, t: Theme): string {
  const fmt = (n: number | null) => (n === null ? 'none recorded' : n.toFixed(1));
  const words = {
    better: t.good(`better (${lowerIsBetter ? 'lower' : 'higher'})`),
    worse: t.warn(`harder (${lowerIsBetter ? 'higher' : 'lower'})`),
    steady: 'steady',
    unknown: 'not enough to compare yet',
  }[a.direction];
  return `last 7 days ${fmt(a.last7)}, the 30 before ${fmt(a.previous30)}: ${words}`;
}

function trendLines(r: ProgressReport, t: Theme, w: number): string[] {
  const days = r.series.urge.length;
  // The sparkline sits after a 15-column label and must fit the screen.
  const width = Math.max(7, Math.min(SPARK_WIDTH, days, w - LABEL.length));
  const perBlock = Math.ceil(days / width);
  const scale = perBlock > 1 ? `, ${perBlock} days a block` : '';
  return [
    `  Urges 0-10   ${t.accent(sparkline(r.series.urge, { min: 0, max: 10, width }))}`,
    ...note(trendWords(r.urges, true, t), t, w),
    `  Mood 1-10    ${t.accent(sparkline(r.series.mood, { min: 1, max: 10, width }))}`,
    ...note(trendWords(r.mood, false, t), t, w),
    ...note(`${r.series.from} to ${r.series.to} (${plural(days, 'day')}${scale}; · = nothing recorded)`, t, w),
  ];
}

function patternLines(r: ProgressReport, w: number): string[] {
  // Triggers and coping are the person's own words: made safe for the terminal.
  const triggers = r.topTriggers.length ? r.topTriggers.map((x) => `${safeLine(x.trigger)} (${x.count})`).join(', ') : 'none noted yet';
  const best = r.coping.best;
  const helped = best ? `${safeLine(best.coping)}: urges averaged ${best.averageUrge.toFixed(1)} (${plural(best.uses, 'time')})` : 'not enough yet (a way of coping needs to be noted twice)';
  return [
    ...wrap(triggers, w, { first: '  Top triggers ', indent: LABEL }),
    ...wrap(helped, w, { first: '  What helped  ', indent: LABEL }),
  ];
}

function checklistLine(i: ChecklistItem, t: Theme, w: number): string {
  const mark = i.met ? t.good('[✓]') : '[ ]';
  const value = i.value === null ? 'nothing recorded yet' : `now ${Number.isInteger(i.value) ? i.value : i.value.toFixed(1)}`;
  return wrap(`${i.label} ${t.dim(`(${value})`)}`, w, { first: `  ${mark} `, indent: '      ' }).join('\n');
}

/** The progress screen laid out for `width` columns (the terminal's, from screenWidth()). */
export function renderProgress(r: ProgressReport, t: Theme, w = PIPE_WIDTH): string {
  const g = r.graduation;
  const s = r.suggestion;
  const lines = [
    ...wrapPieces([t.heading('Your progress'), t.heading(r.today < r.startDate ? `starting ${r.startDate}` : `started ${r.startDate}, today is day ${r.daysSinceStart + 1}`)], w, { indent: '' }),
    '',
    ...onTrackLines(r, t, w),
    '',
    t.heading('The four points'),
    ...r.points.flatMap((p) => pointLines(p, t, w)),
    '',
    t.heading(`Urges and mood`),
    ...trendLines(r, t, w),
    '',
    ...patternLines(r, w),
    '',
    ...wrapPieces([t.heading(`Graduation: ${g.met} of ${g.of}`), t.dim('(graduating is your call; this is the evidence)')], w, { indent: '' }),
    ...g.items.map((i) => checklistLine(i, t, w)),
    '',
    ...wrap(`(point ${s.point}): ${s.text}.`, w, { first: `${t.heading('Next step')} `, indent: '  ' }),
    `  ${t.accent(s.command)}`,
  ];
  return lines.join('\n');
}
