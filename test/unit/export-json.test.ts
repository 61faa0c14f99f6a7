// The JSON export drawn a month at a time is the same text as the document stringified whole, which is
// what `fourpoint import` and any JSON reader expect.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/domain/entry.js';
import { EXPORT_FORMAT_NAME, EXPORT_VERSION, SCHEMA_VERSION } from '../../src/export/envelope.js';
import { jsonExporter } from '../../src/export/json.js';
import { jsonArrayPieces } from '../../src/export/json-pieces.js';
import { foreignEntry, hostileCba, hostileCheckin, hostileText } from '../helpers/hostile.js';

const byMonth = (entries: Entry[]) => {
  const sorted = [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return [...new Set(sorted.map((e) => e.date.slice(0, 7)))].map((m) => sorted.filter((e) => e.date.startsWith(m)));
};

describe('JSON export, a month at a time', () => {
  it('gives the bytes of the whole document stringified at once (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostileCheckin, hostileCba, foreignEntry), { maxLength: 12 }), fc.option(hostileText, { nil: undefined }), (raw, why) => {
        const months = byMonth(raw);
        const profile = why === undefined ? undefined : { behaviours: ['alcohol'], startDate: '2026-01-01', why, supportContacts: [], graduation: {} };
        const drafts = why === undefined ? [] : [{ worksheetId: 'abc', worksheetVersion: 1, date: '2026-11-20', savedAt: '2026-11-20T10:00:00.000Z', answers: { a: why } }];
        const exportedAt = new Date('2026-11-23T12:00:00Z');
        const data = { batches: [[], ...months, []], period: () => ({ count: 0 }), profile, drafts, query: {}, definitionFor: () => undefined, exportedAt };
        const whole = { format: EXPORT_FORMAT_NAME, version: EXPORT_VERSION, schemaVersion: SCHEMA_VERSION, exportedAt: exportedAt.toISOString(), profile: profile ?? null, entries: months.flat(), drafts };
        expect([...jsonExporter.pieces(data as never)].join('')).toBe(`${JSON.stringify(whole, null, 2)}\n`);
        // journal list --json: the entries as a top-level array.
        expect([...jsonArrayPieces([[], ...months], 1)].join('')).toBe(JSON.stringify(months.flat(), null, 2));
      }),
      { numRuns: Number(process.env.FOURPOINT_FC_RUNS ?? 60) },
    );
  });
});
