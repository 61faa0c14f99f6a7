// The key answers of a worksheet, as plain text with the question it answers: the Cost-Benefit
// Analysis's four boxes, the change plan's changes, reasons and steps, a DEADS plan's five ways.
// Only shown when the person asks for them (--include worksheets): they are their own words.
import type { Answers, AnswerValue, Entry } from '../domain/entry.js';
import type { Profile } from '../domain/profile.js';
import { CHECKIN, URGE_LOG } from '../domain/progress/fields.js';
import type { Field, LeafField, WorksheetDefinition } from '../worksheets/definition.js';
import { answerLabel, formatValue } from '../worksheets/markdown.js';

export interface Answered {
  label: string;
  values: string[];
}

export interface KeyAnswers {
  /** A worksheet drawn as a grid (the Cost-Benefit Analysis): rows of cells, each a list of items. */
  grid?: { columns: string[]; rows: { label: string; cells: string[][] }[] };
  fields: Answered[];
}

/** The fields worth bringing to a meeting, by worksheet id; a grid worksheet adds its grid. */
export const KEY_FIELDS: Record<string, readonly string[]> = {
  'cost-benefit-analysis': ['alternatives'],
  'change-plan': ['changes', 'reasons', 'importance', 'confidence', 'steps'],
  deads: ['delay', 'escape', 'avoid', 'accept', 'attack', 'distract', 'substitute'],
};

/** What a lapse entry says about it, by worksheet id. */
export const LAPSE_FIELDS: Record<string, readonly string[]> = {
  [CHECKIN.worksheet]: ['lapseKind', 'whatHappened', 'learned'],
  [URGE_LOG.worksheet]: ['trigger', 'thoughts', 'learned'],
};

function rowText(group: Extract<Field, { type: 'group' }>, row: AnswerValue): string {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return String(row);
  const parts = group.fields.flatMap((f) => {
    const v = row[f.id];
    return v === undefined || v === null || v === '' ? [] : [formatValue(f, v)];
  });
  const [head, ...rest] = parts;
  return rest.length > 0 ? `${head} (${rest.join(', ')})` : (head ?? '');
}

/** An answer as lines of text: one per list item or group row. */
export function valueLines(field: Field | LeafField, value: AnswerValue | undefined): string[] {
  if (value === undefined || value === null || value === '') return [];
  if (field.type === 'group') return (Array.isArray(value) ? value : [value]).map((row) => rowText(field, row)).filter((s) => s !== '');
  if (field.type === 'list' || (field.type === 'multichoice' && Array.isArray(value))) return (Array.isArray(value) ? value : [value]).map(String).filter((s) => s.trim() !== '');
  return [formatValue(field, value)];
}

export function answered(def: WorksheetDefinition, answers: Answers, ids: readonly string[], profile?: Profile): Answered[] {
  return ids.flatMap((id) => {
    const field = def.fields.find((f) => f.id === id);
    const values = field ? valueLines(field, answers[id]) : [];
    return field && values.length > 0 ? [{ label: answerLabel(field.label, profile), values }] : [];
  });
}

export function keyAnswers(def: WorksheetDefinition | undefined, entry: Entry, profile?: Profile): KeyAnswers {
  if (!def) return { fields: [] };
  const grid = def.render?.grid;
  const cell = (id: string) => {
    const field = def.fields.find((f) => f.id === id);
    return field ? valueLines(field, entry.answers[id]) : [];
  };
  return {
    ...(grid ? { grid: { columns: grid.columns, rows: grid.rows.map((r) => ({ label: r.label, cells: r.cells.map(cell) })) } } : {}),
    fields: answered(def, entry.answers, KEY_FIELDS[def.id] ?? [], profile),
  };
}
