// The report in Markdown: the same sections as the HTML page, with tables, and sparklines for the
// charts. A person's words are escaped (inline()), and the page passes markdownlint's default rules.
import { layoutLines, WIDE_TABLES_NOTE } from '../export/markdown-layout.js';
import { POINT_SHORT } from '../ui/progress-screen.js';
import { sparkline } from '../ui/sparkline.js';
import { inline } from '../worksheets/markdown-text.js';
import { monthGrids, monthName, STATUS_WORDS, weekdayNames, type CalendarDay, type WeekStart } from './calendar.js';
import type { KeyAnswers } from './key-answers.js';
import type { ReportModel } from './model.js';
import { calendarSentence, chartSentence, glanceRows, lapseSentence, MEASURES, milestoneText, numberOrDash, privacyLines, weekRows } from './words.js';

/** The glyph of each day's status in a Markdown or terminal calendar: distinct without colour. */
export const GLYPHS = { 'on-track': '+', lapse: 'x', none: '·', 'before-start': ' ', future: ' ' } as const;

// An empty cell is one space wide: markdownlint's compact table style (MD060) wants no more.
const row = (cells: readonly string[]) => `|${cells.map((c) => (c === '' ? ' ' : ` ${c} `)).join('|')}|`;
const table = (head: string[], rows: string[][], numeric: number[] = []) => [
  '',
  row(head),
  row(head.map((_, i) => (numeric.includes(i) ? '---:' : '---'))),
  ...rows.map(row),
  '',
];
const SPARK_WIDTH = 60;

function cell(c: CalendarDay | null): string {
  if (!c) return '';
  const n = String(Number(c.day.slice(8)));
  const glyph = GLYPHS[c.status].trim();
  const day = c.today ? `**${n}**` : n;
  return glyph ? `${day} ${glyph}` : day;
}

function calendarLines(m: ReportModel, start: WeekStart): string[] {
  const status = new Map(m.days.map((d) => [d.day, d.status]));
  const grids = monthGrids(m.from, m.to, (d) => status.get(d) ?? 'future', m.today, start);
  const legend = `Legend: ${(['on-track', 'lapse', 'none'] as const).map((s) => `${GLYPHS[s]} ${STATUS_WORDS[s]}`).join(', ')}; today in bold.`;
  const lines = ['## Calendar', '', calendarSentence(m), '', legend];
  for (const g of grids) {
    lines.push('', `### ${monthName(g.month)}`, ...table(weekdayNames(start).map((n) => n.slice(0, 2)), g.weeks.map((w) => w.map(cell))));
  }
  return lines;
}

function trendLines(m: ReportModel): string[] {
  const past = m.days.filter((d) => d.status !== 'future');
  const lines = ['## Urge and mood', ''];
  const per = Math.ceil(past.length / SPARK_WIDTH);
  for (const measure of ['urge', 'mood'] as const) {
    const spec = MEASURES[measure];
    const spark = (k: 'urge' | 'urge7' | 'mood' | 'mood7') => sparkline(past.map((d) => d[k]), { min: spec.min, max: spec.max, width: SPARK_WIDTH });
    lines.push(
      `### ${spec.title}`,
      '',
      `- Each day: \`${spark(measure)}\``,
      `- 7-day average: \`${spark(measure === 'urge' ? 'urge7' : 'mood7')}\``,
      '',
      `${chartSentence(m, measure)}${per > 1 ? ` Each mark is ${per} days.` : ''}`,
      '',
    );
  }
  const rows = weekRows(past).map((r) => [`${r.from} to ${r.to}`, numberOrDash(r.urge), numberOrDash(r.mood), String(r.checkins), String(r.lapses)]);
  lines.push('### Week by week', ...table(['Week', 'Urge', 'Mood', 'Check-ins', 'Lapse days'], rows, [1, 2, 3, 4]));
  return lines;
}

function pointsLines(m: ReportModel): string[] {
  const p = m.progress;
  const mark = (met: boolean) => (met ? 'met' : 'not yet');
  const rows = p.points.map((pt) => [`${pt.point}. ${POINT_SHORT[pt.point] ?? inline(pt.title)}`, String(pt.score), pt.criteria.map((c) => `${inline(c.label)} ${c.value}/${c.target} (${mark(c.met)})`).join('; ')]);
  return [
    '## The four points',
    '',
    `Where the work stands today (${p.today}), scored 0 to 100 from the work done on each point.`,
    ...table(['Point', 'Score', 'Criteria'], rows, [1]),
    '### Graduation checklist',
    '',
    `${p.graduation.met} of ${p.graduation.of} met. Graduation is your call; this is the evidence.`,
    '',
    ...p.graduation.items.map((i) => `- ${mark(i.met)}: ${inline(i.label)}${i.value === null ? '' : ` (${i.value} of ${i.target})`}`),
  ];
}

function triggerLines(m: ReportModel): string[] {
  return [
    '## Triggers and what helped',
    '',
    '### Top triggers',
    ...(m.triggers.length === 0 ? ['', 'No triggers were noted in this period.'] : table(['Trigger', 'Times noted'], m.triggers.map((t) => [inline(t.trigger), String(t.count)]), [1])),
    '',
    '### What helped',
    '',
    'The ways of coping that went with the lowest urges (used at least twice).',
    ...(m.coping.length === 0
      ? ['', 'Nothing was used often enough to compare yet.']
      : table(['What you did', 'Times', 'Average urge'], m.coping.map((c) => [inline(c.coping), String(c.uses), c.averageUrge.toFixed(1)]), [1, 2])),
  ];
}

function answerLines(a: KeyAnswers): string[] {
  const out: string[] = [];
  if (a.grid && a.grid.rows.some((r) => r.cells.some((c) => c.length > 0))) {
    out.push(...table(['', ...a.grid.columns.map(inline)], a.grid.rows.map((r) => [inline(r.label), ...r.cells.map((c) => (c.length ? c.map(inline).join('; ') : '–'))])));
  }
  for (const f of a.fields) out.push('', `${inline(f.label)}:`, '', ...f.values.map((v) => `- ${inline(v)}`));
  return out;
}

function worksheetLines(m: ReportModel): string[] {
  if (m.worksheets.length === 0) return ['## Worksheets', '', `No worksheets were done from ${m.from} to ${m.to}.`];
  const lines = ['## Worksheets', ...table(['Day', 'Worksheet'], m.worksheets.map((w) => [w.day, inline(w.title)]))];
  const seen = new Map<string, number>();
  if (m.include.has('worksheets'))
    for (const w of m.worksheets.filter((x) => x.answers.grid || x.answers.fields.length > 0)) {
      const base = `${inline(w.title)}, ${w.day}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      lines.push('', `### ${base}${n > 1 ? ` (${n})` : ''}`, ...answerLines(w.answers));
    }
  return lines;
}

export function renderReportMarkdown(m: ReportModel, weekStart: WeekStart = 'monday'): string {
  const next = m.progress.onTrack.nextMilestone;
  const lines = [
    `# Private recovery report: ${m.from} to ${m.to}`,
    '',
    ...privacyLines(m).flatMap((l) => [inline(l), '']),
    '## At a glance',
    ...table(['Measure', 'Now'], glanceRows(m).map(([k, v]) => [k, v])),
    ...calendarLines(m, weekStart),
    '',
    ...trendLines(m),
    '',
    ...pointsLines(m),
    '',
    ...triggerLines(m),
    '',
    '## Milestones',
    '',
    ...(m.milestones.length === 0 ? ['No milestones were reached in this period.'] : m.milestones.map((k) => `- ${k.reachedOn}: ${milestoneText(k.days)}`)),
    ...(next ? ['', `Next: ${milestoneText(next.days)}, on ${next.on} if this run continues.`] : []),
    '',
    '## Lapses and what was learned',
    '',
    lapseSentence(m),
    '',
    ...m.lapses.flatMap((l) => [`- ${l.day}`, ...l.details.map((d) => `  - ${inline(d.label)}: ${d.values.map(inline).join('; ')}`)]),
    '',
    ...worksheetLines(m),
    ...(m.include.has('notes') ? ['', '## Notes', '', ...(m.notes.length === 0 ? ['No notes in this period.'] : m.notes.map((n) => `- ${n.day}: ${inline(n.text)}`))] : []),
    '',
    '---',
    '',
    `Made by fourpoint ${m.version} on ${m.madeAt.slice(0, 10)}. fourpoint is an unofficial companion to the SMART Recovery 4-Point Program, not affiliated with SMART Recovery, and not a substitute for professional help.`,
  ];
  const laid = layoutLines(lines);
  return laid.wideTable ? `${laid.text}\n${WIDE_TABLES_NOTE}\n` : laid.text;
}
