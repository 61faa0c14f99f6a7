// The one layout every screen uses: headings, paragraphs, lists, key-value rows, tables and bars, wrapped
// to the terminal's width at word boundaries. Widths are measured with string-width and lines broken
// with wrap-ansi (the libraries the prompts already use), so colour codes take no room and wide
// characters (emoji, CJK) take two. No screen measures text by itself.
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import type { Theme } from './theme.js';

/** Lines longer than this are hard to read, however wide the terminal. */
export const READING_WIDTH = 100;
/** Output that is not a terminal (a pipe, a file) is laid out for the common default. */
export const PIPE_WIDTH = 80;
/** Narrower than this and nothing lays out sensibly; a line may then pass the edge. */
const NARROWEST = 20;

/** The width to lay out for: the terminal's, capped for reading, or 80 when stdout is not a terminal. */
export function screenWidth(io: { columns?: number }): number {
  const c = io.columns;
  if (c === undefined || !Number.isFinite(c) || c <= 0) return PIPE_WIDTH;
  return Math.max(NARROWEST, Math.min(READING_WIDTH, Math.floor(c)));
}

/** Printable ASCII only: one column a character, and nothing for wrap-ansi to do on a line it fits. */
const PLAIN = /^[\x20-\x7e]*$/;

/** Columns a string takes on screen (colour codes none, wide characters two). */
export function textWidth(s: string): number {
  // Most text is plain, and string-width's ANSI and emoji regexes cost more than a long journal list's layout.
  return PLAIN.test(s) ? s.length : stringWidth(s);
}

/** Pads on the right to `width` columns, by what shows rather than by code units. */
export function padTo(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - textWidth(s)));
}

export interface WrapOptions {
  /** Put before the first line (a label, a list marker, or spaces). */
  first?: string;
  /** Put before every further line; defaults to spaces as wide as `first`. */
  indent?: string;
}

/**
 * Text wrapped at spaces to `width` columns, prefixes included. A word longer than a whole line (an
 * address, a long id) is the only thing ever broken. Newlines in the text start new lines.
 */
export function wrap(text: string, width: number, { first = '', indent }: WrapOptions = {}): string[] {
  const rest = indent ?? ' '.repeat(textWidth(first));
  const room = Math.max(4, width - Math.max(textWidth(first), textWidth(rest)));
  const lines = PLAIN.test(text) ? wrapPlain(text, room) : wrapAnsi(text, room, { hard: true, trim: true }).split('\n');
  return lines.map((line, i) => (i === 0 ? first : rest) + line);
}

/**
 * wrap-ansi's lines (hard, trimmed) for printable ASCII, where a character is a column and there is no
 * colour to carry: its steps without the measuring. A journal list or search of years of entries wraps
 * a line per entry, and wrap-ansi's measuring took a quarter of `journal search` at 50,000 entries.
 * A property test holds the two to the same lines.
 */
function wrapPlain(text: string, columns: number): string[] {
  if (text.trim() === '') return [''];
  const rows = [''];
  const words = text.split(' ');
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    let row = rows[rows.length - 1]!.trimStart();
    if (i !== 0 && row.length > 0) row += ' ';
    rows[rows.length - 1] = row;
    if (word.length > columns) {
      // A word longer than a line is cut, starting on this line if that needs no more breaks.
      const breaksHere = 1 + Math.floor((word.length - (columns - row.length) - 1) / columns);
      if (Math.floor((word.length - 1) / columns) < breaksHere) rows.push('');
      cutWord(rows, word, columns);
    } else {
      if (row.length + word.length > columns && row.length > 0 && word.length > 0) rows.push('');
      rows[rows.length - 1] += word;
    }
  }
  return rows.map((r) => r.replace(/ +$/, ''));
}

function cutWord(rows: string[], word: string, columns: number): void {
  let visible = rows[rows.length - 1]!.length;
  for (let i = 0; i < word.length; i++) {
    const character = word.charAt(i);
    if (visible + 1 <= columns) rows[rows.length - 1] += character;
    else {
      rows.push(character);
      visible = 0;
    }
    visible += 1;
    if (visible === columns && i < word.length - 1) {
      rows.push('');
      visible = 0;
    }
  }
}

/** Pieces joined by `sep`, a new line started before one would pass the width; a piece is split only if it is wider than a line. */
export function wrapPieces(pieces: readonly string[], width: number, { first = '', indent, sep = '   ' }: WrapOptions & { sep?: string }): string[] {
  const rest = indent ?? ' '.repeat(stringWidth(first));
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const prefix = lines.length === 0 ? first : rest;
    const candidate = line ? `${line}${sep}${piece}` : piece;
    if (line && stringWidth(prefix + candidate) > width) {
      lines.push(...wrap(line, width, { first: prefix, indent: rest }));
      line = piece;
    } else line = candidate;
  }
  lines.push(...wrap(line, width, { first: lines.length === 0 ? first : rest, indent: rest }));
  return lines;
}

/** Rows of a key and its value: keys in a column when there is room, else each key over its value. */
export function keyValueLines(rows: readonly (readonly [string, string])[], width: number, indent = '  '): string[] {
  const keyWidth = Math.max(0, ...rows.map(([k]) => stringWidth(k))) + 2;
  const side = stringWidth(indent) + keyWidth <= width * 0.4 && width - stringWidth(indent) - keyWidth >= 24;
  const lines: string[] = [];
  for (const [key, value] of rows) {
    if (side) lines.push(...wrap(value, width, { first: indent + padTo(key, keyWidth), indent: indent + ' '.repeat(keyWidth) }));
    else lines.push(indent + key, ...wrap(value, width, { first: `${indent}  ` }));
  }
  return lines;
}

export interface TableOptions {
  indent?: string;
  /** How a header cell is styled (bold, say); the body is left as given. */
  head?: (s: string) => string;
  /** How the first cell of a row is styled when the table becomes a stacked list. */
  rowHead?: (s: string) => string;
}

// Words as wrap-ansi breaks them: at spaces only, so a no-break space holds its two sides together.
const longestWord = (s: string) => Math.max(0, ...s.split(' ').map((w) => stringWidth(w)));

/** Column widths that fit `room`, or undefined when the table cannot fit without breaking words. */
function columnWidths(cells: readonly (readonly string[])[], columns: number, room: number): number[] | undefined {
  const natural = Array.from({ length: columns }, (_, i) => Math.max(1, ...cells.map((r) => stringWidth(r[i] ?? ''))));
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= room) return natural;
  // Each column needs at least its longest word (and a reading width of 10, unless it never needs that).
  const least = natural.map((n, i) => Math.min(n, Math.max(10, ...cells.map((r) => longestWord(r[i] ?? '')))));
  const floor = least.reduce((a, b) => a + b, 0);
  if (floor > room) return undefined;
  // Share what is left by how much more each column would like.
  const spare = room - floor;
  const wants = natural.map((n, i) => n - least[i]!);
  const wanted = wants.reduce((a, b) => a + b, 0);
  const widths = least.map((l, i) => l + Math.floor((spare * wants[i]!) / wanted));
  let left = room - widths.reduce((a, b) => a + b, 0);
  for (let i = 0; left > 0 && i < columns; i++, left--) if (widths[i]! < natural[i]!) widths[i]!++;
  return widths;
}

function boxRule(widths: readonly number[], [l, m, r]: string, indent: string): string {
  return indent + l + widths.map((w) => '─'.repeat(w + 2)).join(m) + r;
}

/**
 * A table drawn with box lines, each cell wrapped in its column. A table that does not fit becomes a
 * stacked list: each row's first cell, then the other cells under their column's name.
 */
export function tableLines(header: readonly string[], rows: readonly (readonly string[])[], width: number, options: TableOptions = {}): string[] {
  const { indent = '', head = (s) => s, rowHead = (s) => s } = options;
  const columns = Math.max(header.length, ...rows.map((r) => r.length));
  const room = width - stringWidth(indent) - (3 * columns + 1);
  const widths = columnWidths([header, ...rows], columns, room);
  if (!widths) return stackedLines(header, rows, width, indent, rowHead);
  const drawRow = (cells: readonly string[], style: (s: string) => string) => {
    const wrapped = widths.map((w, i) => (cells[i] ? wrapAnsi(cells[i]!, w, { hard: true, trim: true }).split('\n') : ['']));
    const height = Math.max(...wrapped.map((c) => c.length));
    return Array.from({ length: height }, (_, k) => `${indent}│ ${wrapped.map((c, i) => padTo(c[k] ? style(c[k]!) : '', widths[i]!)).join(' │ ')} │`);
  };
  const lines = [boxRule(widths, '┌┬┐', indent)];
  if (header.some((h) => h !== '')) lines.push(...drawRow(header, head), boxRule(widths, '├┼┤', indent));
  rows.forEach((r, i) => {
    if (i > 0) lines.push(boxRule(widths, '├┼┤', indent));
    lines.push(...drawRow(r, (s) => s));
  });
  lines.push(boxRule(widths, '└┴┘', indent));
  return lines;
}

function stackedLines(header: readonly string[], rows: readonly (readonly string[])[], width: number, indent: string, rowHead: (s: string) => string): string[] {
  const lines: string[] = [];
  for (const [first = '', ...rest] of rows) {
    lines.push(...wrap(rowHead(first), width, { first: indent }));
    rest.forEach((cell, i) => {
      const name = header[i + 1];
      if (cell === '') return;
      lines.push(...wrap(cell, width, { first: `${indent}  ${name ? `${name}: ` : ''}`, indent: `${indent}    ` }));
    });
  }
  return lines;
}

/**
 * A screen being laid out, block by block. Every method adds whole lines; text() gives them joined.
 * Text given here is laid out, not made safe: a person's own words go through safeText() first.
 */
export class Page {
  readonly lines: string[] = [];

  constructor(
    readonly width: number,
    readonly theme: Theme,
  ) {}

  blank(): this {
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
    return this;
  }

  heading(text: string, indent = ''): this {
    this.lines.push(...wrap(this.theme.heading(text), this.width, { first: indent }));
    return this;
  }

  paragraph(text: string, options: WrapOptions = {}): this {
    this.lines.push(...wrap(text, this.width, options));
    return this;
  }

  /** One list item with a hanging indent: `marker` ("- ", "2. ") then text; continuation lines line up under the text. */
  item(text: string, marker = '- ', indent = '  '): this {
    return this.paragraph(text, { first: indent + marker });
  }

  list(items: readonly string[], { numbered = false, indent = '  ' } = {}): this {
    items.forEach((text, i) => this.item(text, numbered ? `${i + 1}. ` : '- ', indent));
    return this;
  }

  keyValue(rows: readonly (readonly [string, string])[], indent = '  '): this {
    this.lines.push(...keyValueLines(rows, this.width, indent));
    return this;
  }

  table(header: readonly string[], rows: readonly (readonly string[])[], indent = ''): this {
    const { theme } = this;
    this.lines.push(...tableLines(header, rows, this.width, { indent, head: theme.heading, rowHead: theme.heading }));
    return this;
  }

  /** A line drawn by the caller (a bar, a sparkline), already known to fit. */
  raw(line: string): this {
    this.lines.push(line);
    return this;
  }

  text(): string {
    let end = this.lines.length;
    while (end > 0 && this.lines[end - 1] === '') end--;
    return this.lines.slice(0, end).join('\n');
  }
}

const LIST_MARKER = /^(\s*)((?:[-•*]|\d{1,3}[.)]) )?/;

/**
 * A message of one or more lines, each wrapped to `width` at spaces: a line's leading spaces (and a list
 * marker, if it starts with one) are kept as the indent of its continuation lines.
 */
export function wrapBlock(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => {
      if (stringWidth(line) <= width) return line;
      const [lead, spaces, marker = ''] = LIST_MARKER.exec(line)!;
      return wrap(line.slice(lead.length), width, { first: lead, indent: ' '.repeat(spaces!.length + marker.length) }).join('\n');
    })
    .join('\n');
}

/**
 * Two blocks side by side, each laid out by its `render` at half the width, with a rule between; when a
 * half would be narrower than `narrowest`, stacked one after the other at the full width instead.
 */
export function sideBySide(left: (width: number) => string[], right: (width: number) => string[], width: number, narrowest = 36): string[] {
  const half = Math.floor((width - 3) / 2);
  if (half < narrowest) return [...left(width), '', ...right(width)];
  const [a, b] = [left(half), right(half)];
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => `${padTo(a[i] ?? '', half)} │ ${b[i] ?? ''}`.trimEnd());
}
