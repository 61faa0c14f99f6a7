// Answers laid out for reading while a worksheet is filled or just saved, as `journal show` lays out an
// entry: the worksheet's Markdown renderer (src/worksheets/markdown.ts) read by the terminal layout, so
// the CBA's four boxes are the same drawn table here as there.
import type { Answers, Entry } from '../domain/entry.js';
import { screenWidth } from '../ui/layout.js';
import { markdownToTerminal } from '../ui/markdown-terminal.js';
import type { WorksheetDefinition } from '../worksheets/definition.js';
import { LineList } from '../worksheets/markdown-lines.js';
import { pushEntryBody, renderEntry } from '../worksheets/markdown.js';
import type { App } from './context.js';

/** Some answers (all, or only `fields`) under an optional heading, for the person at the terminal. */
export function showAnswers(app: App, def: WorksheetDefinition, answers: Answers, fields?: readonly string[], heading?: string): void {
  const shown = fields ? { ...def, fields: def.fields.filter((f) => fields.includes(f.id)) } : def;
  const lines = new LineList();
  if (heading) lines.push(`### ${heading}`, '');
  const entry = { kind: 'worksheet', answers, tags: [] } as unknown as Entry;
  pushEntryBody(lines, shown, entry, app.store.profile());
  write(app, lines.lines.join('\n'));
}

/** A saved entry, as `journal show` shows it. */
export function showEntry(app: App, def: WorksheetDefinition, entry: Entry): void {
  write(app, renderEntry(def, entry, 2, app.store.profile()));
}

function write(app: App, markdown: string): void {
  // Messages for the person go to stderr, so a --json on stdout stays clean.
  // A blank line first: what came before (an intro, a prompt) ends without one.
  app.io.stderr.write(`\n${markdownToTerminal(markdown, screenWidth(app.io), app.theme)}`);
}
