// A quick check of answers against a definition, written by hand so that a check-in from flags does not
// load zod (a third of its start-up). It either accepts, returning exactly what answersSchema (answers.ts)
// would return, or is not sure, and then the caller asks zod, whose messages are the ones a person sees.
// It is never the one that refuses. A property test (answers-quick.test.ts) keeps the two in step.
import type { Answers, AnswerValue } from '../domain/entry.js';
import { isIsoDay } from '../domain/dates.js';
import { isEmptyAnswer, whenMatches } from './answer-rules.js';
import { choiceValue } from './choices.js';
import type { Field, LeafField } from './definition.js';
import { MAX_LONGTEXT, MAX_TEXT } from './limits.js';

/** Returned when the quick check cannot vouch for a value: a problem, or a case it leaves to zod. */
const UNSURE = Symbol('unsure');
type Quick<T> = T | typeof UNSURE;

/** The answers as answersSchema(def) would return them, or undefined to ask zod. */
export function quickAnswers(fields: readonly (Field | LeafField)[], raw: unknown): Answers | undefined {
  const out = quickObject(fields, raw);
  return out === UNSURE ? undefined : out;
}

/** One answer as fieldValueSchema(field) would return it, or undefined to ask zod. */
export function quickFieldValue(field: Field | LeafField, raw: unknown): AnswerValue | undefined {
  const out = quickValue(field, raw);
  return out === UNSURE ? undefined : out;
}

/** A plain object (JSON, or built by the runner); anything else, such as a class instance, is zod's to judge. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** A strict object of the fields, keys in the fields' order (as zod builds it), then the required rule. */
function quickObject(fields: readonly (Field | LeafField)[], raw: unknown): Quick<Answers> {
  if (!isPlainObject(raw)) return UNSURE;
  for (const key of Object.keys(raw)) if (!fields.some((f) => f.id === key)) return UNSURE;
  const out: Answers = {};
  for (const f of fields) {
    // `in`, as zod looks: a key inherited from Object.prototype ("constructor") is seen, and then fails below.
    if (!(f.id in raw)) continue;
    const value = raw[f.id];
    // A key present with no value: zod keeps the key; rare enough to leave to it.
    if (value === undefined) return UNSURE;
    const checked = quickValue(f, value);
    if (checked === UNSURE) return UNSURE;
    out[f.id] = checked;
  }
  for (const f of fields) if (f.required && whenMatches(f.when, out) && isEmptyAnswer(out[f.id])) return UNSURE;
  return out;
}

function quickValue(field: Field | LeafField, v: unknown): Quick<AnswerValue> {
  switch (field.type) {
    case 'text':
      return typeof v === 'string' && v.length <= Math.min(field.maxLength ?? MAX_TEXT, MAX_TEXT) ? v : UNSURE;
    case 'longtext':
      return typeof v === 'string' && v.length <= MAX_LONGTEXT ? v : UNSURE;
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v) || (field.integer && !Number.isInteger(v))) return UNSURE;
      return (field.min === undefined || v >= field.min) && (field.max === undefined || v <= field.max) ? v : UNSURE;
    case 'scale':
      return typeof v === 'number' && Number.isInteger(v) && v >= field.min && v <= field.max ? v : UNSURE;
    case 'boolean':
      return typeof v === 'boolean' ? v : UNSURE;
    case 'choice':
      if (typeof v !== 'string') return UNSURE;
      return (field.other ? v.length > 0 && v.length <= MAX_TEXT : field.choices.some((c) => choiceValue(c) === v)) ? v : UNSURE;
    case 'multichoice': {
      const free = field.other || field.remember;
      return quickArray(v, (item) => (typeof item === 'string' && (free ? item.length > 0 && item.length <= MAX_TEXT : field.choices.some((c) => choiceValue(c) === item)) ? item : UNSURE));
    }
    case 'list':
      return withinCount(field, quickArray(v, (item) => (typeof item === 'string' && item.length > 0 && item.length <= MAX_TEXT ? item : UNSURE)));
    case 'date':
      return typeof v === 'string' && isIsoDay(v) ? v : UNSURE;
    case 'group':
      return withinCount(field, quickArray(v, (row) => quickObject(field.fields, row)));
  }
}

/** A new array of the checked items (zod copies arrays too). */
function quickArray(v: unknown, item: (x: unknown) => Quick<AnswerValue>): Quick<AnswerValue[]> {
  if (!Array.isArray(v)) return UNSURE;
  const out: AnswerValue[] = [];
  for (let i = 0; i < v.length; i++) {
    const checked = item(v[i]);
    if (checked === UNSURE) return UNSURE;
    out.push(checked);
  }
  return out;
}

function withinCount(field: { min?: number; max?: number }, rows: Quick<AnswerValue[]>): Quick<AnswerValue[]> {
  if (rows === UNSURE) return UNSURE;
  return (field.min === undefined || rows.length >= field.min) && (field.max === undefined || rows.length <= field.max) ? rows : UNSURE;
}
