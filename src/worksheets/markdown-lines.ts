// Where a renderer's Markdown lines go: a plain list, or (in an export) a layout that lays each line
// out as it arrives, so years of entries never become one array of lines.

export interface LineSink {
  /** Whole lines; '' is a blank line. */
  push(...lines: string[]): unknown;
  /**
   * One line made of structure and a person's text: `head` ends in a space ("- **Mood:** ") and
   * `text` comes from inline(), so neither holds a newline. The same as push(head + text), told apart
   * so a layout can check the text alone rather than copy the whole line to read its last character.
   */
  item(head: string, text: string): void;
  /** A table row: starts and ends with "|", every cell from inline(), so no newline. The same as push(line). */
  tableRow(line: string): void;
}

/** A sink that keeps the lines in a list. */
export class LineList implements LineSink {
  readonly lines: string[] = [];

  push(...lines: string[]): void {
    this.lines.push(...lines);
  }

  item(head: string, text: string): void {
    this.lines.push(head + text);
  }

  tableRow(line: string): void {
    this.lines.push(line);
  }
}
