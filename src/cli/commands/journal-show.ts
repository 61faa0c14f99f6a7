// fourpoint journal show <id>: one entry, laid out for reading (--markdown: as it would be exported).
import { renderEntry } from '../../worksheets/markdown.js';
import { screenWidth } from '../../ui/layout.js';
import { markdownToTerminal } from '../../ui/markdown-terminal.js';
import type { App } from '../context.js';
import { definitionOf, resolveEntry } from '../journal-entry.js';

export interface JournalShowOptions {
  json?: boolean;
  markdown?: boolean;
}

export async function run(o: JournalShowOptions, app: App, args: string[]): Promise<void> {
  const entry = resolveEntry(app, args[0] ?? '');
  if (o.json) {
    app.out(JSON.stringify(entry, null, 2));
    return;
  }
  const markdown = renderEntry(definitionOf(app, entry), entry);
  app.io.stdout.write(o.markdown ? markdown : markdownToTerminal(markdown, screenWidth(app.io), app.theme));
  app.say(app.theme.dim(`id ${entry.id}`));
}
