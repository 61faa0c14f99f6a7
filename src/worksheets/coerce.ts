// Answers typed as text (--set field=value, or a person at a prompt) turned into typed values.
import { UsageError } from '../errors.js';
import type { Answers, AnswerValue } from '../domain/entry.js';
import { readNumber } from '../domain/numbers.js';
import type { Field, WorksheetDefinition } from './definition.js';

const YES = ['yes', 'y', 'true', '1', 'on'];
const NO = ['no', 'n', 'false', '0', 'off'];

export function coerce(field: Field, raw: string): AnswerValue {
  switch (field.type) {
    case 'number':
    case 'scale': {
      const n = readNumber(raw);
      if (n === undefined) throw new UsageError(`${field.id}: expects a number, got "${raw}"`);
      return n;
    }
    case 'boolean': {
      const v = raw.trim().toLowerCase();
      if (YES.includes(v)) return true;
      if (NO.includes(v)) return false;
      throw new UsageError(`${field.id}: expects yes or no, got "${raw}"`);
    }
    case 'group':
      try {
        return JSON.parse(raw) as AnswerValue;
      } catch {
        throw new UsageError(`${field.id}: a group takes JSON rows, such as [{"item":"…"}], or use --answers FILE`);
      }
    default:
      return raw;
  }
}

/** --set field=value pairs; a list or multichoice field may be set more than once, one item each time. */
export function answersFromPairs(def: WorksheetDefinition, pairs: readonly string[]): Answers {
  const out: Answers = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--set expects field=value, got "${pair}"`);
    const id = pair.slice(0, eq).trim();
    const field = def.fields.find((f) => f.id === id);
    if (!field) throw new UsageError(`${def.id} has no field "${id}"`, `see its fields: fourpoint worksheet show ${def.id}`);
    const value = coerce(field, pair.slice(eq + 1));
    if (field.type === 'list' || field.type === 'multichoice') {
      const before = out[id];
      out[id] = [...(Array.isArray(before) ? before : []), value];
    } else if (field.type === 'group' && Array.isArray(value)) {
      const before = out[id];
      out[id] = [...(Array.isArray(before) ? before : []), ...value];
    } else {
      out[id] = value;
    }
  }
  return out;
}
