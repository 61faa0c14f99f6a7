// Urge and mood over time as SVG, made when the report is written: d3-scale places the days and values,
// d3-shape draws the 7-day average. No script in the page; colours come from the page's CSS classes so
// the light and dark themes and print all apply.
import { scaleLinear, scaleUtc } from 'd3-scale';
import { curveMonotoneX, line } from 'd3-shape';
import { addDays } from '../domain/dates.js';
import { escapeHtml } from './html-text.js';

export interface ChartPoint {
  day: string;
  value: number | null;
  average: number | null;
}

export interface ChartSpec {
  id: string;
  title: string;
  /** The sentence that says what the chart shows, for a screen reader and for anyone. */
  summary: string;
  min: number;
  max: number;
  points: ChartPoint[];
}

const WIDTH = 720;
const HEIGHT = 220;
const M = { top: 12, right: 16, bottom: 28, left: 32 };

const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const n1 = (n: number) => String(Math.round(n * 10) / 10);

export function chartSvg(spec: ChartSpec): string {
  const first = spec.points[0]?.day ?? '1970-01-01';
  const last = spec.points.at(-1)?.day ?? first;
  const x = scaleUtc()
    .domain([utc(first), utc(last === first ? addDays(first, 1) : last)])
    .range([M.left, WIDTH - M.right]);
  const y = scaleLinear().domain([spec.min, spec.max]).range([HEIGHT - M.bottom, M.top]);
  const average = line<ChartPoint>()
    .defined((p) => p.average !== null)
    .x((p) => x(utc(p.day)))
    .y((p) => y(p.average ?? 0))
    .curve(curveMonotoneX)
    .digits(1);
  const yTicks = y.ticks(5).map((v) => {
    const at = n1(y(v));
    return `<line class="grid" x1="${M.left}" x2="${WIDTH - M.right}" y1="${at}" y2="${at}"/><text class="tick" x="${M.left - 6}" y="${at}" dy="0.32em" text-anchor="end">${v}</text>`;
  });
  const format = x.tickFormat(6, '%b %-d');
  const xTicks = x.ticks(6).map((d) => `<text class="tick" x="${n1(x(d))}" y="${HEIGHT - 8}" text-anchor="middle">${escapeHtml(format(d))}</text>`);
  const dots = spec.points
    .filter((p) => p.value !== null)
    .map((p) => `<circle class="dot" cx="${n1(x(utc(p.day)))}" cy="${n1(y(p.value!))}" r="2.5"/>`);
  const path = average(spec.points);
  return [
    `<svg class="chart" id="${spec.id}" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${spec.id}-title ${spec.id}-desc">`,
    `<title id="${spec.id}-title">${escapeHtml(spec.title)}</title>`,
    `<desc id="${spec.id}-desc">${escapeHtml(spec.summary)}</desc>`,
    `<g class="axis">${yTicks.join('')}${xTicks.join('')}</g>`,
    `<g class="dots">${dots.join('')}</g>`,
    path ? `<path class="average" d="${path}"/>` : '',
    '</svg>',
  ].join('');
}
