// fourpoint journal list: entries, oldest first, one line each, with the shared filters.
import type { App } from '../context.js';
import { filterEntries } from '../../domain/query.js';
import { describeEntry } from '../../ui/summary.js';
import { queryFromOptions, type FilterOptions } from '../filters.js';

export interface JournalListOptions extends FilterOptions {
  json?: boolean;
}

export async function run(o: JournalListOptions, app: App): Promise<void> {
  const query = queryFromOptions(o, app);
  const entries = filterEntries(app.store.entries({ since: query.since, until: query.until }), query);
  if (o.json) {
    app.out(JSON.stringify(entries, null, 2));
    return;
  }
  if (entries.length === 0) {
    app.say(Object.values(query).some((v) => v !== undefined) ? 'No entries match.' : 'No entries yet. Start with a check-in: fourpoint checkin');
    return;
  }
  const t = app.theme;
  for (const e of entries) {
    const def = e.worksheet ? app.library.get(e.worksheet.id)?.definition : undefined;
    const title = def?.title ?? e.worksheet?.id ?? e.kind;
    app.out(`${e.date}  ${t.accent(title.padEnd(24))} ${describeEntry(e, def)}  ${t.dim(e.id.slice(0, 8))}`);
  }
}
