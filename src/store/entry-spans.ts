// Where each entry sits in the bytes of its month file, kept beside the entries (cache/spans.json) while the
// file is unchanged, so a search for a word parses only the entries whose bytes hold it rather than every
// entry of every month. Kept only for a file exactly as fourpoint writes it (JSON.stringify on one line, the
// current schema): there a text value's printable ASCII appears in the file as it reads, so an entry whose
// bytes lack an ASCII needle (in any case) has no value that holds it.
import type { SummaryKind } from './summaries.js';
import { SCHEMA_VERSION } from './version.js';

const BACKSLASH = 92;

/**
 * [start, end) of each element of the array under the top-level key "entries", as one flat list, or
 * undefined when the text is not a JSON object of that shape. Strings are skipped whole, so braces in a
 * value do not count. Works as well on a file's bytes read as latin1 (offsets are then byte offsets).
 */
export function entrySpans(text: string): number[] | undefined {
  const spans: number[] = [];
  let depth = 0;
  let inEntries = false;
  let sawEntries = false;
  let key = '';
  let start = -1;
  let i = 0;
  for (;;) {
    const quote = text.indexOf('"', i);
    const stop = quote < 0 ? text.length : quote;
    for (let j = i; j < stop; j++) {
      const c = text.charCodeAt(j);
      if (c === 123 || c === 91) {
        depth += 1;
        if (depth === 2 && c === 91 && key === 'entries') inEntries = sawEntries = true;
        else if (depth === 3 && inEntries) {
          if (c !== 123) return undefined;
          start = j;
        } else if (depth === 1 && c !== 123) return undefined;
      } else if (c === 125 || c === 93) {
        if (depth === 3 && inEntries) spans.push(start, j + 1);
        else if (depth === 2) inEntries = false;
        depth -= 1;
        if (depth < 0) return undefined;
      } else if (depth === 2 && inEntries && c !== 44 && c !== 32 && c !== 10 && c !== 13 && c !== 9) {
        // A number, true, false or null among the entries: not an object.
        return undefined;
      }
    }
    if (quote < 0) break;
    // The string's end: the next quote not escaped by an odd run of backslashes.
    let end = quote + 1;
    for (;;) {
      end = text.indexOf('"', end);
      if (end < 0) return undefined;
      let b = end - 1;
      while (text.charCodeAt(b) === BACKSLASH) b -= 1;
      if ((end - 1 - b) % 2 === 0) break;
      end += 1;
    }
    if (depth === 1) key = text.slice(quote + 1, end);
    else if (depth === 2 && inEntries) return undefined;
    i = end + 1;
  }
  return depth === 0 && sawEntries ? spans : undefined;
}

/**
 * Whether a needle (lower case) may be looked for in a month file's bytes rather than in its values:
 * printable ASCII but the quote and backslash (which JSON escapes) and the space (a needle with a space is
 * matched across values, joined).
 */
export function searchableNeedle(needle: string): boolean {
  return /^[\u0021\u0023-\u005b\u005d-\u007e]+$/.test(needle);
}

// The two characters whose lower case holds ASCII: İ (to "i̇") and the Kelvin sign (to "k"), in UTF-8.
const LOWER_TO_ASCII = [Buffer.from('\u0130'), Buffer.from('\u212a')];

/**
 * Where the entries of a month file that may hold `needle` lie ([start, end) byte offsets, flat): those
 * whose bytes hold it in any case. `spans` is [start of the first entry, then each entry's length], the
 * entries one comma apart. Undefined when the spans do not fit the bytes, or the bytes hold a character
 * whose lower case is ASCII (the needle could hide there).
 */
export function entriesHolding(bytes: Buffer, spans: readonly number[], needle: string): number[] | undefined {
  // The entries, the commas between them, and the "]}\n" that closes the file.
  let size = spans[0]! + 3 + Math.max(0, spans.length - 2);
  for (let i = 1; i < spans.length; i++) size += spans[i]!;
  if (size !== bytes.length || LOWER_TO_ASCII.some((b) => bytes.includes(b))) return undefined;
  const view = bytes.toString('latin1');
  const find = new RegExp(needle.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'), 'gi');
  const found: number[] = [];
  let start = spans[0]!;
  let from = start;
  for (let i = 1; i < spans.length; ) {
    find.lastIndex = from;
    const hit = find.exec(view);
    if (!hit) break;
    // The entries that end before the hit begins hold none.
    while (i + 1 < spans.length && start + spans[i]! <= hit.index) {
      start += spans[i]! + 1;
      i += 1;
    }
    const end = start + spans[i]!;
    if (hit.index >= end) break;
    // A hit on the comma before this entry: look on from its start.
    if (hit.index < start) {
      from = start;
      continue;
    }
    if (hit.index + needle.length <= end) found.push(start, end);
    start = end + 1;
    from = start;
    i += 1;
  }
  return found;
}

/** A month's bytes as fourpoint writes them (store.ts): only then are its spans kept. */
function writtenByFourpoint(bytes: Buffer): boolean {
  try {
    const raw = JSON.parse(bytes.toString('utf8')) as { schemaVersion?: unknown };
    return raw?.schemaVersion === SCHEMA_VERSION && Buffer.from(`${JSON.stringify(raw)}\n`).equals(bytes);
  } catch {
    return false;
  }
}

/** [first start, then each length] when the entries lie one comma apart, as JSON.stringify puts them. */
function packed(spans: readonly number[]): number[] | undefined {
  const out = [spans[0] ?? 0];
  for (let i = 0; i < spans.length; i += 2) {
    if (i > 0 && spans[i] !== spans[i - 1]! + 1) return undefined;
    out.push(spans[i + 1]! - spans[i]!);
  }
  return out;
}

const isPacked = (raw: unknown): raw is number[] => Array.isArray(raw) && raw.length > 0 && raw.every((n) => Number.isInteger(n) && n >= 0);

/** A month's entry spans, packed, or null when its bytes are not searched (a file edited by hand, say). */
export const ENTRY_SPANS: SummaryKind<number[] | null> = {
  name: 'spans',
  format: 2,
  summarize: (entries, bytes) => {
    const spans = writtenByFourpoint(bytes) ? entrySpans(bytes.toString('latin1')) : undefined;
    return (spans && spans.length === entries.length * 2 && packed(spans)) || null;
  },
  toJson: (spans) => spans,
  fromJson: (raw) => (raw === null ? null : isPacked(raw) ? raw : undefined),
};
