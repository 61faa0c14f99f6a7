// fourpoint journal list: entries, oldest first, one line each, with the shared filters.
import { padTo, screenWidth, textWidth, wrap } from '../../ui/layout.js';
import { safeLine } from '../../ui/safe-text.js';
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
  const rows = entries.map((e) => {
    const def = e.worksheet ? app.library.get(e.worksheet.id)?.definition : undefined;
    return { e, title: def?.title ?? e.worksheet?.id ?? e.kind, gist: safeLine(describeEntry(e, def)) };
  });
  // Columns when the description keeps 30 columns beside the date and title; else the title on the date's line, the rest below.
  const width = screenWidth(app.io);
  const titleWidth = Math.min(32, Math.max(...rows.map((r) => textWidth(r.title))));
  const columns = 14 + titleWidth <= width - 30;
  for (const { e, title, gist } of rows) {
    const rest = `${gist}  ${t.dim(e.id.slice(0, 8))}`;
    if (columns) app.out(wrap(rest, width, { first: `${e.date}  ${t.accent(padTo(title, titleWidth))}  `, indent: ' '.repeat(14 + titleWidth) }).join('\n'));
    else app.out([...wrap(t.accent(title), width, { first: `${e.date}  `, indent: ' '.repeat(12) }), ...wrap(rest, width, { first: ' '.repeat(12) })].join('\n'));
  }
}
