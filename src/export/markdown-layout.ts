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
  const words = line.slice(prefix.length).split(' ').filter((w) => w.length > 0);
  const out: string[] = [];
  let current = prefix + (words.shift() ?? '');
  for (const word of words) {
    if (current.length + 1 + word.length > width) {
      out.push(current);
      // A wrapped line must not start a block of its own (a list, a quote, a setext underline).
      current = indent + escapeLineStart(word);
    } else current += ` ${word}`;
  }
  out.push(current);
  return out;
}

function isStructural(line: string): boolean {
  return /^#{1,6}(\s|$)/.test(line) || /^\s*\|/.test(line) || /^<!--/.test(line);
}

export interface Layout {
  text: string;
  /** A table row longer than the width: tables cannot wrap, so the caller tells markdownlint. */
  wideTable: boolean;
}

export function layoutMarkdown(text: string, width = LINE_WIDTH): Layout {
  const out: string[] = [];
  let wideTable = false;
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    if (isStructural(line)) {
      if (/^\s*\|/.test(line) && line.length > width) wideTable = true;
      out.push(line);
    } else out.push(...wrapLine(line, width));
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return { text: `${out.join('\n')}\n`, wideTable };
}

/** Tables of a person's own words cannot wrap; this keeps markdownlint's line-length rule for everything else. */
export const WIDE_TABLES_NOTE = '<!-- markdownlint-configure-file { "MD013": { "tables": false } } -->';
