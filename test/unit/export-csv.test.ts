// The CSV export: RFC 4180, one row per check-in, hostile text intact, formulas never run.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/domain/entry.js';
import { CSV_HEADER, csvExporter, csvField } from '../../src/export/csv.js';
import { render, wholeData, type ExportData } from '../../src/export/registry.js';
import { parseCsv } from '../helpers/csv-parse.js';
import { foreignEntry, hostileCheckin } from '../helpers/hostile.js';

function data(entries: Entry[]): ExportData {
  return wholeData(entries, { profile: undefined, drafts: [], query: {}, definitionFor: () => undefined, exportedAt: new Date('2026-11-23T12:00:00Z') });
}

/** What a spreadsheet shows for a cell the exporter guarded. */
function unguard(cell: string, original: string): string {
  return /^[=+\-@\t\r]/.test(original) ? cell.replace(/^'/, '') : cell;
}

describe('CSV export', () => {
  it('quotes only what needs it, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\ronly')).toBe('"cr\ronly"');
  });

  it('puts an apostrophe before a cell a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const f of ['+1', '-1', '@SUM(A1)', '\tx']) expect(csvField(f)).toBe(`'${f}`);
    expect(csvField('1+1')).toBe('1+1');
  });

  it('writes a header and one row per check-in, and reads back to the same text (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostileCheckin, foreignEntry), { maxLength: 8 }), (entries) => {
        const text = render(csvExporter, data(entries));
        expect(text.endsWith('\r\n')).toBe(true);
        const [header, ...rows] = parseCsv(text);
        expect(header).toEqual([...CSV_HEADER]);
        const checkins = entries.filter((e) => e.kind === 'checkin');
        expect(rows).toHaveLength(checkins.length);
        checkins.forEach((e, i) => {
          const row = rows[i]!;
          expect(row).toHaveLength(CSV_HEADER.length);
          const a = e.answers;
          expect(row.slice(0, 4)).toEqual([e.date, String(a.mood), String(a.urge), a.onTrack ? 'yes' : 'no']);
          const triggers = (a.triggers as string[]).join('; ');
          const coping = (a.coping as string[]).join('; ');
          expect(unguard(row[4]!, triggers)).toBe(triggers);
          expect(unguard(row[5]!, coping)).toBe(coping);
          const note = (a.note as string | undefined) ?? '';
          expect(unguard(row[6]!, note)).toBe(note);
          for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        });
      }),
      { numRuns: 200 },
    );
  });
});
