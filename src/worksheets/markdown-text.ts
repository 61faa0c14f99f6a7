// Makes a person's text safe inside Markdown: whatever they type stays literal and cannot break the structure.

const INLINE_SPECIAL = /[\\`*_[\]<>#|~!&{}@]/g;

/** Only - + = > or a digit can open a block at the start of a line. */
export function mayOpenBlock(c: number): boolean {
  return c === 0x2d || c === 0x2b || c === 0x3d || c === 0x3e || (c >= 0x30 && c <= 0x39);
}

/**
 * Text that starts a line: escaped where it would otherwise open a block (a list, a numbered item,
 * a quote, a setext underline or a rule). Applied to whole answers and to every wrapped line.
 */
export function escapeLineStart(text: string): string {
  // Most text starts otherwise and skips both replaces.
  if (!mayOpenBlock(text.charCodeAt(0))) return text;
  return text.replace(/^([-+=>])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Anything inline() would change; most answers have none of it, and skip the work (exports render thousands). */
const NEEDS_WORK = /[\\`*_[\]<>#|~!&{}@\r\n\t\f\v]|:\/\/|www\.|  |^[\s\-+=>]|^\d+[.)]|\s$/i;

/** Text for one line of Markdown (a list item or a table cell): escaped, newlines folded to spaces. */
export function inline(text: string): string {
  return NEEDS_WORK.test(text) ? escapeInline(text) : text;
}

/** inline() without its shortcut; a test holds the two equal. */
export function escapeInline(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ').replace(/[ \t\f\v]+/g, ' ').trim();
  const escaped = flat
    .replace(INLINE_SPECIAL, (c) => `\\${c}`)
    // Bare web addresses would become links (and trip markdownlint's MD034); the text stays as typed.
    .replace(/:\/\//g, '\\://')
    .replace(/(www)\./gi, '$1\\.');
  return escapeLineStart(escaped);
}

/** Several paragraphs, each escaped; blank lines in the person's text become paragraph breaks. */
export function paragraphs(text: string): string[] {
  // Most answers are one line: nothing to split.
  if (!text.includes('\n')) {
    const one = inline(text);
    return one.length > 0 ? [one] : [];
  }
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => inline(p))
    .filter((p) => p.length > 0);
}
