// Entries for reading at a terminal. The Markdown renderers (src/worksheets/markdown.ts, the family
// document) describe each worksheet's layout once; this reads the small part of Markdown they write
// (headings, quotes, lists, numbered steps, tables, bold, code, backslash escapes) and lays it out with
// the terminal layout: bold headings, indented lists, tables drawn with box lines. No Markdown syntax
// reaches the screen, and a person's words are made safe (safeText) on the way.
import { Page, textWidth, wrap } from './layout.js';
import { safeText } from './safe-text.js';
import type { Theme } from './theme.js';

/** Inline Markdown to styled text: escapes undone, **bold** styled, `code` marks dropped. */
export function inlineToTerminal(text: string, theme: Theme): string {
  let out = '';
  let run = '';
  let bold = false;
  const flush = () => {
    const safe = safeText(run);
    out += bold && safe ? theme.heading(safe) : safe;
    run = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) run += text[++i];
    else if (c === '*' && text[i + 1] === '*') {
      flush();
      bold = !bold;
      i++;
    } else if (c !== '`') run += c;
  }
  flush();
  return out;
}

/** A table row's cells, split at pipes that are not escaped; each cell still inline Markdown. */
export function tableCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  const body = row.trim().replace(/^\|/, '').replace(/\|$/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\' && i + 1 < body.length) cell += c + body[++i];
    else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * A table cell's code span and the word after it joined by a no-break space, so a narrow column never
 * puts a balance pie's number under its bar ("`███░░░░░░░` 10").
 */
function keepCodeWithNext(cell: string): string {
  return cell.replace(/(`[^`]*`) (?=\S)/g, '$1\u00a0');
}

const HEADING = /^(#{1,6})\s+(.*)$/;
const BULLET = /^(\s*)[-*+]\s+(.*)$/;
const NUMBERED = /^(\s*)(\d{1,9})[.)]\s+(.*)$/;
const RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Markdown, as fourpoint's renderers write it, laid out for a terminal `width` columns wide. */
export function markdownToTerminal(markdown: string, width: number, theme: Theme): string {
  const page = new Page(width, theme);
  const lines = markdown.split('\n');
  const md = (s: string) => inlineToTerminal(s, theme);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '' || line.startsWith('<!--')) {
      page.blank();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      page.blank().heading(md(heading[2]!));
      // A top heading is underlined so it stands out without colour.
      if (heading[1]!.length <= 2) page.raw(theme.dim('─'.repeat(Math.max(...wrap(md(heading[2]!), width).map(textWidth)))));
      page.blank();
      continue;
    }
    if (line.trimStart().startsWith('|')) {
      const rows: string[][] = [];
      for (; i < lines.length && lines[i]!.trimStart().startsWith('|'); i++) if (!RULE.test(lines[i]!)) rows.push(tableCells(lines[i]!).map((c) => md(keepCodeWithNext(c))));
      i--;
      const [header = [], ...body] = rows;
      page.table(header, body, '  ').blank();
      continue;
    }
    if (line.startsWith('>')) {
      // A quote (the family document's limits): a paragraph behind a bar, one per quoted paragraph.
      let text = '';
      for (; i < lines.length && lines[i]!.startsWith('>'); i++) {
        const part = lines[i]!.replace(/^>\s?/, '');
        if (part.trim() === '') {
          if (text) page.paragraph(md(text), { first: '│ ', indent: '│ ' }).raw('│');
          text = '';
        } else text = text ? `${text} ${part}` : part;
      }
      i--;
      if (text) page.paragraph(md(text), { first: '│ ', indent: '│ ' });
      continue;
    }
    const bullet = BULLET.exec(line);
    if (bullet) {
      page.item(md(bullet[2]!), '• ', `  ${bullet[1]!}`);
      continue;
    }
    const numbered = NUMBERED.exec(line);
    if (numbered) {
      page.item(md(numbered[3]!), `${numbered[2]}. `, `  ${numbered[1]!}`);
      continue;
    }
    // Prose: an indented paragraph under a list item keeps its indent.
    const indent = /^\s*/.exec(line)![0];
    page.paragraph(md(line.trim()), { first: indent ? `  ${indent}` : '' });
  }
  return `${page.text()}\n`;
}
