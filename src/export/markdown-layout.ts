// Lays out rendered Markdown so markdownlint's default rules accept it: no trailing spaces, no runs of
// blank lines, and prose wrapped at 80 columns (MD013). Headings and table rows are left whole.
import { escapeLineStart } from '../worksheets/markdown-text.js';

export const LINE_WIDTH = 80;

const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)]) +/;

/** One line of prose (a list item or a paragraph line), wrapped at spaces; continuation lines indented. */
export function wrapLine(line: string, width = LINE_WIDTH): string[] {
  if (line.length <= width) return [line];
  const item = LIST_ITEM.exec(line);
  const prefix = item ? item[0] : (/^\s*/.exec(line)?.[0] ?? '');
  const indent = ' '.repeat(prefix.length);
  const out: string[] = [];
  let current = prefix;
  let first = true;
  // Word by word (runs of spaces count as one), found with indexOf rather than split and filter.
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

function nextSpace(line: string, from: number): number {
  const at = line.indexOf(' ', from);
  return at === -1 ? line.length : at;
}

function isStructural(line: string): boolean {
  return /^#{1,6}(\s|$)/.test(line) || /^\s*\|/.test(line) || /^<!--/.test(line);
}

export interface Layout {
  text: string;
  /** A table row longer than the width: tables cannot wrap, so the caller tells markdownlint. */
  wideTable: boolean;
}

/** A line that needs trimEnd(): it ends in whitespace (anything past ASCII is left to trimEnd to judge). */
function mayEndInSpace(line: string): boolean {
  const last = line.charCodeAt(line.length - 1);
  return last <= 0x20 || last >= 0x7f;
}

/**
 * Lays out lines of Markdown (each may still hold newlines; they are split as layoutMarkdown would).
 * The same result as laying out the lines joined with newlines, without joining and splitting again.
 */
export function layoutLines(lines: readonly string[], width = LINE_WIDTH): Layout {
  let text = '';
  let blank = false;
  let wideTable = false;
  const add = (raw: string) => {
    const line = mayEndInSpace(raw) ? raw.trimEnd() : raw;
    if (line === '') {
      // Runs of blank lines become one, and none leads or trails.
      blank = text !== '';
      return;
    }
    if (blank) text += '\n';
    blank = false;
    // Most lines fit: they stay whole whether or not they are structure (wrapLine would give them back as they are).
    if (line.length <= width) text += `${line}\n`;
    else if (isStructural(line)) {
      if (/^\s*\|/.test(line)) wideTable = true;
      text += `${line}\n`;
    } else for (const wrapped of wrapLine(line, width)) text += `${wrapped}\n`;
  };
  for (const line of lines) {
    if (line.includes('\n')) line.split('\n').forEach(add);
    else add(line);
  }
  return { text: text === '' ? '\n' : text, wideTable };
}

export function layoutMarkdown(text: string, width = LINE_WIDTH): Layout {
  return layoutLines(text.split('\n'), width);
}

/** Tables of a person's own words cannot wrap; this keeps markdownlint's line-length rule for everything else. */
export const WIDE_TABLES_NOTE = '<!-- markdownlint-configure-file { "MD013": { "tables": false } } -->';
