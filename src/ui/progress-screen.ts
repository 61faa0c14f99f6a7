// The progress screen: bars, sparklines, streaks, the checklist and one next step. Pure: a report and a
// theme in, text out. Every colour doubles a word or a mark, so it reads the same with colour off.
import type { Averages, ChecklistItem, Criterion, PointProgress, ProgressReport } from '../domain/progress/types.js';
import { bar } from './bar.js';
import { sparkline } from './sparkline.js';
import type { Theme } from './theme.js';
import { wrapPieces, wrapWords } from './wrap.js';

export const POINT_SHORT: Record<number, string> = { 1: 'Motivation', 2: 'Urges', 3: 'Thoughts and feelings', 4: 'Balance' };
const WIDTH = 78;
const BAR_WIDTH = 20;
const SPARK_WIDTH = 60;

const LABEL = ' '.repeat(15);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const note = (text: string, t: Theme) => wrapWords(text, { first: LABEL, indent: LABEL, width: WIDTH }).map((l) => t.dim(l));

function onTrackLines(r: ProgressReport, t: Theme): string[] {
  const o = r.onTrack;
  const lines = [`  On track     ${t.heading(plural(o.days, 'day'))}${o.days > 0 ? ` since ${o.since}` : ''}   longest run ${plural(o.longest, 'day')}`];
  const kept = 'Your longest run and all your work still count.';
  if (o.lastLapse && o.days === 0) lines.push(...wrapWords(`A lapse today: a new run starts tomorrow. ${kept}`, { first: LABEL, indent: LABEL, width: WIDTH }));
  else if (o.lastLapse) lines.push(...note(`A lapse on ${o.lastLapse} began a new run. ${kept}`, t));
  if (o.nextMilestone) lines.push(...note(`next milestone: ${plural(o.nextMilestone.days, 'day')}, on ${o.nextMilestone.on} (in ${plural(o.nextMilestone.inDays, 'day')})`, t));
  const c = r.checkins;
  lines.push(`  Check-ins    ${plural(c.streak, 'day')} in a row   ${c.consistency.days} of the last ${plural(c.consistency.of, 'day')} (${c.consistency.percent}%)`);
  if (!c.checkedInToday) lines.push(...note('no check-in yet today: fourpoint checkin', t));
  return lines;
}

function criterionText(c: Criterion, t: Theme): string {
  return `${c.met ? t.good('✓') : t.dim('·')} ${c.label} ${c.value}/${c.target}`;
}

function pointLines(p: PointProgress, t: Theme): string[] {
  const { filled, empty } = bar(p.score / 100, BAR_WIDTH);
  const name = `${p.point} ${POINT_SHORT[p.point]}`.padEnd(24);
  const head = `  ${name}${t.accent(filled)}${t.dim(empty)} ${String(p.score).padStart(3)}`;
  return [head, ...wrapPieces(p.criteria.map((c) => criterionText(c, t)), { first: '      ', indent: '      ', sep: '   ', width: WIDTH })];
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

function trendLines(r: ProgressReport, t: Theme): string[] {
  const days = r.series.urge.length;
  const width = Math.min(SPARK_WIDTH, days);
  const perBlock = Math.ceil(days / width);
  const scale = perBlock > 1 ? `, ${perBlock} days a block` : '';
  return [
    `  Urges 0-10   ${t.accent(sparkline(r.series.urge, { min: 0, max: 10, width }))}`,
    ...note(trendWords(r.urges, true, t), t),
    `  Mood 1-10    ${t.accent(sparkline(r.series.mood, { min: 1, max: 10, width }))}`,
    ...note(trendWords(r.mood, false, t), t),
    ...note(`${r.series.from} to ${r.series.to} (${plural(days, 'day')}${scale}; · = nothing recorded)`, t),
  ];
}

function patternLines(r: ProgressReport): string[] {
  const triggers = r.topTriggers.length ? r.topTriggers.map((x) => `${x.trigger} (${x.count})`).join(', ') : 'none noted yet';
  const best = r.coping.best;
  const helped = best ? `${best.coping}: urges averaged ${best.averageUrge.toFixed(1)} (${plural(best.uses, 'time')})` : 'not enough yet (a way of coping needs to be noted twice)';
  return [
    ...wrapWords(triggers, { first: '  Top triggers ', indent: LABEL, width: WIDTH }),
    ...wrapWords(helped, { first: '  What helped  ', indent: LABEL, width: WIDTH }),
  ];
}

function checklistLine(i: ChecklistItem, t: Theme): string {
  const mark = i.met ? t.good('[✓]') : '[ ]';
  const value = i.value === null ? 'nothing recorded yet' : `now ${Number.isInteger(i.value) ? i.value : i.value.toFixed(1)}`;
  return `  ${mark} ${i.label} ${t.dim(`(${value})`)}`;
}

export function renderProgress(r: ProgressReport, t: Theme): string {
  const g = r.graduation;
  const s = r.suggestion;
  const lines = [
    t.heading(`Your progress   started ${r.startDate}, ${plural(r.daysSinceStart, 'day')} ago`),
    '',
    ...onTrackLines(r, t),
    '',
    t.heading('The four points'),
    ...r.points.flatMap((p) => pointLines(p, t)),
    '',
    t.heading(`Urges and mood`),
    ...trendLines(r, t),
    '',
    ...patternLines(r),
    '',
    t.heading(`Graduation: ${g.met} of ${g.of}`) + t.dim('   (graduating is your call; this is the evidence)'),
    ...g.items.map((i) => checklistLine(i, t)),
    '',
    ...wrapWords(`(point ${s.point}): ${s.text}.`, { first: `${t.heading('Next step')} `, indent: '  ', width: WIDTH }),
    `  ${t.accent(s.command)}`,
  ];
  return lines.join('\n');
}
