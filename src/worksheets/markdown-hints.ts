// Render hints: a definition may ask for some of its fields to be drawn as a table (the CBA's
// four boxes) or as a table with text bars (the balance pie). Still generic: the hint names
// fields, the code knows nothing about any one worksheet.
import type { Answers, AnswerValue } from '../domain/entry.js';
import type { Field, LeafField, WorksheetDefinition } from './definition.js';
import { formatValue } from './markdown.js';
import { inline } from './markdown-text.js';

export interface HintOutput {
  lines: string[];
  /** Fields drawn by a hint, left out of the plain list. */
  used: Set<string>;
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

function isRecord(v: unknown): v is Record<string, AnswerValue> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One answer squeezed into a table cell: rows and items joined with "; ", all escaped. */
export function cellText(field: Field | undefined, value: AnswerValue | undefined): string {
  if (!field || value === undefined || value === null) return '';
  if (field.type === 'group' && Array.isArray(value)) {
    const [first, ...rest] = field.fields;
    return value
      .filter(isRecord)
      .map((r) => {
        const head = first && r[first.id] !== undefined ? formatValue(first, r[first.id]!) : '';
        const extra = rest.filter((f) => r[f.id] !== undefined).map((f) => plain(f, r[f.id]!));
        return inline(extra.length ? `${head} (${extra.join(', ')})` : head);
      })
      .join('; ');
  }
  if (Array.isArray(value)) return value.map((v) => inline(String(v))).join('; ');
  return inline(formatValue(field, value));
}

/** A short form for the details in a cell: a scale as "7/10" rather than "7 (of 1 to 10)". */
function plain(f: LeafField, v: AnswerValue): string {
  return f.type === 'scale' ? `${String(v)}/${f.max}` : formatValue(f, v);
}

export function bar(value: number, max: number, width = 10): string {
  const filled = Math.max(0, Math.min(width, Math.round((value / max) * width)));
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
}

export function renderHints(def: WorksheetDefinition, answers: Answers): HintOutput {
  const used = new Set<string>();
  const lines: string[] = [];
  const byId = new Map(def.fields.map((f) => [f.id, f]));
  const grid = def.render?.grid;
  if (grid) {
    const cellIds = grid.rows.flatMap((r) => r.cells);
    if (cellIds.some((id) => answers[id] !== undefined)) {
      lines.push(row(['', ...grid.columns.map(inline)]), row(['---', ...grid.columns.map(() => '---')]));
      for (const r of grid.rows) lines.push(row([`**${inline(r.label)}**`, ...grid.columns.map((_, i) => cellText(byId.get(r.cells[i] ?? ''), answers[r.cells[i] ?? '']))]));
      lines.push('');
      for (const id of cellIds) used.add(id);
    }
  }
  const bars = def.render?.bars;
  const group = bars ? byId.get(bars.field) : undefined;
  const rows = bars ? answers[bars.field] : undefined;
  if (bars && group?.type === 'group' && Array.isArray(rows) && rows.length > 0) {
    const sub = new Map(group.fields.map((f) => [f.id, f]));
    const head = [inline(sub.get(bars.label)?.label.replace(/[?:]\s*$/, '') ?? bars.label), 'Now', ...(bars.target ? ['Target'] : [])];
    lines.push(row(head), row(head.map(() => '---')));
    for (const r of rows.filter(isRecord)) {
      const value = typeof r[bars.value] === 'number' ? (r[bars.value] as number) : undefined;
      const target = bars.target && typeof r[bars.target] === 'number' ? (r[bars.target] as number) : undefined;
      const label = cellText(sub.get(bars.label) as Field | undefined, r[bars.label]);
      const now = value === undefined ? '' : `\`${bar(value, bars.max)}\` ${value}`;
      lines.push(row([label, now, ...(bars.target ? [target === undefined ? '' : `\`${bar(target, bars.max)}\` ${target}`] : [])]));
    }
    lines.push('');
    used.add(bars.field);
  }
  return { lines, used };
}
