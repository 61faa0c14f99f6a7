// A person's text on the terminal: control characters shown as visible escapes, never sent as they are,
// so a note holding ESC or BEL cannot recolour, move or ring the terminal. Exports keep the text as written.

const NAMED: Record<number, string> = { 0x07: '\\a', 0x08: '\\b', 0x1b: '\\e', 0x7f: '^?' };

// C0 controls except newline, DEL, C1 controls (0x9b is a one-byte CSI on some terminals), and the
// bidirectional overrides that can make text read in another order than it was written.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function visible(c: string): string {
  const code = c.charCodeAt(0);
  if (code === 0x09) return ' ';
  const named = NAMED[code];
  if (named) return named;
  if (code < 0x20) return `^${String.fromCharCode(code + 0x40)}`;
  return `\\u{${code.toString(16)}}`;
}

/** Text as typed, with every control character but the newline made visible (a tab becomes a space). */
export function safeText(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(CONTROL, visible);
}

// An SGR sequence (colour, bold) as the theme writes it; anything else that starts with ESC is not ours.
// eslint-disable-next-line no-control-regex
const SGR_OR_CONTROL = /\u001b\[[0-9;]*m|[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;

/**
 * The last guard before the terminal: control characters made visible, except newlines and the theme's
 * colour sequences. A person's words are made safe where they are shown (safeText); this catches any
 * path that forgot, so a BEL or a cursor move in a note can never reach the screen as it is.
 */
export function terminalSafe(text: string): string {
  return text.replace(SGR_OR_CONTROL, (m) => (m.length > 1 ? m : visible(m)));
}

/** One line's worth: as safeText, with line breaks folded to spaces. */
export function safeLine(text: string): string {
  return safeText(text.replace(/\r\n?|\n/g, ' '));
}
