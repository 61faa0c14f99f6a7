// fourpoint journal show <id>: one entry, rendered as it would be exported.
import { renderEntry } from '../../worksheets/markdown.js';
import type { App } from '../context.js';
import { definitionOf, resolveEntry } from '../journal-entry.js';

export interface JournalShowOptions {
  json?: boolean;
}

export async function run(o: JournalShowOptions, app: App, args: string[]): Promise<void> {
  const entry = resolveEntry(app, args[0] ?? '');
  if (o.json) {
    app.out(JSON.stringify(entry, null, 2));
    return;
  }
  app.io.stdout.write(renderEntry(definitionOf(app, entry), entry));
  app.say(app.theme.dim(`id ${entry.id}`));
}
