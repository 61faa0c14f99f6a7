// Lays out rendered Markdown so markdownlint's default rules accept it: no trailing spaces, no runs of
// blank lines, and prose wrapped at 80 columns (MD013). Headings and table rows are left whole.
import type { LineSink } from '../worksheets/markdown-lines.js';
import { escapeLineStart, mayOpenBlock } from '../worksheets/markdown-text.js';

export const LINE_WIDTH = 80;

/** What a wrapped line's continuations are indented past: a list item's marker, or leading spaces. */
const PREFIX = /^\s*(?:(?:[-*+]|\d{1,9}[.)]) +)?/;

/** One line of prose (a list item or a paragraph line), wrapped at spaces; continuation lines indented. */
export function wrapLine(line: string, width = LINE_WIDTH): string[] {
  if (line.length <= width) return [line];
  const prefix = PREFIX.exec(line)![0];
  const indent = ' '.repeat(prefix.length);
  return singleSpaced(line, prefix.length) ? wrapSegments(line, prefix, indent, width) : wrapWords(line, prefix, indent, width);
}

/** Words after the prefix are parted by one space each (as inline() leaves text): no empty words. */
function singleSpaced(line: string, from: number): boolean {
  return line.charCodeAt(from) !== 0x20 && line.charCodeAt(line.length - 1) !== 0x20 && !line.includes('  ', from);
}

/** Word by word (runs of spaces count as one), found with indexOf rather than split and filter. */
export function wrapWords(line: string, prefix: string, indent: string, width: number): string[] {
  const out: string[] = [];
  let current = prefix;
  let first = true;
  for (let start = prefix.length; start < line.length; ) {
    const end = nextSpace(line, start);
    if (end > start) {
      const word = line.slice(start, end);
      if (first) current += word;
      else if (current.length + 1 + word.length > width) {
        out.push(current);
        // A wrapped line must not start a block of its own (a list, a quote, a setext underline).
        current = indent + escapeLineStart(word);
      } else current += ` ${word}`;
      first = false;
    }
    start = end + 1;
  }
  out.push(current);
  return out;
}

/**
 * What wrapWords gives for single-spaced words, a line at a time: each line takes as many words as
 * fit (at least one), found with lastIndexOf and cut with one slice rather than one per word.
 */
function wrapSegments(line: string, prefix: string, indent: string, width: number): string[] {
  const out: string[] = [];
  let lead = prefix;
  for (let start = prefix.length; ; ) {
    // A continuation line's first word gets a backslash if it would open a block: one character more.
    const firstEnd = nextSpace(line, start);
    const escaped = out.length === 0 || !mayOpenBlock(line.charCodeAt(start)) ? 0 : escapeLineStart(line.slice(start, firstEnd)).length - (firstEnd - start);
    const room = width - lead.length - escaped;
    let end = line.length;
    if (end - start > room) {
      end = line.lastIndexOf(' ', start + room);
      if (end < firstEnd) end = firstEnd;
    }
    const text = line.slice(start, end);
    out.push(lead + (escaped === 0 ? text : escapeLineStart(text)));
    if (end >= line.length) return out;
    start = end + 1;
    lead = indent;
  }
}

function nextSpace(line: string, from: number): number {
  const at = line.indexOf(' ', from);
  return at === -1 ? line.length : at;
}

function isStructural(line: string): boolean {
  // Only a line that starts with # | < or whitespace can be a heading, a table row or a comment.
  const c = line.charCodeAt(0);
  if (c !== 0x23 && c !== 0x7c && c !== 0x3c && c > 0x20 && c < 0x7f) return false;
  return /^#{1,6}(\s|$)/.test(line) || /^\s*\|/.test(line) || /^<!--/.test(line);
}

export interface Layout {
  text: string;
  /** A table row longer than the width: tables cannot wrap, so the caller tells markdownlint. */
  wideTable: boolean;
}

/** A line that needs trimEnd(): it ends in whitespace (anything past ASCII is left to trimEnd to judge). */
function mayEndInSpace(line: string): boolean {
  if (line.length === 0) return false;
  const last = line.charCodeAt(line.length - 1);
  return last <= 0x20 || last >= 0x7f;
}

/**
 * Lines of Markdown laid out as they are added: each may still hold newlines (split as layoutMarkdown
 * would). take() gives what layoutLines() gives for the same lines, and starts again.
 */
export class LaidOut implements LineSink {
  /** A table row too wide to wrap was drawn (kept across take()). */
  wideTable = false;
  private text = '';
  private blank = false;

  constructor(private readonly width = LINE_WIDTH) {}

  push(...lines: string[]): void {
    for (const line of lines) {
      if (line.includes('\n')) for (const part of line.split('\n')) this.add(part);
      else this.add(line);
    }
  }

  item(head: string, text: string): void {
    // A text that ends in a printable ASCII character and fits needs no trimming, wrapping or
    // splitting; reading it alone spares copying the joined line (V8 joins strings lazily).
    const last = text.charCodeAt(text.length - 1);
    if (last > 0x20 && last < 0x7f && head.length + text.length <= this.width && !text.includes('\n')) {
      this.startLine();
      this.text += head + text + '\n';
    } else this.push(head + text);
  }

  tableRow(line: string): void {
    // A row is structure: never trimmed or wrapped, only noted when too wide for markdownlint's limit.
    this.startLine();
    if (line.length > this.width) this.wideTable = true;
    this.text += line + '\n';
  }

  /**
   * A heading and the blank line after it. The caller makes sure the heading holds no newline and ends
   * in a printable character (escaped names, dates); headings are never wrapped, so it goes in as it is.
   */
  heading(text: string): void {
    this.startLine();
    this.text += text + '\n';
    this.blank = true;
  }

  /** The text laid out so far ("\n" when there is none), and a fresh start. */
  take(): string {
    const text = this.text === '' ? '\n' : this.text;
    this.text = '';
    this.blank = false;
    return text;
  }

  /** Before a line with text: the one blank line that a run of blank lines became. */
  private startLine(): void {
    if (this.blank) this.text += '\n';
    this.blank = false;
  }

  private add(raw: string): void {
    const line = mayEndInSpace(raw) ? raw.trimEnd() : raw;
    if (line === '') {
      // Runs of blank lines become one, and none leads or trails.
      this.blank = this.text !== '';
      return;
    }
    this.startLine();
    // Most lines fit: they stay whole whether or not they are structure (wrapLine would give them back as they are).
    if (line.length <= this.width) this.text += `${line}\n`;
    else if (isStructural(line)) {
      if (/^\s*\|/.test(line)) this.wideTable = true;
      this.text += `${line}\n`;
    } else {
      const wrapped = wrapLine(line, this.width);
      for (const w of wrapped) this.text += `${w}\n`;
    }
  }
}

/** Lays out lines of Markdown; the same result as laying out the lines joined with newlines, without joining and splitting again. */
export function layoutLines(lines: readonly string[], width = LINE_WIDTH): Layout {
  const laid = new LaidOut(width);
  for (const line of lines) laid.push(line);
  const text = laid.take();
  return { text, wideTable: laid.wideTable };
}

export function layoutMarkdown(text: string, width = LINE_WIDTH): Layout {
  return layoutLines(text.split('\n'), width);
}

/** Tables of a person's own words cannot wrap; this keeps markdownlint's line-length rule for everything else. */
export const WIDE_TABLES_NOTE = '<!-- markdownlint-configure-file { "MD013": { "tables": false } } -->';
