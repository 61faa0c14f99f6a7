// A person's text inside Markdown stays literal: checked by parsing the output with marked.
import fc from 'fast-check';
import { marked, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeInline, inline, paragraphs } from '../../src/worksheets/markdown-text.js';
import { renderEntry } from '../../src/worksheets/markdown.js';
import { definitionSchema } from '../../src/worksheets/definition.js';

const STRUCTURE = new Set(['heading', 'table', 'em', 'strong', 'codespan', 'code', 'link', 'image', 'html', 'del', 'list', 'blockquote', 'hr', 'br']);

/** Every token type in a tree, and the literal text a reader would see. */
function walk(tokens: Token[]): { types: string[]; text: string } {
  const types: string[] = [];
  let text = '';
  const visit = (list: Token[]) => {
    for (const t of list) {
      types.push(t.type);
      const children = (t as { tokens?: Token[] }).tokens;
      if (t.type === 'list') visit((t as Tokens.List).items);
      else if (t.type === 'link' && (t as Tokens.Link).text === (t as Tokens.Link).href) text += (t as Tokens.Link).text; // a bare URL, autolinked
      else if (children?.length) visit(children);
      else if (t.type === 'text' || t.type === 'escape') text += (t as Tokens.Text).text;
    }
  };
  visit(tokens);
  return { types, text };
}

const flat = (s: string) => s.replace(/\r\n?|\n/g, ' ').replace(/[ \t]+/g, ' ').trim();

const NASTY = [
  '# not a heading',
  '## also not',
  '| a | b |\n|---|---|\n| c | d |',
  '*stars* and **bold** and _under_ and __double__',
  '`code` and ``more``',
  '[a link](http://example.com) and ![img](x.png)',
  '<b>html</b> <script>alert(1)</script>',
  '> a quote',
  '- a list item',
  '+ plus item',
  '1. numbered',
  '2) also numbered',
  '---',
  '===',
  '~~struck~~',
  'line one\n# line two heading?\n* star item',
  'trailing backslash \\',
  'a & b &amp; c',
  '    indented code?',
];

describe('inline', () => {
  it.each(NASTY)('keeps %j literal in a paragraph', (text) => {
    const { types, text: seen } = walk(marked.lexer(inline(text)));
    // A bare URL may become a link (GFM autolink); its text is still exactly what was typed.
    expect(types.filter((t) => STRUCTURE.has(t) && t !== 'link')).toEqual([]);
    expect(seen).toBe(flat(text));
  });

  it('keeps any text literal inside a list item', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'#|*`_[]<>!~-+=.)1 a\n\\&{}'.split('')), maxLength: 30 }), (text) => {
        const tokens = marked.lexer(`- **Note:** ${inline(text)}`);
        const list = tokens.find((t) => t.type === 'list') as Tokens.List | undefined;
        expect(list?.items).toHaveLength(1);
        const { types, text: seen } = walk(list!.items[0]!.tokens);
        expect(types.filter((t) => STRUCTURE.has(t) && t !== 'strong')).toEqual([]);
        expect(types.filter((t) => t === 'strong')).toHaveLength(1);
        expect(seen).toBe(`Note: ${flat(text)}`.trim());
      }),
      { numRuns: 300 },
    );
  });

  it('keeps a pipe inside a table cell', () => {
    const md = `| Benefits | Costs |\n|---|---|\n| ${inline('a | b')} | ${inline('*c* # d')} |\n`;
    const table = marked.lexer(md).find((t) => t.type === 'table') as Tokens.Table;
    expect(table.rows).toHaveLength(1);
    expect(table.rows[0]!.map((cell) => walk(cell.tokens).text)).toEqual(['a | b', '*c* # d']);
  });
});

describe('paragraphs', () => {
  it('splits on blank lines and escapes each part', () => {
    expect(paragraphs('# one\n\n\n* two\nstill two\n\n')).toEqual(['\\# one', '\\* two still two']);
  });
});

describe('renderEntry', () => {
  it('creates no heading, table or emphasis from what a person typed', () => {
    const def = definitionSchema.parse({
      id: 'sample',
      version: 1,
      title: 'Sample',
      point: 1,
      summary: 'x',
      fields: [
        { id: 'note', type: 'text', label: 'Note' },
        { id: 'story', type: 'longtext', label: 'Story' },
        { id: 'steps', type: 'list', label: 'Steps' },
        { id: 'rows', type: 'group', label: 'Rows', fields: [{ id: 'item', type: 'text', label: 'Item' }, { id: 'why', type: 'text', label: 'Why' }] },
      ],
    });
    const now = '2026-11-23T10:00:00.000Z';
    const md = renderEntry(def, {
      id: 'e1',
      kind: 'worksheet',
      date: '2026-11-23',
      createdAt: now,
      updatedAt: now,
      tags: ['#tag'],
      answers: { note: '# heading', story: '| a | b |\n|---|---|\n\n*em* _em_', steps: ['`code`', '<b>x</b>'], rows: [{ item: '[link](x)', why: '**bold**' }] },
    });
    const { types, text } = walk(marked.lexer(md));
    expect(types.filter((t) => t === 'heading')).toHaveLength(1); // the entry's own title
    expect(types.filter((t) => t === 'list')).toHaveLength(3); // the answers, the steps, the rows
    expect(types.filter((t) => ['table', 'em', 'codespan', 'link', 'html'].includes(t))).toEqual([]);
    // Only the field labels are bold: Note, Story, Steps, Rows, Tags.
    expect(types.filter((t) => t === 'strong')).toHaveLength(5);
    for (const literal of ['# heading', '| a | b |', '*em* _em_', '`code`', '<b>x</b>', '[link](x)', '**bold**', '#tag']) expect(text).toContain(literal);
  });
});

describe('inline() shortcut', () => {
  it('gives exactly what the full escaping gives, for any text', () => {
    const tricky = fc.constantFrom(' ', '  ', '\t', '\n', '\r\n', '\u00a0', '-', '+', '=', '>', '1.', '2)', '#', '|', '*', '_', '`', '[', ']', '<', '!', '&', '{', '@', 'www.', 'WWW.', '://', 'a', 'é', '😀');
    const text = fc.oneof(fc.string(), fc.array(tricky, { maxLength: 8 }).map((parts) => parts.join('')));
    fc.assert(fc.property(text, (s) => inline(s) === escapeInline(s)), { numRuns: 2000 });
  });
});
