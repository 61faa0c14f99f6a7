// The fast path of journal search (src/store/entry-spans.ts): where each entry sits in a month file's bytes,
// which needles may be looked for in the bytes, and which entries' bytes hold a needle. Its one promise:
// the entries it picks, then tested by matchesQuery, are exactly those matchesQuery keeps of all entries.
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerValue, Entry } from '../../src/domain/entry.js';
import { entryKinds } from '../../src/domain/entry-kinds.js';
import { matchesQuery } from '../../src/domain/query.js';
import { ENTRY_SPANS, entriesHolding, entrySpans, searchableNeedle } from '../../src/store/entry-spans.js';
import { checkedEntry } from '../../src/store/guards.js';
import { SCHEMA_VERSION } from '../../src/store/version.js';
import { Store } from '../../src/store/store.js';
import { removeDir, tempDir } from '../helpers/cli.js';

const RUNS = Number(process.env.FOURPOINT_FC_RUNS ?? 1500);

/** [start, end) of each element of `entries` in `text`, found by parsing: the answer entrySpans must give. */
function spansByParse(text: string): number[] {
  const raw = JSON.parse(text) as { entries: unknown[] };
  const out: number[] = [];
  let from = text.indexOf('"entries":[') + '"entries":['.length;
  for (const e of raw.entries) {
    const piece = JSON.stringify(e);
    const at = text.indexOf(piece, from);
    out.push(at, at + piece.length);
    from = at + piece.length;
  }
  return out;
}

let made = 0;
function note(text: string, more: Partial<Entry> = {}): Entry {
  made += 1;
  const at = '2026-10-05T12:00:00.000Z';
  return { id: `n${made}`, kind: 'note', point: null, date: '2026-10-05', createdAt: at, updatedAt: at, answers: { text }, tags: [], ...more };
}

/** A month file as fourpoint writes it, and its spans as the store keeps them (packed). */
function monthFile(entries: Entry[], month = '2026-10'): { bytes: Buffer; spans: number[]; text: string } {
  const text = `${JSON.stringify({ schemaVersion: SCHEMA_VERSION, month, entries })}\n`;
  const bytes = Buffer.from(text, 'utf8');
  const spans = ENTRY_SPANS.summarize(entries, bytes);
  if (!spans) throw new Error('a file written as fourpoint writes it must get spans');
  return { bytes, spans, text };
}

/** The entries `entriesHolding` picks, parsed from their bytes. */
function picked(bytes: Buffer, at: number[]): Entry[] {
  const out: Entry[] = [];
  for (let i = 0; i < at.length; i += 2) out.push(JSON.parse(bytes.toString('utf8', at[i], at[i + 1])) as Entry);
  return out;
}

const ids = (entries: readonly Entry[]) => entries.map((e) => e.id);

describe('entrySpans', () => {
  it.each([
    ['plain entries', '{"schemaVersion":1,"month":"2026-10","entries":[{"a":1},{"b":2},{"c":[3]}]}'],
    ['braces and brackets inside strings', '{"entries":[{"t":"}{][,"},{"t":"{{{"},{"t":"]]]}"},{"t":"},{\\"id\\":\\""}]}'],
    ['escaped quotes', '{"entries":[{"t":"a\\"}b"},{"t":"\\"","u":"\\"}"}]}'],
    ['backslash runs before a quote', '{"entries":[{"t":"\\\\"},{"t":"\\\\\\""},{"t":"\\\\\\\\"},{"t":"x\\\\\\\\\\"}\\\\"}]}'],
    ['a string that is only backslashes, then a brace', '{"entries":[{"\\\\":"\\\\\\\\\\\\"},{"k":"}"}]}'],
    ['nested objects and lists in entries', '{"entries":[{"answers":{"x":{"y":[1,{"z":[{"w":"}"}]}]}},"tags":["]"]},{"a":{}}]}'],
    ['keys before and after the entries', '{"entriesX":[{"no":1}],"entries":[{"yes":1}],"after":{"entries":[{"no":2}]}}'],
    ['white space between entries', '{ "entries" : [ {"a":1} ,\n {"b":2} ] }'],
    ['text in UTF-8 read as latin1', Buffer.from('{"entries":[{"t":"é中😀"},{"t":"İ\u212a\\u001b"}]}').toString('latin1')],
  ])('%s: one span per element, at its braces', (_, text) => {
    expect(entrySpans(text)).toEqual(spansByParse(text));
  });

  it('an empty entries list has no spans', () => {
    expect(entrySpans('{"schemaVersion":1,"month":"2026-10","entries":[]}\n')).toEqual([]);
  });

  it.each([
    ['a text element', '{"entries":["x"]}'],
    ['a list element', '{"entries":[[1]]}'],
    ['a number element', '{"entries":[1]}'],
    ['a number beside an object', '{"entries":[{"a":1},2]}'],
    ['null beside an object', '{"entries":[null,{}]}'],
    ['true', '{"entries":[true]}'],
    ['entries as an object', '{"entries":{}}'],
    ['no entries key', '{"schemaVersion":1}'],
    ['a list at the top', '["entries",[{}]]'],
    ['an unclosed string', '{"entries":[{"a":"b}]}'],
    ['an unclosed object', '{"entries":[{}]'],
    ['one brace too many', '{"entries":[{}]}}'],
    ['a quote escaped at the end', '{"entries":[{"a":"\\"}]}'],
  ])('%s: undefined', (_, text) => {
    expect(entrySpans(text)).toBeUndefined();
  });
});

describe('searchableNeedle', () => {
  it.each(['a', 'payday', '~', '!', '#', '},{', 'a.*b', '[x]', '(y)', '^$', 'a|b', '-/', 'u0130', '2026-10', 'A'])('%j may be looked for in the bytes', (needle) => {
    expect(searchableNeedle(needle)).toBe(true);
  });
  it.each(['', ' ', 'a b', '"id"', '"', '\\', 'a\\u0130', 'é', 'i̇', 'ı', '\u212a', '\t', '\n', '\u001b', '\u007f', '\u0000', '中', '😀', 'σ'])('%j may not', (needle) => {
    expect(searchableNeedle(needle)).toBe(false);
  });
});

describe('entriesHolding', () => {
  const a = note('alpha at the start');
  const b = note('the middle one, bravo');
  const c = note('charlie at the end zulu');
  const { bytes, spans, text } = monthFile([a, b, c]);
  const holding = (needle: string, file = { bytes, spans }) => {
    const at = entriesHolding(file.bytes, file.spans, needle);
    return at && ids(picked(file.bytes, at));
  };

  it('has the spans the store keeps: the first start, then each length', () => {
    const full = spansByParse(text);
    expect(spans).toEqual([full[0], full[1]! - full[0]!, full[3]! - full[2]!, full[5]! - full[4]!]);
  });

  it('finds the entries whose bytes hold the needle, in any case, each once', () => {
    expect(holding('alpha')).toEqual([a.id]);
    expect(holding('BRAVO')).toEqual([b.id]);
    expect(holding('ZuLu')).toEqual([c.id]);
    expect(holding('the')).toEqual([a.id, b.id, c.id]);
    expect(holding('a')).toEqual([a.id, b.id, c.id]);
    expect(holding('nothing here')).toEqual([]);
  });

  it('finds a hit at the first and last byte of an entry', () => {
    // Every entry starts with { and ends with }: each is a hit on an edge.
    expect(holding('{')).toEqual([a.id, b.id, c.id]);
    expect(holding('}')).toEqual([a.id, b.id, c.id]);
    expect(holding('{"id":"n')).toEqual([a.id, b.id, c.id]);
    expect(holding('"tags":[]}')).toEqual([a.id, b.id, c.id]);
    expect(holding(`{"id":"${b.id}"`)).toEqual([b.id]);
  });

  it('finds nothing in the header or the closing of the file', () => {
    expect(holding('schemaversion')).toEqual([]);
    expect(holding('"month":"2026-10"')).toEqual([]);
    expect(holding('}]}')).toEqual([]);
    expect(holding(']}\n')).toEqual([]);
    // "tags":[]} ends every entry: ]} is a hit in each.
    expect(holding(']}')).toEqual([a.id, b.id, c.id]);
  });

  it('a hit on the comma between entries, or across two entries, picks neither', () => {
    expect(holding('},{')).toEqual([]);
    expect(holding(',{')).toEqual([]);
    expect(holding('}},{')).toEqual([]);
    expect(holding('[]},{"id":"n')).toEqual([]);
  });

  it('a hit starting on the comma before an entry does not hide a hit inside it', () => {
    const x = note('plain');
    const y = note('list', { answers: { rows: [{ a: 'one' }, { b: 'two' }] } });
    // ,{ is first found on the comma before y, then inside y's rows.
    expect(holding(',{', monthFile([x, y]))).toEqual([y.id]);
    expect(holding(',{', monthFile([x, y, note('after')]))).toEqual([y.id]);
    expect(holding(',{', monthFile([y, x]))).toEqual([y.id]);
  });

  it('a hit across two entries does not hide a later hit in the second', () => {
    const x = note('x ends here');
    const y = note('zz and then },{ inside');
    const file = monthFile([x, y]);
    // The first },{ in the bytes is the one between x and y; y holds one of its own.
    expect(holding('},{', file)).toEqual([y.id]);
    const w = note('x', { tags: ['w'] });
    const z = note('x', { tags: ['q'] });
    // "w"]},{"id":"nZ: a hit starting in w and ending in z; z has "id" of its own, after the hit.
    expect(holding('"]},{"id', monthFile([w, z]))).toEqual([]);
    expect(holding('"id', monthFile([w, z]))).toEqual([w.id, z.id]);
  });

  it('a hit straddling the end of one entry, then hits on the next one only from its own start', () => {
    const p = note('ends with ab');
    const q = note('cab');
    const file = monthFile([p, q]);
    expect(holding('b"},"tags":[]},{"id', file)).toEqual([]);
    expect(holding('ab', file)).toEqual([p.id, q.id]);
  });

  it.each(['.', '.*', 'a+', '?', '(x)', '[ab]', 'a|b', '^', '$', '-', '/', '{2}', '*+?()[]|^$-/', '\\d', '\\', '"id"', '.x.', 'x.x'])('takes %j as plain text, not a pattern', (needle) => {
    const entries = [note('nothing odd'), note('x.x x*+?()[]|^$-/ y a|b z {2} (x) [ab] \\d .x. a+'), note('aaa xyx')];
    const file = monthFile(entries);
    // The literal needle in each entry's bytes (ASCII case folded), found without a pattern.
    const want = entries.filter((_, i) => file.bytes.toString('latin1', ...spanOf(file.spans, i)).toLowerCase().includes(needle.toLowerCase()));
    expect(holding(needle, file)).toEqual(ids(want));
  });

  it('a needle holding regex syntax finds only its literal text', () => {
    const odd = note('price: $5.00 (maybe) [sic] a|b ^up^ x-y /path/');
    const plain = note('price 5 dollars');
    const file = monthFile([plain, odd]);
    for (const needle of ['$5.00', '(maybe)', '[sic]', 'a|b', '^up^', 'x-y', '/path/', '5.0', 'e)']) expect(holding(needle, file), needle).toEqual([odd.id]);
    expect(holding('5.', file)).toEqual([odd.id]);
    expect(holding('e.', file)).toEqual([]);
  });

  it('one entry, and many entries with the needle many times in each', () => {
    const one = note('solo');
    expect(holding('solo', monthFile([one]))).toEqual([one.id]);
    const many = Array.from({ length: 40 }, (_, i) => note(i % 3 === 0 ? 'aaa aaa aaa' : 'bbb'));
    expect(holding('aa', monthFile(many))).toEqual(ids(many.filter((_, i) => i % 3 === 0)));
  });

  it('is undefined when the spans do not fit the bytes', () => {
    const other = monthFile([a, b]);
    expect(entriesHolding(bytes, other.spans, 'alpha')).toBeUndefined();
    expect(entriesHolding(Buffer.concat([bytes, Buffer.from(' ')]), spans, 'alpha')).toBeUndefined();
    expect(entriesHolding(bytes.subarray(1), spans, 'alpha')).toBeUndefined();
    expect(entriesHolding(bytes, [spans[0]! + 1, spans[1]! - 1, ...spans.slice(2)], 'alpha')).toBeDefined();
  });

  it.each([
    ['İ', 'İstanbul'],
    ['the Kelvin sign', '\u212a'],
  ])('is undefined when any entry holds %s, whose lower case is ASCII', (_, text) => {
    const file = monthFile([a, note(text), c]);
    expect(entriesHolding(file.bytes, file.spans, 'alpha')).toBeUndefined();
    expect(entriesHolding(file.bytes, file.spans, 'zzz')).toBeUndefined();
  });

  it('an empty month (spans [0]) does not fit, so it is read whole', () => {
    const file = monthFile([]);
    expect(file.spans).toEqual([0]);
    expect(entriesHolding(file.bytes, file.spans, 'x')).toBeUndefined();
  });
});

describe('ENTRY_SPANS.summarize', () => {
  const entries = [note('one'), note('two')];
  const { text } = monthFile(entries);
  it.each([
    ['pretty-printed', JSON.stringify(JSON.parse(text), null, 2)],
    ['without its last newline', text.slice(0, -1)],
    ['with an escape JSON.stringify would not write', text.replace('"one"', '"\\u006fne"')],
    ['with an escaped slash', text.replace('"two"', '"t\\/o"')],
    ['of an older schema', text.replace(`"schemaVersion":${SCHEMA_VERSION}`, `"schemaVersion":${SCHEMA_VERSION - 1}`)],
    ['with CRLF', text.replace('\n', '\r\n')],
  ])('keeps no spans for a file %s', (_, t) => {
    expect(ENTRY_SPANS.summarize(entries, Buffer.from(t))).toBeNull();
  });
});

// ---- The property: fast path then matchesQuery === matchesQuery over every entry ----

const PIECES = [
  'a', 'B', 'word', 'Payday', 'CALM', 'walk', 'key', 'xi', 'Sam', 'stress',
  'é', 'É', 'À', 'ñ', 'Ø', 'ÿ', 'µ', '中文', '日本', '😀', '👩‍👩‍👧', '\u0301',
  '\u0000', '\u0001', '\u001b', '\u001b[31m', '\n', '\r', '\t', '\u007f', '\u0085', '\u2028', '\ufeff',
  '"', "'", '\\', '\\\\', '\\"', '\\u0130', 'u0130', '\\n',
  'i̇', 'ı', 'K', 'k', 'Σ', 'σ', 'ς', 'ΟΔΟΣ', 'ß', 'SS', 'ſ', 'ﬀ', '\ud800', '\udfff',
  '},{', '"id":"', '},{"id":"', '{', '}', '[', ']', ',', ':', ' ', '  ', 'true', 'null', '1e+21',
  '.*', '+?', '()', '[]', '|^$', '-/', '%', '&', '#',
];
/** The two characters whose lower case is ASCII: a month holding one is read whole, so they are rarer. */
const LOWER_TO_ASCII = ['İ', 'XİST', '\u212a', '\u212aey'];
const piece = fc.oneof(
  { weight: 120, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.constantFrom(...LOWER_TO_ASCII) },
  { weight: 40, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 20, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) },
);
const textValue = fc.array(piece, { maxLength: 6 }).map((p) => p.join(''));
const answerValue: fc.Arbitrary<AnswerValue> = fc.letrec<{ value: AnswerValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: textValue },
    { weight: 1, arbitrary: fc.integer({ min: -100, max: 1000 }) },
    { weight: 1, arbitrary: fc.constantFrom(0.5, -0, 1e21, 5e-7, 123456789.125) },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('x', 'note', 'k', 'İ'), tie('value'), { maxKeys: 2 }) },
  ),
})).value;

const monthEntries = fc
  .array(
    fc.record({
      kind: fc.constantFrom(...entryKinds),
      worksheet: fc.option(fc.record({ id: fc.constantFrom('daily-check-in', 'deads', 'x'), version: fc.integer({ min: 1, max: 3 }) }), { nil: undefined }),
      point: fc.constantFrom(null, 1, 2, 3, 4),
      day: fc.integer({ min: 1, max: 28 }),
      answers: fc.dictionary(fc.constantFrom('note', 'mood', 'triggers', 'coping', 'text', 'a b', 'K', '"'), answerValue, { maxKeys: 4 }),
      tags: fc.array(textValue, { maxLength: 2 }),
    }),
    { minLength: 1, maxLength: 8 },
  )
  .map((rows) =>
    rows.map((r, i): Entry => {
      const date = `2026-10-${String(r.day).padStart(2, '0')}`;
      const at = `${date}T08:00:00.000Z`;
      const e: Entry = { id: `e${i}`, kind: r.kind, point: r.point, date, createdAt: at, updatedAt: at, answers: r.answers, tags: r.tags };
      if (r.worksheet) e.worksheet = r.worksheet;
      return e;
    }),
  );

/** Every text a value of the entry shows matchesQuery: strings, numbers and booleans, as String gives them. */
function texts(v: unknown): string[] {
  if (v === null || v === undefined) return [];
  if (typeof v === 'object') return Object.values(v as Record<string, unknown>).flatMap(texts);
  return [String(v)];
}

/** A needle for `entries`: often a piece of a value's lower case, in random case; or a piece; or JSON's own bytes. */
const needleFor = (entries: Entry[]) =>
  fc.oneof(
    {
      weight: 6,
      arbitrary: fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 6 }), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), fc.boolean()).map(([w, from, size, upper, lower]) => {
        const all = entries.flatMap((e) => [...texts(e.answers), ...e.tags]).filter((t) => t.length > 0);
        if (all.length === 0) return 'x';
        const source = all[w % all.length]!;
        const text = lower ? source.toLowerCase() : source;
        const start = from % text.length;
        return [...text.slice(start, start + size)].map((ch, i) => (upper[i % 6] ? ch.toUpperCase() : ch)).join('');
      }),
    },
    { weight: 2, arbitrary: fc.constantFrom(...PIECES, ...LOWER_TO_ASCII) },
    { weight: 1, arbitrary: fc.constantFrom('},{', '"id"', 'id', ':', '{', '}', ',', 'tags', 'answers', '2026', '10-0', '.', 'i', 'I', 'k', 'xi', 'key', 'n', 'u001b', 'e0', 'true', 'null', 'e+21', '-0', 'ss') },
  );

/** The entries of a month file: as the full parse gives them (what the old path tested). */
function fullParse(bytes: Buffer): Entry[] {
  return (JSON.parse(bytes.toString('utf8')) as { entries: unknown[] }).entries.map((e) => checkedEntry(e)!);
}

describe('the fast path finds exactly what matchesQuery finds in every entry (property)', () => {
  it(`holds for random months and needles (${RUNS} months)`, () => {
    const seen = { needles: 0, fast: 0, fastHits: 0, fallbackLowerAscii: 0, notSearchable: 0, matches: 0 };
    fc.assert(
      fc.property(
        monthEntries.chain((entries) => fc.tuple(fc.constant(entries), fc.array(needleFor(entries), { minLength: 1, maxLength: 6 }))),
        ([entries, needles]) => {
          const { bytes, spans } = monthFile(entries);
          const all = fullParse(bytes);
          for (const grep of needles) {
            if (!grep) continue;
            seen.needles += 1;
            const q = { grep };
            const want = ids(all.filter((e) => matchesQuery(e, q)));
            seen.matches += want.length;
            const needle = grep.toLowerCase();
            if (!searchableNeedle(needle)) {
              seen.notSearchable += 1;
              continue;
            }
            const at = entriesHolding(bytes, spans, needle);
            if (!at) {
              // Only a month holding İ or the Kelvin sign is read whole; otherwise the spans fit.
              expect(bytes.includes(Buffer.from('\u0130')) || bytes.includes(Buffer.from('\u212a'))).toBe(true);
              seen.fallbackLowerAscii += 1;
              continue;
            }
            seen.fast += 1;
            const found = picked(bytes, at).map((e) => checkedEntry(e));
            for (const e of found) expect(e, 'a picked slice is a whole entry').toBeDefined();
            // Each pick is the entry it claims to be, byte for byte.
            for (const e of found) expect(e).toEqual(all.find((x) => x.id === e!.id));
            const got = ids(found.filter((e) => matchesQuery(e!, q)) as Entry[]);
            if (got.length > 0) seen.fastHits += 1;
            expect(got, JSON.stringify({ grep, texts: all.map((e) => [...texts(e.answers), ...e.tags]) })).toEqual(want);
          }
        },
      ),
      { numRuns: RUNS },
    );
    if (process.env.FOURPOINT_SPANS_STATS) console.log(seen);
    // The property is worth something only if most needles take the fast path, and many find entries.
    expect(seen.fast).toBeGreaterThan(seen.needles * 0.3);
    expect(seen.fastHits).toBeGreaterThan(seen.fast * 0.3);
  });

  it('some needles only a value with İ or the Kelvin sign holds (a lower case that is ASCII)', () => {
    const istanbul = note('XİSTANBUL');
    const kelvin = note('\u212aEY ring');
    const plain = note('plain words');
    const { bytes } = monthFile([plain, istanbul, kelvin]);
    const all = fullParse(bytes);
    expect(ids(all.filter((e) => matchesQuery(e, { grep: 'xi' })))).toEqual([istanbul.id]);
    expect(ids(all.filter((e) => matchesQuery(e, { grep: 'KEY' })))).toEqual([kelvin.id]);
    // Their bytes do not hold the needle: these months must be read whole.
    expect(bytes.toString('latin1').toLowerCase()).not.toContain('xi');
    expect(bytes.toString('latin1').toLowerCase()).not.toContain('key');
  });
});

// ---- The same through a Store on disk: the first search makes cache/spans.json, the second uses it ----

describe('Store.entriesMayHold on disk (property)', () => {
  let root: string;
  beforeAll(() => {
    root = tempDir();
  });
  afterAll(() => removeDir(root));
  let run = 0;

  const store = (dir: string) => new Store(dir, undefined, { today: () => '2026-12-01' });
  const flat = (months: Iterable<Entry[]>) => [...months].flat();

  it('gives what entriesByMonth filtered by matchesQuery gives, before and after the spans are kept', () => {
    fc.assert(
      fc.property(
        fc.array(monthEntries, { minLength: 1, maxLength: 3 }).chain((months) => {
          // Months 2026-08, -09, -10, ids unique across them.
          const entries = months.flatMap((m, i) =>
            m.map((e) => {
              const date = `2026-${String(8 + i).padStart(2, '0')}${e.date.slice(7)}`;
              return { ...e, id: `m${i}${e.id}`, date };
            }),
          );
          return fc.tuple(fc.constant(entries), fc.array(needleFor(entries), { minLength: 1, maxLength: 4 }));
        }),
        ([entries, needles]) => {
          run += 1;
          const dir = join(root, `s${run}`);
          store(dir).addEntries(entries.map((e) => structuredClone(e)));
          for (const grep of needles) {
            if (!grep) continue;
            const q = { grep };
            const want = ids(flat(store(dir).entriesByMonth({})).filter((e) => matchesQuery(e, q)));
            for (let pass = 0; pass < 2; pass++) {
              const got = ids(flat(store(dir).entriesMayHold({}, grep.toLowerCase())).filter((e) => matchesQuery(e, q)));
              expect(got, `pass ${pass}: ${JSON.stringify(grep)}`).toEqual(want);
            }
          }
          // Every month had its spans kept, so the second pass searched bytes (when a needle could be).
          if (needles.some((n) => searchableNeedle(n.toLowerCase()))) {
            const kept = JSON.parse(readFileSync(join(dir, 'cache', 'spans.json'), 'utf8')) as { months: Record<string, { summary: unknown }> };
            expect(Object.values(kept.months).every((m) => Array.isArray(m.summary))).toBe(true);
          }
        },
      ),
      { numRuns: Number(process.env.FOURPOINT_FC_RUNS ?? 40) },
    );
  });

  it('reads a month whole once its file is no longer as fourpoint writes it, and finds the same', () => {
    const dir = join(root, 'hand');
    const a = note('alpha words', { date: '2026-10-02' });
    const b = note('bravo', { date: '2026-10-03' });
    store(dir).addEntries([a, b].map((e) => structuredClone(e)));
    expect(ids(flat(store(dir).entriesMayHold({}, 'alpha')))).toEqual([a.id]);
    // Pretty-printed by hand, with an escape JSON.stringify would not write: "\u0062ravo" is "bravo".
    const file = join(dir, 'entries', '2026-10.json');
    const pretty = JSON.stringify(JSON.parse(readFileSync(file, 'utf8')), null, 2).replace('"bravo"', '"\\u0062ravo"');
    writeFileSync(file, pretty);
    expect(ids(flat(store(dir).entriesMayHold({}, 'bravo')).filter((e) => matchesQuery(e, { grep: 'bravo' })))).toEqual([b.id]);
    expect(ids(flat(store(dir).entriesMayHold({}, 'bravo')).filter((e) => matchesQuery(e, { grep: 'bravo' })))).toEqual([b.id]);
    const kept = JSON.parse(readFileSync(join(dir, 'cache', 'spans.json'), 'utf8')) as { months: Record<string, { summary: unknown }> };
    expect(kept.months['2026-10']!.summary).toBeNull();
  });

  it('sees a hand edit of the same size at once (its stamp changed), even one that reads the same to the byte search', () => {
    const dir = join(root, 'same-size');
    const a = note('aaaaaaaa', { date: '2026-10-02' });
    const b = note('bravo', { date: '2026-10-03' });
    store(dir).addEntries([a, b].map((e) => structuredClone(e)));
    expect(flat(store(dir).entriesMayHold({}, 'bravo'))).toHaveLength(1);
    const file = join(dir, 'entries', '2026-10.json');
    const before = statSync(file, { bigint: true });
    // Eight bytes for eight: "\u0065go" is the text "ego", which the file's bytes do not hold.
    const edited = readFileSync(file, 'utf8').replace('"aaaaaaaa"', '"\\u0065go"');
    expect(edited.length).toBe(readFileSync(file, 'utf8').length);
    writeFileSync(file, edited);
    // A minute on, as an editor would leave it (a write a few ms after the last may share its mtime where
    // the clock for file times is coarse, as before Linux 6.13).
    const later = new Date(Number(before.mtimeMs) + 60_000);
    utimesSync(file, later, later);
    const after = statSync(file, { bigint: true });
    expect([after.ino, after.size]).toEqual([before.ino, before.size]);
    expect(after.mtimeNs).not.toBe(before.mtimeNs);
    const found = flat(store(dir).entriesMayHold({}, 'ego')).filter((e) => matchesQuery(e, { grep: 'ego' }));
    expect(ids(found)).toEqual([a.id]);
  });

  it('a month changed while a search is under way, after its spans were looked up, is read whole', () => {
    const dir = join(root, 'during');
    const a = note('aaaaaaaa', { date: '2026-10-02' });
    store(dir).addEntries([note('september', { date: '2026-09-02' }), a].map((e) => structuredClone(e)));
    expect(flat(store(dir).entriesMayHold({}, 'ego'))).toEqual([]);
    const months = store(dir).entriesMayHold({}, 'ego');
    // The spans of both months are looked up before the first month is given.
    expect(months.next().value).toEqual([]);
    const file = join(dir, 'entries', '2026-10.json');
    const was = statSync(file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('"aaaaaaaa"', '"\\u0065go"'));
    const later = new Date(was.mtimeMs + 60_000);
    utimesSync(file, later, later);
    const october = months.next().value as Entry[];
    expect(ids(october.filter((e) => matchesQuery(e, { grep: 'ego' })))).toEqual([a.id]);
  });

  describe('trusts the stamp: an edit in place of the same size, its mtime put back to the nanosecond', () => {
    // A whole second can be put back exactly (utimes takes seconds as a double): set it before the spans are kept.
    const SECOND = new Date('2026-10-20T10:00:00Z');
    function keptThenEdited(name: string, edit: (text: string) => string): string {
      const dir = join(root, name);
      store(dir).addEntries([note('alpha one', { date: '2026-10-02' }), note('bravo two', { date: '2026-10-03' }), note('aaaaaaaa', { date: '2026-10-04' })]);
      const file = join(dir, 'entries', '2026-10.json');
      utimesSync(file, SECOND, SECOND);
      const before = statSync(file, { bigint: true });
      expect(flat(store(dir).entriesMayHold({}, 'alpha'))).toHaveLength(1);
      const text = readFileSync(file, 'utf8');
      const edited = edit(text);
      expect(edited.length).toBe(text.length);
      expect(edited).not.toBe(text);
      writeFileSync(file, edited);
      utimesSync(file, SECOND, SECOND);
      const after = statSync(file, { bigint: true });
      expect(`${after.ino}:${after.size}:${after.mtimeNs}`).toBe(`${before.ino}:${before.size}:${before.mtimeNs}`);
      return dir;
    }
    const search = (dir: string, grep: string) => ids(flat(store(dir).entriesMayHold({}, grep)).filter((e) => matchesQuery(e, { grep })));

    it('an entry the needle is in, moved to another month, is damage: reported, not picked', () => {
      const dir = keptThenEdited('stamp-month', (t) => t.replace('"date":"2026-10-02"', '"date":"2026-11-02"'));
      expect(() => search(dir, 'alpha')).toThrow(/not in 2026-10/);
    });

    it('an entry the needle is in, no longer an entry, is damage: reported, not skipped', () => {
      const dir = keptThenEdited('stamp-kind', (t) => t.replace('"kind":"note","point":null,"date":"2026-10-02"', '"kind":"nope","point":null,"date":"2026-10-02"'));
      expect(() => search(dir, 'alpha')).toThrow(/kind/);
    });

    it('an entry the needle is in, cut differently from its spans, is read whole', () => {
      // One byte moves from the first entry's text to the second's: the spans no longer fit the entries.
      const dir = keptThenEdited('stamp-shift', (t) => t.replace('alpha one', 'alpha on').replace('bravo two', 'bravo twoo'));
      expect(search(dir, 'alpha')).toHaveLength(1);
      expect(search(dir, 'twoo')).toHaveLength(1);
    });

    it('a word changed for one of the same length is found where it now is', () => {
      const dir = keptThenEdited('stamp-word', (t) => t.replace('bravo two', 'bravo six'));
      expect(search(dir, 'six')).toHaveLength(1);
      expect(search(dir, 'two')).toHaveLength(0);
    });

    it('what it cannot see: damage in an entry the needle is not in, and text written with an escape', () => {
      // The full parse would refuse the month; the bytes searched hold no damage, so none is reported.
      const damaged = keptThenEdited('stamp-damage', (t) => t.replace('"bravo two"', '"bravo two '));
      expect(search(damaged, 'alpha')).toHaveLength(1);
      // The full parse reads "\u0065go" as "ego"; the bytes do not hold "ego".
      const escaped = keptThenEdited('stamp-escape', (t) => t.replace('"aaaaaaaa"', '"\\u0065go"'));
      expect(search(escaped, 'ego')).toEqual([]);
      expect(ids(flat(store(escaped).entriesByMonth({})).filter((e) => matchesQuery(e, { grep: 'ego' })))).toHaveLength(1);
    });
  });

  it('a month damaged after its spans were kept is still reported', () => {
    const dir = join(root, 'damaged');
    store(dir).addEntries([note('alpha', { date: '2026-10-02' }), note('bravo', { date: '2026-10-03' })]);
    expect(flat(store(dir).entriesMayHold({}, 'alpha'))).toHaveLength(1);
    const file = join(dir, 'entries', '2026-10.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"bravo"', '"bravo'));
    expect(() => flat(store(dir).entriesMayHold({}, 'alpha'))).toThrow(/not valid JSON/);
  });
});

/** [start, end) of entry i from packed spans. */
function spanOf(spans: readonly number[], i: number): [number, number] {
  let start = spans[0]!;
  for (let k = 1; k <= i; k++) start += spans[k]! + 1;
  return [start, start + spans[i + 1]!];
}
