// Counts the journal's entry headings, "Name (short id)", so a repeat gets " 2", " 3" and every
// heading stays unique (markdownlint's MD024). A string map of years of entries costs more than
// drawing their headings, so the short ids fourpoint makes (eight lower-case hex digits, the start of
// a UUID) are kept as numbers in a table of their own; other ids go to a map. Only an id met again
// costs a lookup of the whole heading.

/** The short id as a number, or -1 unless it is eight lower-case hex digits. */
export function hexValue(id: string): number {
  if (id.length !== 8) return -1;
  let value = 0;
  for (let i = 0; i < 8; i++) {
    const c = id.charCodeAt(i);
    const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (digit < 0) return -1;
    value = value * 16 + digit;
  }
  return value;
}

export class HeadingCounts {
  // Open addressing: a number's slot holds it in `keys` and, in `firsts`, 1 + the index of the name
  // first seen with it (0: the slot is empty). Room for 65,536 ids from the start (a megabyte, its
  // pages touched only as ids arrive): growing means placing every id again.
  private keys = new Uint32Array(1 << 17);
  private firsts = new Int32Array(1 << 17);
  private filled = 0;
  private readonly nameIndex = new Map<string, number>();
  private readonly names: string[] = [];
  private readonly firstByText = new Map<string, string>();
  private readonly repeats = new Map<string, number>();

  /** How many entries so far have this heading, this one included. */
  count(name: string, id: string): number {
    const hex = hexValue(id);
    const first = hex < 0 ? this.firstText(name, id) : this.firstNumber(name, hex);
    if (first === undefined) return 1;
    const heading = `${name} (${id})`;
    const n = (this.repeats.get(heading) ?? (first === name ? 1 : 0)) + 1;
    this.repeats.set(heading, n);
    return n;
  }

  /** The name first seen with this id, or undefined (and `name` kept) when the id is new. */
  private firstText(name: string, id: string): string | undefined {
    const first = this.firstByText.get(id);
    if (first === undefined) this.firstByText.set(id, name);
    return first;
  }

  private firstNumber(name: string, hex: number): string | undefined {
    const mask = this.keys.length - 1;
    let slot = Math.imul(hex, 0x9e3779b1) & mask;
    while (this.firsts[slot] !== 0) {
      if (this.keys[slot] === hex) return this.names[this.firsts[slot]! - 1];
      slot = (slot + 1) & mask;
    }
    let index = this.nameIndex.get(name);
    if (index === undefined) this.nameIndex.set(name, (index = this.names.push(name) - 1));
    this.keys[slot] = hex;
    this.firsts[slot] = index + 1;
    if (++this.filled * 2 > this.keys.length) this.grow();
    return undefined;
  }

  /** Four times the slots, every number placed again (kept at most half full, so probes stay short). */
  private grow(): void {
    const { keys, firsts } = this;
    this.keys = new Uint32Array(keys.length * 4);
    this.firsts = new Int32Array(keys.length * 4);
    const mask = this.keys.length - 1;
    for (let i = 0; i < keys.length; i++) {
      if (firsts[i] === 0) continue;
      let slot = Math.imul(keys[i]!, 0x9e3779b1) & mask;
      while (this.firsts[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = keys[i]!;
      this.firsts[slot] = firsts[i]!;
    }
  }
}
