// Wrapping to the screen width by visible length (colour codes take no room).

// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;

export function visibleLength(s: string): number {
  return [...s.replace(SGR, '')].length;
}

export interface WrapOptions {
  /** Put before the first line (a label, or spaces). */
  first: string;
  /** Put before every further line. */
  indent: string;
  sep: string;
  width: number;
}

/** Joins pieces with `sep`, starting a new line before one would pass the width. A piece is never split. */
export function wrapPieces(pieces: readonly string[], { first, indent, sep, width }: WrapOptions): string[] {
  const lines: string[] = [];
  let line = '';
  for (const piece of pieces) {
    const prefix = lines.length === 0 ? first : indent;
    const candidate = line ? `${line}${sep}${piece}` : piece;
    if (line && visibleLength(prefix + candidate) > width) {
      lines.push(prefix + line);
      line = piece;
    } else line = candidate;
  }
  if (line || lines.length === 0) lines.push((lines.length === 0 ? first : indent) + line);
  return lines;
}

export function wrapWords(text: string, options: Omit<WrapOptions, 'sep'>): string[] {
  return wrapPieces(text.split(/\s+/).filter(Boolean), { ...options, sep: ' ' });
}
