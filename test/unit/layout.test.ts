// The layout module: widths measured as the terminal shows them, words kept whole, tables that stack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyValueLines, screenWidth, tableLines, textWidth, wrap, wrapBlock } from '../../src/ui/layout.js';
import { inlineToTerminal, markdownToTerminal, tableCells } from '../../src/ui/markdown-terminal.js';
import { safeLine, safeText, terminalSafe } from '../../src/ui/safe-text.js';
import { makeTheme } from '../../src/ui/theme.js';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';

const plain = makeTheme(false);

describe('screenWidth', () => {
  it('is the terminal width capped for reading, and 80 when not a terminal', () => {
    expect(screenWidth({ columns: 60 })).toBe(60);
    expect(screenWidth({ columns: 200 })).toBe(100);
    expect(screenWidth({})).toBe(80);
    expect(screenWidth({ columns: 0 })).toBe(80);
  });
});

describe('wrap', () => {
  it('gives plain text that fits the same lines as wrap-ansi and string-width would (the quick path)', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme-ascii', maxLength: 30 }), fc.constantFrom(' ', '  ', 'é', '中文', '😀', '\u001b[2m', '\n', '\t'));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), fc.string({ unit: 'grapheme-ascii', maxLength: 16 }), fc.integer({ min: 10, max: 100 }), (parts, first, width) => {
        const text = parts.join('');
        expect(textWidth(text)).toBe(stringWidth(text));
        const rest = ' '.repeat(stringWidth(first));
        const room = Math.max(4, width - stringWidth(first));
        expect(wrap(text, width, { first })).toEqual(wrapAnsi(text, room, { hard: true, trim: true }).split('\n').map((l, i) => (i === 0 ? first : rest) + l));
      }),
      { numRuns: 500 },
    );
  });

  it('wraps plain text that does not fit into the same lines as wrap-ansi (its quick path), spaces and long words too', () => {
    const piece = fc.oneof(fc.stringMatching(/^[a-z]{0,14}$/), fc.constantFrom(' ', '  ', '   ', 'x'.repeat(25), '-', '.'), fc.string({ unit: 'grapheme-ascii', maxLength: 8 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), fc.string({ unit: 'grapheme-ascii', maxLength: 16 }), fc.integer({ min: 4, max: 60 }), (parts, first, width) => {
        const text = parts.join(' ');
        const rest = ' '.repeat(stringWidth(first));
        const room = Math.max(4, width - stringWidth(first));
        expect(wrap(text, width, { first })).toEqual(wrapAnsi(text, room, { hard: true, trim: true }).split('\n').map((l, i) => (i === 0 ? first : rest) + l));
      }),
      { numRuns: 3000 },
    );
  });

  it('measures wide characters and colour as the terminal shows them', () => {
    expect(textWidth('日本語')).toBe(6);
    expect(textWidth('\u001b[1mbold\u001b[22m')).toBe(4);
    const lines = wrap('日本語 日本語 日本語 日本語', 14);
    expect(lines.every((l) => textWidth(l) <= 14)).toBe(true);
    expect(lines.join(' ').split(' ')).toEqual(['日本語', '日本語', '日本語', '日本語']);
  });

  it('never passes the width and never splits a word that fits on a line', () => {
    const word = fc.stringMatching(/^[a-zé日😀]{1,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 30 }), fc.integer({ min: 30, max: 120 }), (words, width) => {
        const lines = wrap(words.join(' '), width, { first: '  - ' });
        expect(lines.every((l) => textWidth(l) <= width)).toBe(true);
        expect(lines.map((l) => l.trim().replace(/^- /, '')).join(' ').split(' ')).toEqual(words);
      }),
    );
  });

  it('keeps a message line’s indent and list marker as the hanging indent', () => {
    expect(wrapBlock('  - one two three four five six', 16)).toBe('  - one two\n    three four\n    five six');
  });
});

describe('tables', () => {
  const header = ['', 'Benefits', 'Costs'];
  const rows = [
    ['Carrying on', 'It helps me unwind after a long day (short, 7/10)', 'Poor sleep (short, 6/10)'],
    ['Changing', 'More money for the kids', 'Evenings feel empty'],
  ];

  it('draws boxes that fit, each cell wrapped in its column', () => {
    const lines = tableLines(header, rows, 60);
    expect(lines.every((l) => textWidth(l) <= 60)).toBe(true);
    expect(lines[0]).toMatch(/^┌─+┬─+┬─+┐$/);
    expect(lines.join('\n')).toContain('│ Carrying on │');
  });

  it('becomes a stacked list when the columns cannot fit whole words', () => {
    const lines = tableLines(header, rows, 36);
    expect(lines.join('\n')).not.toMatch(/[│┌]/);
    expect(lines).toContain('  Benefits: More money for the kids');
    expect(lines.every((l) => textWidth(l) <= 36)).toBe(true);
  });

  it('key-value rows stack under their key on a narrow screen', () => {
    expect(keyValueLines([['Mood', '6 of 10']], 80)).toEqual(['  Mood  6 of 10']);
    expect(keyValueLines([['A rather long key name here', 'value']], 40)).toEqual(['  A rather long key name here', '    value']);
  });
});

describe('Markdown for reading', () => {
  it('undoes escapes, drops marks, and splits cells at unescaped pipes only', () => {
    expect(inlineToTerminal('**Mood:** 2\\. a \\*star\\* `██` done', plain)).toBe('Mood: 2. a *star* ██ done');
    expect(tableCells('| a \\| b | c |')).toEqual(['a \\| b', 'c']);
  });

  it('shows no Markdown syntax', () => {
    const md = '## Title, 2026-12-02\n\n| | A | B |\n| --- | --- | --- |\n| **Row** | x | y |\n\n- **Q:** answer\n  - item\n\n1. step\n\n> **Note:** quoted\n';
    const text = markdownToTerminal(md, 60, plain);
    expect(text).not.toMatch(/^#|\*\*|^- |^>|\| --- /m);
    expect(text).toContain('  • Q: answer\n    • item');
    expect(text).toContain('  1. step');
    expect(text).toContain('│ Note: quoted');
  });
});

describe('a person’s text on the terminal', () => {
  it('shows control characters as visible escapes and keeps the newline', () => {
    expect(safeText('\u001b[31mRED\u0007\nnext\u0000\u009b\u202e')).toBe('\\e[31mRED\\a\nnext^@\\u{9b}\\u{202e}');
    expect(safeLine('a\r\nb\tc')).toBe('a b c');
  });

  it('the last guard lets the theme’s colour through and nothing else', () => {
    expect(terminalSafe('\u001b[1mok\u001b[22m \u001b]0;t\u0007')).toBe('\u001b[1mok\u001b[22m \\e]0;t\\a');
  });
});
