// The calendar in the terminal: months as grids of days, side by side as the width allows. Each day is
// its number and a glyph (+ on track, x lapse, · no check-in), coloured when colour is on; today has a
// > before it. Pure: the grids, a theme and a width in, lines out.
import { monthName, weekdayNames, type CalendarDay, type DayStatus, type MonthGrid, type WeekStart } from '../report/calendar.js';
import type { Theme } from './theme.js';

export const CAL_GLYPHS: Record<DayStatus, string> = { 'on-track': '+', lapse: 'x', none: '·', 'before-start': ' ', future: ' ' };
/** A day is four columns: a gap (or the today mark), two digits and a glyph. */
const CELL = 4;
const MONTH_WIDTH = CELL * 7;
const GAP = '  ';

function paint(c: CalendarDay, text: string, t: Theme): string {
  const colour: Record<DayStatus, (s: string) => string> = { 'on-track': t.good, lapse: t.warn, none: t.dim, 'before-start': t.dim, future: t.dim };
  const painted = colour[c.status](text);
  return c.today ? t.chalk.inverse(painted) : painted;
}

function cellText(c: CalendarDay | null, t: Theme): string {
  if (!c) return ' '.repeat(CELL);
  const mark = c.today ? '>' : ' ';
  return mark + paint(c, `${String(Number(c.day.slice(8))).padStart(2)}${CAL_GLYPHS[c.status]}`, t);
}

/** One month as lines of exactly MONTH_WIDTH visible columns. */
function monthLines(g: MonthGrid, start: WeekStart, t: Theme): string[] {
  const name = monthName(g.month);
  const left = Math.floor((MONTH_WIDTH - name.length) / 2);
  const title = ' '.repeat(left) + t.heading(name) + ' '.repeat(MONTH_WIDTH - left - name.length);
  const head = t.dim(weekdayNames(start).map((n) => ` ${n.slice(0, 2)} `).join(''));
  return [title, head, ...g.weeks.map((w) => w.map((c) => cellText(c, t)).join(''))];
}

export function calendarLines(grids: readonly MonthGrid[], t: Theme, width: number, start: WeekStart = 'monday'): string[] {
  const perRow = Math.max(1, Math.floor((width + GAP.length) / (MONTH_WIDTH + GAP.length)));
  const out: string[] = [];
  for (let i = 0; i < grids.length; i += perRow) {
    const blocks = grids.slice(i, i + perRow).map((g) => monthLines(g, start, t));
    const height = Math.max(...blocks.map((b) => b.length));
    if (out.length > 0) out.push('');
    for (let r = 0; r < height; r++) out.push(blocks.map((b) => b[r] ?? ' '.repeat(MONTH_WIDTH)).join(GAP).trimEnd());
  }
  // The legend wraps to the width like the months do (pieces measured without their colour codes).
  const pieces: [string, string][] = [['+ on track', t.good('+ on track')], ['x lapse', t.warn('x lapse')], ['· no check-in', t.dim('· no check-in')], ['>today', '>today']];
  const legend: string[] = [];
  let plain = '';
  for (const [text, painted] of pieces) {
    if (plain !== '' && plain.length + 3 + text.length > width) {
      legend.push('');
      plain = '';
    }
    legend[Math.max(0, legend.length - 1)] = plain === '' ? painted : `${legend.at(-1)}   ${painted}`;
    plain = plain === '' ? text : `${plain}   ${text}`;
  }
  return [...out, '', ...legend];
}
