// Makes a person's text safe inside Markdown: whatever they type stays literal and cannot break the structure.

// @ too: an email address or anything like one would otherwise become a bare link (markdownlint MD034).
const INLINE_SPECIAL = /[\\`*_[\]<>#|~!&{}@]/g;

/** Text for one line of Markdown (a list item or a table cell): escaped, newlines folded to spaces. */
export function inline(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ').replace(/[ \t]+/g, ' ').trim();
  const escaped = flat.replace(INLINE_SPECIAL, (c) => `\\${c}`);
  // Web addresses stay literal text rather than turning into bare links.
  const unlinked = escaped.replace(/:\/\//g, '\\://').replace(/\b(www)\./gi, '$1\\.');
  // A line that starts like a list, heading, quote, rule or numbered item is escaped at the start.
  return unlinked.replace(/^([-+=>])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/** Several paragraphs, each escaped; blank lines in the person's text become paragraph breaks. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\r?\n\s*\r?\n/)
    .map((p) => inline(p))
    .filter((p) => p.length > 0);
}
