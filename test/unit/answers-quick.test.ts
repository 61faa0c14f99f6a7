// The quick answers check (no zod at start-up) must agree with the zod answers schema: on random
// definitions and random answers, the same value (keys in the same order) or both refuse. The quick
// check may only be unsure (leave it to zod) where it says so: a key present with the value undefined.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersSchema, fieldValueSchema } from '../../src/worksheets/answers.js';
import { quickAnswers, quickFieldValue } from '../../src/worksheets/answers-quick.js';
import { definitionSchema, type WorksheetDefinition } from '../../src/worksheets/definition.js';
import { Library, builtinDir } from '../../src/worksheets/loader.js';

// Ids include ones Object.prototype already has, since zod reads answers with `in`.
const ids = ['a', 'b', 'c', 'd', 'constructor', 'toString'];
const choiceList = fc.uniqueArray(fc.oneof(fc.constantFrom('x', 'y', 'z'), fc.constantFrom({ value: 'v', label: 'V' }, { value: 'w', label: 'W' })), {
  minLength: 1,
  maxLength: 3,
  selector: (c) => (typeof c === 'string' ? c : c.value),
});
const bound = fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined });
const maybe = <T,>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const leafShapes = fc.oneof(
  fc.record({ type: fc.constant('text'), maxLength: maybe(fc.integer({ min: 1, max: 4 })) }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('longtext') }),
  fc.record({ type: fc.constant('number'), min: maybe(fc.integer({ min: -2, max: 2 })), max: maybe(fc.integer({ min: 2, max: 5 })), integer: fc.boolean() }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('scale'), min: fc.integer({ min: 0, max: 1 }), max: fc.integer({ min: 2, max: 5 }) }),
  fc.record({ type: fc.constant('boolean') }),
  fc.record({ type: fc.constant('choice'), choices: choiceList, other: fc.boolean() }),
  fc.record({ type: fc.constant('multichoice'), choices: choiceList, other: fc.boolean(), remember: fc.boolean() }),
  fc.record({ type: fc.constant('list'), min: bound, max: maybe(fc.integer({ min: 3, max: 4 })) }, { requiredKeys: ['type'] }),
  fc.record({ type: fc.constant('date') }),
);

/** Fields with distinct ids; some required, some asked only when an earlier answer matches. */
function fieldsOf(shapes: fc.Arbitrary<Record<string, unknown>>, maxLength: number) {
  return fc
    .tuple(fc.shuffledSubarray(ids, { minLength: 1, maxLength }), fc.array(fc.tuple(shapes, fc.boolean(), fc.option(fc.constantFrom<unknown>(true, false, 'x', 'v', 2)), fc.nat()), { minLength: maxLength, maxLength }))
    .map(([chosen, specs]) =>
      chosen.map((id, i) => {
        const [shape, required, equals, pick] = specs[i]!;
        const when = i > 0 && equals !== null ? { when: { field: chosen[pick % i]!, equals } } : {};
        return { id, label: id, required, ...when, ...shape };
      }),
    );
}

const groupShape = fc
  .record({ rows: fieldsOf(leafShapes, 2), min: bound, max: maybe(fc.integer({ min: 3, max: 4 })) }, { requiredKeys: ['rows'] })
  .map(({ rows, ...rest }) => ({ type: 'group', fields: rows, ...rest }));

const definitions = fieldsOf(fc.oneof({ weight: 5, arbitrary: leafShapes }, { weight: 1, arbitrary: groupShape }), 4)
  .map((fields) => definitionSchema.safeParse({ id: 'sample', version: 1, title: 'Sample', point: null, summary: 'For tests.', fields }))
  .filter((r) => r.success)
  .map((r) => r.data!);

const odd = fc.constantFrom<unknown>(null, 0, -1, 1.5, 3, 7, NaN, Infinity, '', 'x', 'v', 'zz', '2026-02-28', '2026-02-30', true, false, [], [''], ['x'], ['x', 'x'], ['a', 'b', 'c', 'd'], {}, { a: 'x' }, [{ a: 1 }]);

/** A value for any field: plausible for its type (rows of a group included), or odd. */
function valueFor(field: WorksheetDefinition['fields'][number]): fc.Arbitrary<unknown> {
  if (field.type === 'group') return fc.oneof(fc.array(answersFor(field.fields), { maxLength: 4 }), odd);
  const item = fc.oneof(fc.constantFrom('x', 'y', 'v', 'w', '', 'long text'), fc.string({ maxLength: 5 }));
  const plausible: Record<string, fc.Arbitrary<unknown>> = {
    text: item,
    longtext: item,
    number: fc.oneof(fc.integer({ min: -3, max: 7 }), fc.double({ min: -3, max: 7 }), fc.constantFrom(NaN, Infinity, -Infinity, -0)),
    scale: fc.oneof(fc.integer({ min: -1, max: 6 }), fc.constant(2.5)),
    boolean: fc.boolean(),
    choice: item,
    multichoice: fc.array(item, { maxLength: 3 }),
    list: fc.array(item, { maxLength: 5 }),
    date: fc.constantFrom('2026-02-28', '2026-02-29', '2028-02-29', '2026-13-01', 'today'),
  };
  return fc.oneof({ weight: 4, arbitrary: plausible[field.type]! }, { weight: 1, arbitrary: odd });
}

/** Answers to some of the fields, sometimes with a key the definition does not have. */
function answersFor(fields: readonly WorksheetDefinition['fields'][number][]): fc.Arbitrary<Record<string, unknown>> {
  const known = Object.fromEntries(fields.map((f) => [f.id, valueFor(f)]));
  return fc
    .tuple(fc.record(known, { requiredKeys: [] }), fc.oneof({ weight: 6, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: fc.constantFrom({ extra: 1 }, { e: undefined }) }))
    .map(([answers, extra]) => ({ ...answers, ...extra }));
}

/** Whether a present key anywhere holds undefined: the one case the quick check leaves to zod. */
function hasUndefinedValue(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(hasUndefinedValue);
  if (v !== null && typeof v === 'object') return Object.values(v).some((x) => x === undefined || hasUndefinedValue(x));
  return false;
}

function agree(quick: unknown, byZod: { success: boolean; data?: unknown }, raw: unknown) {
  const shown = JSON.stringify(raw);
  if (quick === undefined) {
    // Unsure: zod must refuse, unless it is the case the quick check leaves to zod on purpose.
    if (!hasUndefinedValue(raw)) expect(byZod.success, shown).toBe(false);
    return;
  }
  expect(byZod.success, shown).toBe(true);
  // The same keys in the same order, so the stored JSON is byte for byte what it was with zod.
  expect(layout(quick), shown).toEqual(layout(byZod.data));
}

/**
 * A value spelled out: kinds, prototypes, keys in order, -0. (toStrictEqual cannot be used: it compares
 * `.constructor`, which is an answer here when a field is called "constructor".)
 */
function layout(v: unknown): unknown {
  if (Array.isArray(v)) return ['array', ...v.map(layout)];
  if (v !== null && typeof v === 'object') return ['object', Object.getPrototypeOf(v) === Object.prototype, Object.entries(v).map(([k, x]) => [k, layout(x)])];
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : v;
  return v === undefined ? 'undefined' : v;
}

describe('quick answers check agrees with the zod answers schema', () => {
  it('whole answers: the same value, or both refuse', () => {
    fc.assert(
      fc.property(
        definitions.chain((def) => fc.tuple(fc.constant(def), answersFor(def.fields))),
        ([def, raw]) => agree(quickAnswers(def.fields, raw), answersSchema(def).safeParse(raw), raw),
      ),
      { numRuns: 3000 },
    );
  });

  it('one answer at a time (flags checked before anything is asked)', () => {
    fc.assert(
      fc.property(
        definitions.chain((def) => fc.constantFrom(...def.fields).chain((field) => fc.tuple(fc.constant(field), valueFor(field)))),
        ([field, raw]) => agree(quickFieldValue(field, raw), fieldValueSchema(field).safeParse(raw), raw),
      ),
      { numRuns: 3000 },
    );
  });

  it('leaves to zod what is not a plain object, and keys inherited from Object.prototype', () => {
    const def = definitionSchema.parse({ id: 's', version: 1, title: 'S', point: null, summary: 'S.', fields: [{ id: 'constructor', type: 'text', label: 'C' }] });
    // zod sees {}.constructor (inherited) as an answer, and refuses it: so the quick check does not vouch.
    expect(answersSchema(def).safeParse({}).success).toBe(false);
    expect(quickAnswers(def.fields, {})).toBeUndefined();
    expect(quickAnswers(def.fields, Object.assign(Object.create(null), { constructor: 'x' }))).toEqual({ constructor: 'x' });
    expect(quickAnswers(def.fields, Object.create({ constructor: 'x' }))).toBeUndefined();
    expect(quickAnswers(def.fields, new Map())).toBeUndefined();
  });

  it('vouches for a check-in given by flags, so a check-in never loads zod', () => {
    const def = new Library(builtinDir()).require('daily-check-in').definition;
    const answers = { mood: 6, urge: 3, onTrack: true, triggers: ['stress', 'my own'], coping: ['called Sam'], point: '2', note: 'bench' };
    expect(quickAnswers(def.fields, answers)).toEqual(answersSchema(def).parse(answers));
    const lapse = { mood: 4, urge: 8, onTrack: false, lapseKind: 'once', whatHappened: 'a party', learned: 'leave early' };
    expect(quickAnswers(def.fields, lapse)).toEqual(answersSchema(def).parse(lapse));
  });
});
