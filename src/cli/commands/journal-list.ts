// fourpoint journal list: entries, oldest first, one line each, with the shared filters. The store is read
// a month at a time and each line written as soon as the title column's width is known, so the whole
// journal is never in memory.
import { padTo, screenWidth, textWidth, wrap } from '../../ui/layout.js';
import { safeLine } from '../../ui/safe-text.js';
import type { App } from '../context.js';
import { describeEntry } from '../../ui/summary.js';
import { jsonArrayPieces } from '../../export/json-pieces.js';
import { monthsMatching, queryFromOptions, type FilterOptions } from '../filters.js';
import { outlines } from '../month-outline.js';
import { mapEach, writeInTurn } from '../write-out.js';

export interface JournalListOptions extends FilterOptions {
  json?: boolean;
}

interface Row {
  date: string;
  title: string;
  gist: string;
  id: string;
}

const TITLE_MAX = 32;

/** The titles the months of the range hold (from their outlines): the list's titles are some of these. */
function titlesHeld(app: App, range: { since?: string; until?: string }, titleOf: (worksheet: string | undefined, kind: string) => string): string[] {
  const keys = new Set(outlines(app, range).flatMap((o) => o.keys));
  return [...keys].map((key) => (key.startsWith('w:') ? titleOf(key.slice(2), '') : titleOf(undefined, key.slice(2))));
}

/**
 * Rows waiting for the title column's width (a search whose rows are all narrower than the widest title
 * held waits to the end), each kept as one flat string, "date id NUL title's number NUL gist": the date
 * is ten characters, an id and a number hold no NUL, and a gist's control characters are made visible.
 * Kept as row objects and drawn all at once, the rows of a search for a word in one entry of four at
 * 50,000 entries doubled its time in garbage collection (114 ms against 52 when nothing waited).
 */
class WaitingRows {
  private rows: string[] = [];
  private readonly titles: string[] = [];

  get widest(): number {
    return this.titles.reduce((w, title) => Math.max(w, Math.min(TITLE_MAX, textWidth(title))), 0);
  }

  push(r: Row): void {
    let n = this.titles.indexOf(r.title);
    if (n < 0) n = this.titles.push(r.title) - 1;
    // normalize() makes the joined pieces one string, rather than a tree that keeps every piece.
    this.rows.push(`${r.date}${r.id}\u0000${n}\u0000${r.gist}`.normalize());
  }

  /** The rows kept, drawn a few hundred at a time (so each piece is let go once written); none are kept after. */
  *drawn(draw: (r: Row) => string): Generator<string> {
    const rows = this.rows;
    this.rows = [];
    for (let start = 0; start < rows.length; start += 256) {
      let piece = '';
      for (const s of rows.slice(start, start + 256)) {
        const i = s.indexOf('\u0000', 10);
        const j = s.indexOf('\u0000', i + 1);
        piece += draw({ date: s.slice(0, 10), id: s.slice(10, i), title: this.titles[Number(s.slice(i + 1, j))]!, gist: s.slice(j + 1) });
      }
      yield piece;
    }
  }
}

function* withEnd(pieces: Iterable<string>, end: string): Generator<string> {
  yield* pieces;
  yield end;
}

export async function run(o: JournalListOptions, app: App): Promise<void> {
  const query = queryFromOptions(o, app);
  const range = { since: query.since, until: query.until };
  const months = monthsMatching(app, query);
  if (o.json) return writeInTurn(app.io.stdout, withEnd(jsonArrayPieces(months, 1), '\n'));
  const titleOf = (worksheet: string | undefined, kind: string) => (worksheet ? (app.library.get(worksheet)?.definition.title ?? worksheet) : kind);
  const t = app.theme;
  const screen = screenWidth(app.io);
  // Columns when the description keeps 30 columns beside the date and title; else the title on the date's line, the rest below.
  const draw = (r: Row, titleWidth: number): string => {
    const rest = `${r.gist}  ${t.dim(r.id)}`;
    const lines =
      14 + titleWidth <= screen - 30
        ? wrap(rest, screen, { first: `${r.date}  ${t.accent(padTo(r.title, titleWidth))}  `, indent: ' '.repeat(14 + titleWidth) })
        : [...wrap(t.accent(r.title), screen, { first: `${r.date}  `, indent: ' '.repeat(12) }), ...wrap(rest, screen, { first: ' '.repeat(12) })];
    return `${lines.join('\n')}\n`;
  };
  // The title column is as wide as the widest title listed (at most 32). No title listed can be wider than
  // the widest title the months hold, so lines wait only until a title that wide is met.
  let widest = 0;
  for (const title of titlesHeld(app, range, titleOf)) widest = Math.max(widest, Math.min(TITLE_MAX, textWidth(title)));
  const waiting = new WaitingRows();
  let titleWidth: number | undefined;
  let listed = 0;
  const drawn = mapEach(months, (month) => {
    const out: string[] = [];
    for (const e of month) {
      listed += 1;
      const def = e.worksheet ? app.library.get(e.worksheet.id)?.definition : undefined;
      const row = { date: e.date, title: titleOf(e.worksheet?.id, e.kind), gist: safeLine(describeEntry(e, def)), id: e.id.slice(0, 8) };
      if (titleWidth !== undefined) out.push(draw(row, titleWidth));
      else if (Math.min(TITLE_MAX, textWidth(row.title)) < widest) waiting.push(row);
      else {
        titleWidth = widest;
        for (const piece of waiting.drawn((r) => draw(r, widest))) out.push(piece);
        out.push(draw(row, widest));
      }
    }
    return out.join('');
  });
  await writeInTurn(app.io.stdout, drawn);
  if (listed === 0) {
    app.say(Object.values(query).some((v) => v !== undefined) ? 'No entries match.' : 'No entries yet. Start with a check-in: fourpoint checkin');
    return;
  }
  // Every title listed was narrower than the widest held (a search, say): the rest waited till the end.
  const w = waiting.widest;
  await writeInTurn(app.io.stdout, waiting.drawn((r) => draw(r, w)));
}
