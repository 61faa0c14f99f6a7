// The generic Markdown renderer: every definition renders by its field types, so old entries still render.
import type { Answers, AnswerValue, Entry } from '../domain/entry.js';
import { whenMatches } from './answer-rules.js';
import { choiceLabel, choiceValue } from './choices.js';
import type { Field, LeafField, WorksheetDefinition } from './definition.js';
import { inline, paragraphs } from './markdown-text.js';
import { renderHints } from './markdown-hints.js';
import { fillTemplate } from './template.js';
import type { Profile } from '../domain/profile.js';

/** A question as a heading for its answer: {behaviour} filled in, the trailing ? or : dropped. */
export function answerLabel(label: string, profile?: Profile): string {
  return fillTemplate(label, profile).replace(/[?:]\s*$/, '');
}

export function formatValue(field: Field | LeafField, value: AnswerValue): string {
  switch (field.type) {
    case 'boolean':
      return value ? 'yes' : 'no';
    case 'scale':
      return `${String(value)} (of ${field.min} to ${field.max})`;
    case 'number':
      return field.unit ? `${String(value)} ${field.unit}` : String(value);
    case 'choice': {
      const c = field.choices.find((x) => choiceValue(x) === value);
      return c ? choiceLabel(c) : String(value);
    }
    default:
      return Array.isArray(value) ? value.map(String).join(', ') : String(value);
  }
}

/** Markdown list lines for a set of answers, in the definition's order. */
export function renderAnswers(fields: readonly (Field | LeafField)[], answers: Answers, indent = '', profile?: Profile): string[] {
  const lines: string[] = [];
  for (const field of fields) {
    const value = answers[field.id];
    // Blank text (possible from an answers file) would leave a dangling label with a trailing space.
    if (value === undefined || value === null || (Array.isArray(value) && value.length === 0) || (typeof value === 'string' && value.trim() === '')) continue;
    if (!whenMatches(field.when, answers)) continue;
    const label = `**${inline(answerLabel(field.label, profile))}:**`;
    if (field.type === 'group' && Array.isArray(value)) {
      lines.push(`${indent}- ${label}`);
      for (const row of value) {
        if (row === null || typeof row !== 'object' || Array.isArray(row)) continue;
        const [first, ...rest] = field.fields;
        const head = first && row[first.id] !== undefined ? inline(formatValue(first, row[first.id]!)) : '';
        const details = rest
          .filter((f) => row[f.id] !== undefined && whenMatches(f.when, row))
          .map((f) => `${inline(answerLabel(f.label, profile).toLowerCase())}: ${inline(formatValue(f, row[f.id]!))}`);
        lines.push(`${indent}  - ${[head, details.length ? `(${details.join('; ')})` : ''].filter(Boolean).join(' ')}`);
      }
    } else if ((field.type === 'list' || field.type === 'multichoice') && Array.isArray(value)) {
      lines.push(`${indent}- ${label}`);
      // A multichoice item shows its label, as the person saw it; free-text items show as typed.
      const choiceOf = (item: AnswerValue) => (field.type === 'multichoice' ? field.choices.find((c) => choiceValue(c) === item) : undefined);
      for (const item of value.filter((x) => String(x).trim() !== '')) {
        const c = choiceOf(item);
        lines.push(`${indent}  - ${inline(c ? choiceLabel(c) : String(item))}`);
      }
    } else if (field.type === 'longtext' && typeof value === 'string') {
      const [first = '', ...more] = paragraphs(value);
      lines.push(`${indent}- ${label} ${first}`);
      for (const p of more) lines.push('', `${indent}  ${p}`);
      if (more.length > 0) lines.push('');
    } else {
      lines.push(`${indent}- ${label} ${inline(formatValue(field, value))}`);
    }
  }
  return lines;
}

export function entryTitle(def: WorksheetDefinition | undefined, entry: Entry): string {
  return `${def?.title ?? entry.worksheet?.id ?? entry.kind}, ${entry.date}`;
}

/** One entry as a Markdown section: a heading and its answers. */
export function renderEntry(def: WorksheetDefinition | undefined, entry: Entry, level = 2, profile?: Profile): string {
  const lines = [`${'#'.repeat(level)} ${inline(entryTitle(def, entry))}`, ''];
  if (def) {
    // Hints (a grid, bars) draw some fields as tables; the rest stay a list.
    const hints = renderHints(def, entry.answers);
    lines.push(...hints.lines, ...renderAnswers(def.fields.filter((f) => !hints.used.has(f.id)), entry.answers, '', profile));
  }
  else for (const [k, v] of Object.entries(entry.answers)) lines.push(`- **${inline(k)}:** ${inline(JSON.stringify(v))}`);
  if (entry.tags.length > 0) lines.push(`- **Tags:** ${entry.tags.map(inline).join(', ')}`);
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}
