// Wrapping prose at 80 columns must never turn a person's words into a list, a quote or a heading.
import fc from 'fast-check';
import { marked } from 'marked';
import { lint } from 'markdownlint/sync';
import { finish } from '../../src/export/markdown.js';
import { describe, expect, it } from 'vitest';
import { LaidOut, layoutLines, layoutMarkdown, wrapLine, wrapWords } from '../../src/export/markdown-layout.js';
import { escapeLineStart, inline } from '../../src/worksheets/markdown-text.js';

describe('wrapLine', () => {
  it('keeps list items and paragraphs under 80 columns, indenting continuations', () => {
    const lines = wrapLine(`- **Note:** ${'word '.repeat(40).trim()}`);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
    for (const l of lines.slice(1)) expect(l.startsWith('  word')).toBe(true);
  });

  it('escapes a word that would open a block when it lands at the start of a line', () => {
    for (const starter of ['-', '+', '=', '===', '1.', '2)', '>']) {
      for (let n = 60; n < 85; n++) {
        const text = `${'a'.repeat(n)} ${starter} tail`;
        const { text: md } = layoutMarkdown(`# T\n\n- **Note:** ${inline(text)}\n`);
        const tokens = marked.lexer(md);
        expect(tokens.filter((t) => t.type === 'heading')).toHaveLength(1);
        const list = tokens.find((t) => t.type === 'list');
        expect(list && list.type === 'list' ? list.items.length : 0).toBe(1);
        const item = list && list.type === 'list' ? list.items[0]! : undefined;
        expect(item?.tokens.some((t) => t.type === 'list' || t.type === 'blockquote')).toBe(false);
      }
    }
  });

  it('leaves headings and table rows whole, and reports a wide table', () => {
    const row = `| ${'cell '.repeat(30)}|`;
    const { text, wideTable } = layoutMarkdown(`# ${'h '.repeat(50)}\n\n${row}\n`);
    expect(text.split('\n')[2]).toBe(row.trimEnd());
    expect(wideTable).toBe(true);
  });

  it('tells markdownlint that tables of long answers cannot wrap', () => {
    const wide = `| Box | Items |\n| --- | --- |\n| Carrying on | ${'a long answer '.repeat(10).trim()} |\n`;
    const md = finish(`# Title\n\n${wide}`);
    expect(lint({ strings: { doc: md } }).doc).toEqual([]);
    expect(lint({ strings: { doc: `# Title\n\n${wide}` } }).doc!.map((e) => e.ruleNames[0])).toEqual(['MD013']);
  });
});

/** Layout the plain way, every line through every check: what layoutLines' shortcuts must still give. */
function layoutSlowly(text: string, width: number): { text: string; wideTable: boolean } {
  const out: string[] = [];
  let wideTable = false;
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line === '') {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    const table = /^\s*\|/.test(line);
    if (/^#{1,6}(\s|$)/.test(line) || table || /^<!--/.test(line)) {
      if (table && line.length > width) wideTable = true;
      out.push(line);
    } else out.push(...wrapLine(line, width));
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return { text: `${out.join('\n')}\n`, wideTable };
}

describe('layoutLines', () => {
  const piece = fc.constantFrom('', ' ', '\t', '\u00a0', '\u3000', '\n', '\n\n', '# ', '#', '| ', '|', '<!--', '- ', '1. ', '2) ', '> ', '=', '+', 'word', 'é', '😀', 'x'.repeat(30), 'lorem ipsum '.repeat(4));
  const line = fc.oneof(fc.string(), fc.array(piece, { maxLength: 12 }).map((p) => p.join('')));

  it('gives what checking every line in full gives (short lines, trailing spaces, newlines inside a line)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), fc.integer({ min: 8, max: 100 }), (lines, width) => {
        const slow = layoutSlowly(lines.join('\n'), width);
        expect(layoutLines(lines, width)).toEqual(slow);
        expect(layoutMarkdown(lines.join('\n'), width)).toEqual(slow);
      }),
      { numRuns: 1000 },
    );
  });
});

/** escapeLineStart without its shortcut. */
const escapeFully = (t: string) => t.replace(/^([-+=>])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');

/** wrapLine the plain way: split at spaces, drop the empty words, fill each line greedily. */
function wrapSlowly(line: string, width: number): string[] {
  if (line.length <= width) return [line];
  const item = /^(\s*)([-*+]|\d{1,9}[.)]) +/.exec(line);
  const prefix = item ? item[0] : (/^\s*/.exec(line)?.[0] ?? '');
  const indent = ' '.repeat(prefix.length);
  const words = line.slice(prefix.length).split(' ').filter((w) => w.length > 0);
  const out: string[] = [];
  let current = prefix + (words.shift() ?? '');
  for (const word of words) {
    if (current.length + 1 + word.length > width) {
      out.push(current);
      current = indent + escapeFully(word);
    } else current += ` ${word}`;
  }
  out.push(current);
  return out;
}

describe('wrapLine and escapeLineStart', () => {
  const piece = fc.constantFrom(' ', '  ', '\t', '- ', '* ', '1. ', '12) ', '> ', '=', '+', '-', '3.', 'word', 'é', '😀', 'x'.repeat(25), 'lorem ipsum '.repeat(3));
  const line = fc.oneof(fc.string(), fc.array(piece, { maxLength: 20 }).map((p) => p.join('')));

  it('wraps word by word as splitting at spaces would', () => {
    fc.assert(fc.property(line, fc.integer({ min: 4, max: 90 }), (text, width) => {
        expect(wrapLine(text, width)).toEqual(wrapSlowly(text, width));
      }), { numRuns: 2000 });
  });

  it('escapeLineStart skips only text that cannot open a block', () => {
    fc.assert(fc.property(line, (text) => escapeLineStart(text) === escapeFully(text)), { numRuns: 2000 });
  });
});

describe('wrapLine, a line at a time', () => {
  // Words that open blocks, long words, runs of spaces (which take the word-by-word way), list markers.
  const word = fc.constantFrom('a', 'word', 'lorem', 'x'.repeat(30), 'y'.repeat(85), '-', '+', '=', '>', '1.', '22)', '3', '#', '|', '\t', 'é', '😀');
  const spacing = fc.constantFrom(' ', ' ', ' ', '  ');
  const start = fc.constantFrom('', '- ', '  - ', '1. ', '-   ', '   ', '\t');

  it('gives what wrapping word by word gives', () => {
    fc.assert(
      fc.property(start, fc.array(fc.tuple(word, spacing), { minLength: 1, maxLength: 40 }), fc.integer({ min: 4, max: 100 }), (lead, words, width) => {
        const line = lead + words.map(([w, s]) => w + s).join('').trimEnd();
        const item = /^(\s*)([-*+]|\d{1,9}[.)]) +/.exec(line);
        const prefix = item ? item[0] : (/^\s*/.exec(line)?.[0] ?? '');
        const expected = line.length <= width ? [line] : wrapWords(line, prefix, ' '.repeat(prefix.length), width);
        expect(wrapLine(line, width)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('LaidOut', () => {
  // item() and heading() are shortcuts: each must lay out as the whole line pushed would.
  const text = fc.oneof(fc.constantFrom('', 'short', 'ends in space ', 'é', 'two\nlines', 'lorem ipsum '.repeat(8).trim(), '1. x'), fc.string({ maxLength: 90 }));
  const step = fc.oneof(
    fc.record({ kind: fc.constant('push' as const), line: text }),
    fc.record({ kind: fc.constant('item' as const), head: fc.constantFrom('- **Mood:** ', '  - ', '  ', `- **${'Long question '.repeat(5)}:** `), line: text }),
    fc.record({ kind: fc.constant('heading' as const), line: fc.constantFrom('## May 2026', '#### Urge log (0e246126)', `#### ${'Name '.repeat(20)}(abc)`) }),
    fc.record({ kind: fc.constant('row' as const), line: fc.constantFrom('| a | b |', '|  |  |', `| ${'x'.repeat(76)} |`, `| ${'x'.repeat(77)} |`, `| **Carrying on** | ${'Hangovers (short, 8/10); '.repeat(4)}Money |`, '| --- | --- |') }),
    fc.record({ kind: fc.constant('take' as const), line: fc.constant('') }),
  );

  it('gives what layoutLines gives for the same lines, piece by piece', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const laid = new LaidOut();
        const got: string[] = [];
        const expected: string[] = [];
        let lines: string[] = [];
        let wideTable = false;
        for (const s of steps) {
          if (s.kind === 'push') (laid.push(s.line), lines.push(s.line));
          else if (s.kind === 'item') (laid.item(s.head, s.line), lines.push(s.head + s.line));
          else if (s.kind === 'heading') (laid.heading(s.line), lines.push(s.line, ''));
          else if (s.kind === 'row') (laid.tableRow(s.line), lines.push(s.line));
          else {
            got.push(laid.take());
            expected.push(layoutLines(lines).text);
            wideTable ||= layoutLines(lines).wideTable;
            lines = [];
          }
        }
        got.push(laid.take());
        expected.push(layoutLines(lines).text);
        expect(got).toEqual(expected);
        expect(laid.wideTable).toBe(wideTable || layoutLines(lines).wideTable);
      }),
      { numRuns: 1000 },
    );
  });
});
