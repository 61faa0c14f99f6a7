// Generators for entries full of text that tries to break an export: Markdown and CSV metacharacters,
// newlines, emoji, quotes and very long lines.
import fc from 'fast-check';
import type { Entry } from '../../src/domain/entry.js';

export const HOSTILE_PIECES = [
  '#', '## ', '|', '| a | b |', '*', '**', '_', '__', '`', '```', '~~~', '<', '<b>', '<!--', '[', ']', '[x](y)', '![i](j)',
  '- ', '1. ', '1) ', '+ ', '> ', '=', '===', '---', '***', '\\', '&amp;', '&#35;', '!', '{', '}', '@', ',', ';', '"', "'",
  '\n', '\r\n', '\r', '\n\n', '\t', '  ', '😀', '👩‍👩‍👧', 'é', 'ß', '中文', 'https://example.com', 'www.example.com',
  'a@b.co', '=SUM(A1)', '+1', '-1', '@cmd', 'word', 'x'.repeat(120), 'lorem ipsum dolor sit amet '.repeat(8),
];

/** A string made of hostile pieces and ordinary text, in any order. */
export const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 12, unit: 'grapheme-ascii' })), { maxLength: 12 })
  .map((parts) => parts.join(''));

/** Hostile text with something visible in it (answers of list fields must not be empty). */
export const hostileWord = hostileText.filter((s) => s.trim().length > 0);

const day = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const instant = fc
  .date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2026-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

/** A daily check-in whose free text is hostile; valid against worksheets/daily-check-in.yaml. */
export const hostileCheckin: fc.Arbitrary<Entry> = fc
  .record({
    id: fc.uuid(),
    date: day,
    createdAt: instant,
    mood: fc.integer({ min: 1, max: 10 }),
    urge: fc.integer({ min: 0, max: 10 }),
    onTrack: fc.boolean(),
    triggers: fc.array(hostileWord, { maxLength: 3 }),
    coping: fc.array(hostileWord, { maxLength: 3 }),
    note: fc.option(hostileText, { nil: undefined }),
    whatHappened: hostileText,
    tags: fc.array(hostileWord, { maxLength: 2 }),
  })
  .map((r) => {
    const answers: Entry['answers'] = { mood: r.mood, urge: r.urge, onTrack: r.onTrack, triggers: r.triggers, coping: r.coping };
    if (r.note !== undefined) answers.note = r.note;
    if (!r.onTrack) answers.whatHappened = r.whatHappened;
    return {
      id: r.id,
      kind: 'checkin' as const,
      worksheet: { id: 'daily-check-in', version: 1 },
      point: null,
      date: r.date,
      createdAt: r.createdAt,
      updatedAt: r.createdAt,
      answers,
      tags: r.tags,
    };
  });

/** A note of a worksheet this fourpoint does not know: its answers are any JSON, checked by the entry schema only. */
export const foreignEntry: fc.Arbitrary<Entry> = fc
  .record({
    // Ids are letters, digits, - and _ (hostile ids are refused at import: test/integration/journal-editor.test.ts).
    id: fc.oneof(fc.uuid(), fc.stringMatching(/^[a-z0-9_-]{1,40}$/)),
    worksheetId: hostileWord,
    date: day,
    createdAt: instant,
    answers: fc.dictionary(hostileWord, fc.oneof(hostileText, fc.integer(), fc.boolean(), fc.constant(null), fc.array(hostileText, { maxLength: 3 })), { maxKeys: 4 }),
  })
  .map((r) => ({
    id: r.id,
    kind: 'note' as const,
    worksheet: { id: `x-${r.worksheetId}`, version: 1 },
    date: r.date,
    createdAt: r.createdAt,
    updatedAt: r.createdAt,
    answers: r.answers,
    tags: [],
  }));

/** Whitespace folded, as Markdown shows it. */
export function folded(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const cbaItem = fc.record(
  { item: hostileWord, term: fc.constantFrom('short', 'long'), importance: fc.integer({ min: 1, max: 10 }) },
  { requiredKeys: ['item'] },
);

/** A Cost-Benefit Analysis (groups of rows and a longtext), valid against worksheets/cost-benefit-analysis.yaml. */
export const hostileCba: fc.Arbitrary<Entry> = fc
  .record({
    id: fc.uuid(),
    date: day,
    createdAt: instant,
    boxes: fc.tuple(...[0, 1, 2, 3].map(() => fc.array(cbaItem, { minLength: 1, maxLength: 3 }))),
    conclusion: hostileWord,
  })
  .map((r) => ({
    id: r.id,
    kind: 'worksheet' as const,
    worksheet: { id: 'cost-benefit-analysis', version: 1 },
    point: 1,
    date: r.date,
    createdAt: r.createdAt,
    updatedAt: r.createdAt,
    answers: {
      benefitsOfDoing: r.boxes[0],
      costsOfDoing: r.boxes[1],
      benefitsOfChanging: r.boxes[2],
      costsOfChanging: r.boxes[3],
      conclusion: r.conclusion,
    },
    tags: [],
  }));
