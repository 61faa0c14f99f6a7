// Render hints: a definition may ask for some of its fields to be drawn as a table (the CBA's
// four boxes) or as a table with text bars (the balance pie). Still generic: the hint names
// fields, the code knows nothing about any one worksheet.
import type { Answers, AnswerValue } from '../domain/entry.js';
import { isRecord } from '../domain/records.js';
import type { Field, LeafField, WorksheetDefinition } from './definition.js';
import { formatValue, planValues, type ValuePlan } from './markdown.js';
import { LineList, type LineSink } from './markdown-lines.js';
import { inline } from './markdown-text.js';

export interface HintOutput {
  lines: string[];
  /** Fields drawn by a hint, left out of the plain list. */
  used: Set<string>;
}

/** One table row; an empty cell is one space wide, as markdownlint's compact table style (MD060) wants. */
function row(cells: string[]): string {
  let line = '|';
  for (const c of cells) line += c === '' ? ' |' : ` ${c} |`;
  return line;
}


/** One answer squeezed into a table cell: rows and items joined with "; ", all escaped. */
export function cellText(field: Field | undefined, value: AnswerValue | undefined, group?: GroupCellPlan): string {
  if (!field || value === undefined || value === null) return '';
  if (field.type === 'group' && Array.isArray(value)) return groupCell(group ?? planGroupCell(field.fields), value);
  if (Array.isArray(value)) return value.map((v) => inline(String(v))).join('; ');
  return inline(formatValue(field, value));
}

/**
 * How a group's rows show in a cell: the first field in full ("Hangovers"), the others short ("8/10").
 * The named values' texts are kept unescaped: a row is escaped whole.
 */
interface GroupCellPlan {
  first?: ValuePlan;
  rest: ValuePlan[];
}

function planGroupCell(fields: readonly LeafField[]): GroupCellPlan {
  const [first, ...rest] = fields;
  return { first: first && planValues(first, formatValue), rest: rest.map((f) => planValues(f, plain)) };
}

/** A group's rows in a cell: "Hangovers (short, 8/10); Money (long, 7/10)", each row escaped whole. */
function groupCell(plan: GroupCellPlan, rows: readonly AnswerValue[]): string {
  // Built by adding to strings rather than joining arrays: a grid draws one of these per box per entry.
  const { first, rest } = plan;
  let cell = '';
  let count = 0;
  for (const r of rows) {
    if (!isRecord<AnswerValue>(r)) continue;
    const v0 = first && r[first.id];
    const head = first && v0 !== undefined ? (first.texts.get(v0) ?? formatValue(first.field, v0)) : '';
    let extra: string | undefined;
    for (const f of rest) {
      const v = r[f.id];
      if (v === undefined) continue;
      const shown = f.texts.get(v) ?? plain(f.field, v);
      extra = extra === undefined ? shown : `${extra}, ${shown}`;
    }
    const text = inline(extra === undefined ? head : `${head} (${extra})`);
    cell = count++ === 0 ? text : `${cell}; ${text}`;
  }
  return cell;
}

/** A short form for the details in a cell: a scale as "7/10" rather than "7 (of 1 to 10)". */
function plain(f: Field | LeafField, v: AnswerValue): string {
  return f.type === 'scale' ? `${String(v)}/${f.max}` : formatValue(f, v);
}

export function bar(value: number, max: number, width = 10): string {
  const filled = Math.max(0, Math.min(width, Math.round((value / max) * width)));
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

type Grid = NonNullable<NonNullable<WorksheetDefinition['render']>['grid']>;
type Bars = NonNullable<NonNullable<WorksheetDefinition['render']>['bars']>;

/** A grid hint with what does not depend on the answers worked out: the header rows, each row's label cell and fields. */
interface GridPlan {
  cellIds: string[];
  header: string[];
  rows: { label: string; cells: { id: string; field: Field | undefined; group?: GroupCellPlan }[] }[];
}

/** A bars hint with its header rows and the group's fields looked up. */
interface BarsPlan {
  bars: Bars;
  header: string[];
  labelField: Field | undefined;
}

/**
 * What a definition's hints need that depends only on the definition, made once per definition
 * (an export draws the same hints for thousands of entries). `used` says which fields each hint
 * takes out of the plain list, whichever hints an entry's answers end up drawing.
 */
export interface HintPlan {
  grid?: GridPlan;
  bars?: BarsPlan;
  used: { none: ReadonlySet<string>; grid: ReadonlySet<string>; bars: ReadonlySet<string>; both: ReadonlySet<string> };
}

function planGrid(grid: Grid, byId: Map<string, Field>): GridPlan {
  return {
    cellIds: grid.rows.flatMap((r) => r.cells),
    header: [row(['', ...grid.columns.map(inline)]), row(['---', ...grid.columns.map(() => '---')])],
    rows: grid.rows.map((r) => ({
      label: `**${inline(r.label)}**`,
      cells: grid.columns.map((_, i) => {
        const id = r.cells[i] ?? '';
        const field = byId.get(id);
        return { id, field, group: field?.type === 'group' ? planGroupCell(field.fields) : undefined };
      }),
    })),
  };
}

function planBars(bars: Bars, byId: Map<string, Field>): BarsPlan | undefined {
  const group = byId.get(bars.field);
  if (group?.type !== 'group') return undefined;
  const sub = new Map(group.fields.map((f) => [f.id, f]));
  const head = [inline(sub.get(bars.label)?.label.replace(/[?:]\s*$/, '') ?? bars.label), 'Now', ...(bars.target ? ['Target'] : [])];
  return { bars, header: [row(head), row(head.map(() => '---'))], labelField: sub.get(bars.label) as Field | undefined };
}

// Definitions are never changed once loaded, so a plan made for one stays right for as long as it lives.
const plans = new WeakMap<WorksheetDefinition, HintPlan>();

export function hintPlan(def: WorksheetDefinition): HintPlan {
  let plan = plans.get(def);
  if (!plan) {
    const byId = new Map(def.fields.map((f) => [f.id, f]));
    const grid = def.render?.grid ? planGrid(def.render.grid, byId) : undefined;
    const bars = def.render?.bars ? planBars(def.render.bars, byId) : undefined;
    const gridIds = grid?.cellIds ?? [];
    const barsIds = bars ? [bars.bars.field] : [];
    plan = { grid, bars, used: { none: new Set(), grid: new Set(gridIds), bars: new Set(barsIds), both: new Set([...gridIds, ...barsIds]) } };
    plans.set(def, plan);
  }
  return plan;
}

/** Any of the grid's fields answered. */
function anyAnswered(ids: readonly string[], answers: Answers): boolean {
  for (const id of ids) if (answers[id] !== undefined) return true;
  return false;
}

function drawGrid(grid: GridPlan, answers: Answers, lines: LineSink): boolean {
  if (!anyAnswered(grid.cellIds, answers)) return false;
  for (const row of grid.header) lines.tableRow(row);
  for (const r of grid.rows) {
    let line = `| ${r.label} |`;
    for (const c of r.cells) {
      const text = cellText(c.field, answers[c.id], c.group);
      line += text === '' ? ' |' : ` ${text} |`;
    }
    lines.tableRow(line);
  }
  lines.push('');
  return true;
}

function drawBars({ bars, header, labelField }: BarsPlan, answers: Answers, lines: LineSink): boolean {
  const rows = answers[bars.field];
  if (!Array.isArray(rows) || rows.length === 0) return false;
  for (const h of header) lines.tableRow(h);
  for (const r of rows.filter(isRecord<AnswerValue>)) {
    const value = typeof r[bars.value] === 'number' ? (r[bars.value] as number) : undefined;
    const target = bars.target && typeof r[bars.target] === 'number' ? (r[bars.target] as number) : undefined;
    const label = cellText(labelField, r[bars.label]);
    const now = value === undefined ? '' : `\`${bar(value, bars.max)}\` ${value}`;
    lines.tableRow(row([label, now, ...(bars.target ? [target === undefined ? '' : `\`${bar(target, bars.max)}\` ${target}`] : [])]));
  }
  lines.push('');
  return true;
}

/** Pushes the tables a definition's hints draw for these answers onto `lines`; returns the fields they drew. */
export function drawHints(plan: HintPlan, answers: Answers, lines: LineSink): ReadonlySet<string> {
  const grid = plan.grid ? drawGrid(plan.grid, answers, lines) : false;
  const bars = plan.bars ? drawBars(plan.bars, answers, lines) : false;
  return grid ? (bars ? plan.used.both : plan.used.grid) : bars ? plan.used.bars : plan.used.none;
}

export function renderHints(def: WorksheetDefinition, answers: Answers): HintOutput {
  const list = new LineList();
  const used = new Set(drawHints(hintPlan(def), answers, list));
  return { lines: list.lines, used };
}
