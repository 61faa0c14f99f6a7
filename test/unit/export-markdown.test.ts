// The Markdown export: valid for markdownlint's default rules, and a person's text never becomes structure.
import fc from 'fast-check';
import { marked, type Token } from 'marked';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/domain/entry.js';
import { longDay, markdownExporter, renderEntryDocument, shortId } from '../../src/export/markdown.js';
import { render, wholeData, type ExportData } from '../../src/export/registry.js';
import { Library } from '../../src/worksheets/loader.js';
import { folded, foreignEntry, hostileCba, hostileCheckin } from '../helpers/hostile.js';
import { removeDir, tempDir } from '../helpers/cli.js';

const home = tempDir();
const library = Library.open(home);
process.on('exit', () => removeDir(home));

function data(entries: Entry[]): ExportData {
  return wholeData(entries, {
    profile: undefined,
    drafts: [],
    query: {},
    definitionFor: (e) => (e.worksheet ? library.get(e.worksheet.id)?.definition : undefined),
    exportedAt: new Date('2026-11-23T12:00:00Z'),
  });
}

const renderJournal = (d: ExportData) => render(markdownExporter, d);

function lintErrors(markdown: string): string[] {
  const result = lint({ strings: { doc: markdown } });
  return result.doc!.map((e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.ruleDescription} ${e.errorDetail ?? ''} [${e.errorContext ?? ''}]`);
}

function walk(tokens: readonly Token[], visit: (t: Token) => void): void {
  for (const t of tokens) {
    visit(t);
    const children = (t as { tokens?: Token[] }).tokens;
    if (children) walk(children, visit);
    if (t.type === 'list') for (const item of t.items) walk([item], visit);
  }
}

/** The text a reader sees: the HTML marked makes, without its tags. */
function plainText(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  const text = html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
  return folded(text);
}

/** The person's words in an entry, as the renderer shows them (a foreign worksheet's answers as JSON). */
function userTexts(entry: Entry): string[] {
  const out: string[] = [...entry.tags];
  const collect = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') Object.values(v).forEach(collect);
  };
  for (const [key, value] of Object.entries(entry.answers)) {
    if (entry.worksheet && library.get(entry.worksheet.id)) collect(value);
    else out.push(key, JSON.stringify(value));
  }
  return out.filter((s) => folded(s).length > 0);
}

const RUNS = Number(process.env.FOURPOINT_FC_RUNS ?? 60);
const sorted = (entries: Entry[]) => [...entries].sort((a, b) => a.date.localeCompare(b.date));

describe('Markdown export', () => {
  it('is the same document drawn a month at a time (as an export streams) as drawn whole', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostileCheckin, hostileCba, foreignEntry), { maxLength: 12 }), (raw) => {
        const entries = sorted(raw);
        const months = [...new Set(entries.map((e) => e.date.slice(0, 7)))].map((m) => entries.filter((e) => e.date.startsWith(m)));
        const pieces = [...markdownExporter.pieces({ ...data(entries), batches: [[], ...months, []] })];
        expect(pieces.join('')).toBe(renderJournal(data(entries)));
        // A piece per month that holds entries, after the title: none waits for the rest of the history.
        const note = pieces.at(-1)!.startsWith('\n<!--') ? 1 : 0;
        expect(pieces.length).toBe(1 + months.length + note);
      }),
      { numRuns: RUNS },
    );
  });

  it('passes markdownlint and keeps hostile text literal (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(hostileCheckin, hostileCba, foreignEntry), { minLength: 1, maxLength: 8 }), (raw) => {
        const entries = sorted(raw);
        const md = renderJournal(data(entries));
        expect(lintErrors(md)).toEqual([]);
        const tokens = marked.lexer(md);
        const months = new Set(entries.map((e) => e.date.slice(0, 7))).size;
        const days = new Set(entries.map((e) => e.date)).size;
        const counts: Record<string, number> = {};
        walk(tokens, (t) => void (counts[t.type] = (counts[t.type] ?? 0) + 1));
        // One title, a heading per month, per day and per entry; nothing else a person typed becomes structure.
        expect(counts.heading).toBe(1 + months + days + entries.length);
        // A table only where a worksheet asks for one (render hints, such as the CBA's 2 by 2 grid).
        const hinted = entries.filter((e) => e.worksheet && library.get(e.worksheet.id)?.definition.render).length;
        expect(counts.table ?? 0).toBeLessThanOrEqual(hinted);
        for (const type of ['em', 'codespan', 'code', 'link', 'image', 'del', 'blockquote', 'hr', 'br'])
          expect(counts[type] ?? 0, `${type} in:\n${md}`).toBe(0);
        // The only HTML is the exporter's own comment that lets long table rows be (tables cannot wrap).
        walk(tokens, (t) => {
          if (t.type === 'html') expect(t.raw.trim(), `html in:\n${md}`).toBe('<!-- markdownlint-configure-file { "MD013": { "tables": false } } -->');
        });
        // Strong only for the renderer's own labels ("**Mood:**"), never from the person's text.
        walk(tokens, (t) => {
          if (t.type === 'strong') expect(t.text).toMatch(/:$/);
        });
        const text = plainText(md);
        for (const entry of entries) for (const s of userTexts(entry)) expect(text).toContain(folded(s));
      }),
      { numRuns: RUNS },
    );
  });

  it('gives entries on the same day headings of their own', () => {
    const entry = fc.sample(hostileCheckin, { numRuns: 1, seed: 7 })[0]!;
    const same = [entry, { ...entry, id: `${entry.id.slice(0, 8)}-other` }, { ...entry, id: `${entry.id.slice(0, 8)}-third` }];
    const md = renderJournal(data(same));
    const headings = md.split('\n').filter((l) => l.startsWith('#### '));
    expect(headings).toHaveLength(3);
    expect(new Set(headings).size).toBe(3);
    expect(lintErrors(md)).toEqual([]);
  });

  it('states the period and says so when there is nothing in it', () => {
    const md = renderJournal({ ...data([]), query: { since: '2026-11-01', until: '2026-11-23' } });
    expect(md).toContain('From Sunday, 1 November 2026 to Monday, 23 November 2026: 0 entries.');
    expect(lintErrors(md)).toEqual([]);
    expect(renderJournal(data([]))).toContain('No entries in this period.');
  });

  it('renders one entry as a document of its own (--split)', () => {
    fc.assert(
      fc.property(fc.oneof(hostileCheckin, hostileCba, foreignEntry), (entry) => {
        const md = renderEntryDocument(data([entry]), entry);
        expect(lintErrors(md)).toEqual([]);
        const headings = marked.lexer(md).filter((t) => t.type === 'heading');
        expect(headings).toHaveLength(1);
      }),
      { numRuns: Math.ceil(RUNS / 2) },
    );
  });
});

describe('shortId', () => {
  it('keeps the first 8 characters, never half of an emoji (the slice shortcut equals counting code points)', () => {
    const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.array(fc.constantFrom('a', ' ', '😀', '👩‍👩‍👧', 'é', '\ud800', '\udc00', '-'), { maxLength: 14 }).map((p) => p.join('')));
    fc.assert(fc.property(text, (id) => shortId(id) === Array.from(id.trim()).slice(0, 8).join('')), { numRuns: 2000 });
  });
});

describe('longDay', () => {
  it('reads a day by position as splitting it at the dashes would', () => {
    const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    const split = (day: string) => {
      const [y, m, d] = day.split('-').map(Number) as [number, number, number];
      const month = new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' });
      return `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}, ${d} ${month} ${y}`;
    };
    const day = fc.date({ min: new Date('0100-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(fc.property(day, (d) => longDay(d) === split(d)), { numRuns: 5000 });
    expect(longDay('2026-11-23')).toBe('Monday, 23 November 2026');
  });
});
