// The report's sections as HTML. Every chart comes with a sentence and a table that say the same.
import { POINT_SHORT } from '../ui/progress-screen.js';
import { monthGrids, monthName, STATUS_WORDS, weekdayNames, type MonthGrid, type WeekStart } from './calendar.js';
import { chartSvg } from './charts.js';
import { escapeHtml as h } from './html-text.js';
import type { KeyAnswers } from './key-answers.js';
import type { ReportModel } from './model.js';
import { calendarSentence, chartSentence, glanceRows, lapseSentence, MEASURES, milestoneText, numberOrDash, weekRows } from './words.js';

const section = (id: string, title: string, body: string[]) => `<section id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h">${h(title)}</h2>\n${body.join('\n')}\n</section>`;
const table = (caption: string, head: string[], rows: string[][], numeric: number[] = []) =>
  `<div class="scroll"><table><caption class="sr">${h(caption)}</caption><thead><tr>${head.map((c, i) => `<th scope="col"${numeric.includes(i) ? ' class="num"' : ''}>${h(c)}</th>`).join('')}</tr></thead><tbody>` +
  rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`).join('') +
  '</tbody></table></div>';
const ul = (items: string[], cls = '') => `<ul${cls ? ` class="${cls}"` : ''}>${items.map((i) => `<li>${i}</li>`).join('')}</ul>`;

export function glanceSection(m: ReportModel): string {
  return section('glance', 'At a glance', [`<dl class="glance">${glanceRows(m).map(([k, v]) => `<dt>${h(k)}</dt><dd>${h(v)}</dd>`).join('')}</dl>`]);
}

function monthTable(g: MonthGrid, start: WeekStart): string {
  const names = weekdayNames(start);
  const head = names.map((n) => `<th scope="col"><abbr title="${n}">${n.slice(0, 2)}</abbr></th>`).join('');
  const rows = g.weeks.map(
    (w) =>
      `<tr>${w
        .map((c) => {
          if (!c) return '<td></td>';
          const words = `${STATUS_WORDS[c.status]}${c.today ? ', today' : ''}`;
          return `<td class="${c.status}${c.today ? ' today' : ''}" title="${c.day}: ${words}">${Number(c.day.slice(8))}<span class="sr"> ${words}</span></td>`;
        })
        .join('')}</tr>`,
  );
  return `<table class="month"><caption>${monthName(g.month)}</caption><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

export function calendarSection(m: ReportModel, start: WeekStart): string {
  const status = new Map(m.days.map((d) => [d.day, d.status]));
  const grids = monthGrids(m.from, m.to, (d) => status.get(d) ?? 'future', m.today, start);
  const legend = (['on-track', 'lapse', 'none'] as const).map((s) => `<li><span class="${s}" aria-hidden="true"></span>${STATUS_WORDS[s]}</li>`);
  const byMonth = grids.map((g) => {
    const days = g.weeks.flat().filter((c) => c !== null);
    const n = (s: string) => String(days.filter((c) => c!.status === s).length);
    return [h(monthName(g.month)), n('on-track'), n('lapse'), n('none')];
  });
  return section('calendar', 'Calendar', [
    `<p>${h(calendarSentence(m))}</p>`,
    `<ul class="legend">${legend.join('')}<li><span class="none today" aria-hidden="true"></span>today</li></ul>`,
    `<div class="months">${grids.map((g) => monthTable(g, start)).join('')}</div>`,
    '<h3>Days by month</h3>',
    table('Days by month', ['Month', 'On track', 'Lapse', 'No check-in'], byMonth, [1, 2, 3]),
  ]);
}

export function trendsSection(m: ReportModel): string {
  const figure = (measure: 'urge' | 'mood') => {
    const spec = MEASURES[measure];
    const summary = chartSentence(m, measure);
    const points = m.days.filter((d) => d.status !== 'future').map((d) => ({ day: d.day, value: d[measure], average: d[measure === 'urge' ? 'urge7' : 'mood7'] }));
    return `<figure><h3>${h(spec.title)}</h3>${chartSvg({ id: `chart-${measure}`, title: spec.title, summary, min: spec.min, max: spec.max, points })}<figcaption>${h(summary)} Dots are days; the line is the 7-day average.</figcaption></figure>`;
  };
  const rows = weekRows(m.days.filter((d) => d.status !== 'future')).map((r) => [`${r.from} to ${r.to}`, numberOrDash(r.urge), numberOrDash(r.mood), String(r.checkins), String(r.lapses)]);
  return section('trends', 'Urge and mood', [figure('urge'), figure('mood'), '<h3>Week by week</h3>', table('Urge and mood week by week', ['Week', 'Urge', 'Mood', 'Check-ins', 'Lapse days'], rows, [1, 2, 3, 4])]);
}

export function pointsSection(m: ReportModel): string {
  const p = m.progress;
  const rows = p.points.map((pt) => [
    `${pt.point}. ${h(POINT_SHORT[pt.point] ?? pt.title)}`,
    String(pt.score),
    ul(pt.criteria.map((c) => `<span class="${c.met ? 'met' : 'unmet'}">${c.met ? '✓ met' : '○ not yet'}</span>: ${h(c.label)} (${c.value} of ${c.target})`)),
  ]);
  const items = p.graduation.items.map((i) => `<span class="${i.met ? 'met' : 'unmet'}">${i.met ? '✓ met' : '○ not yet'}</span>: ${h(i.label)}${i.value === null ? '' : ` (${i.value} of ${i.target})`}`);
  return section('points', 'The four points', [
    `<p>Where the work stands today (${p.today}), scored 0 to 100 from the work done on each point.</p>`,
    table('The four points', ['Point', 'Score', 'Criteria'], rows, [1]),
    '<h3>Graduation checklist</h3>',
    `<p>${p.graduation.met} of ${p.graduation.of} met. Graduation is your call; this is the evidence.</p>`,
    ul(items),
  ]);
}

export function triggersSection(m: ReportModel): string {
  const triggers = m.triggers.length === 0 ? '<p>No triggers were noted in this period.</p>' : table('Top triggers', ['Trigger', 'Times noted'], m.triggers.map((t) => [h(t.trigger), String(t.count)]), [1]);
  const coping =
    m.coping.length === 0
      ? '<p>Nothing was used often enough (twice or more) to compare yet.</p>'
      : table('What helped', ['What you did', 'Times', 'Average urge'], m.coping.map((c) => [h(c.coping), String(c.uses), c.averageUrge.toFixed(1)]), [1, 2]);
  return section('triggers', 'Triggers and what helped', ['<h3>Top triggers</h3>', triggers, '<h3>What helped</h3>', '<p>The ways of coping that went with the lowest urges (used at least twice).</p>', coping]);
}

export function milestonesSection(m: ReportModel): string {
  const next = m.progress.onTrack.nextMilestone;
  const body = m.milestones.length === 0 ? ['<p>No milestones were reached in this period.</p>'] : [ul(m.milestones.map((k) => `${k.reachedOn}: ${h(milestoneText(k.days))}`))];
  if (next) body.push(`<p>Next: ${h(milestoneText(next.days))}, on ${next.on} if this run continues.</p>`);
  return section('milestones', 'Milestones', body);
}

export function lapsesSection(m: ReportModel): string {
  const items = m.lapses.map((l) => (l.details.length === 0 ? l.day : `${l.day}${ul(l.details.map((d) => `${h(d.label)}: ${h(d.values.join('; '))}`), 'answers')}`));
  return section('lapses', 'Lapses and what was learned', [`<p>${h(lapseSentence(m))}</p>`, items.length ? ul(items) : '']);
}

function answersHtml(a: KeyAnswers): string {
  const out: string[] = [];
  if (a.grid && a.grid.rows.some((r) => r.cells.some((c) => c.length > 0))) {
    const rows = a.grid.rows.map((r) => `<tr><th scope="row">${h(r.label)}</th>${r.cells.map((c) => `<td>${c.length ? ul(c.map(h), 'answers') : '–'}</td>`).join('')}</tr>`);
    out.push(`<div class="scroll"><table class="grid-answers"><thead><tr><td></td>${a.grid.columns.map((c) => `<th scope="col">${h(c)}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`);
  }
  for (const f of a.fields) out.push(`<p><strong>${h(f.label)}</strong></p>${ul(f.values.map(h), 'answers')}`);
  return out.join('');
}

export function worksheetsSection(m: ReportModel): string {
  if (m.worksheets.length === 0) return section('worksheets', 'Worksheets', [`<p>No worksheets were done from ${m.from} to ${m.to}.</p>`]);
  const body = [table('Worksheets done', ['Day', 'Worksheet'], m.worksheets.map((w) => [w.day, h(w.title)]))];
  if (m.include.has('worksheets'))
    for (const w of m.worksheets.filter((x) => x.answers.grid || x.answers.fields.length > 0)) body.push(`<article><h3>${h(w.title)}, ${w.day}</h3>${answersHtml(w.answers)}</article>`);
  return section('worksheets', 'Worksheets', body);
}

export function notesSection(m: ReportModel): string {
  return section('notes', 'Notes', [m.notes.length === 0 ? '<p>No notes in this period.</p>' : ul(m.notes.map((n) => `${n.day}: ${h(n.text)}`))]);
}
