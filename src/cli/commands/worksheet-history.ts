// fourpoint worksheet history <id>: the times a worksheet was filled, to compare then and now.
import { screenWidth, wrap } from '../../ui/layout.js';
import { safeLine } from '../../ui/safe-text.js';
import type { Entry } from '../../domain/entry.js';
import { renderEntry } from '../../worksheets/markdown.js';
import { inline } from '../../worksheets/markdown-text.js';
import type { WorksheetDefinition } from '../../worksheets/definition.js';
import type { App } from '../context.js';

export interface HistoryOptions {
  json?: boolean;
  markdown?: boolean;
}

/** The first answer given, as a one-line reminder of what the fill was about. */
export function gist(def: WorksheetDefinition, entry: Entry, width = 60): string {
  for (const field of def.fields) {
    const v = entry.answers[field.id];
    const text = Array.isArray(v)
      ? v.map((x) => (x !== null && typeof x === 'object' && !Array.isArray(x) ? Object.values(x)[0] : x)).filter((x) => x !== undefined).map(String).join('; ')
      : v === undefined || v === null ? '' : String(v);
    const flat = text.replace(/\s+/g, ' ').trim();
    if (flat) return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
  }
  return '';
}

export async function run(o: HistoryOptions, app: App, args: string[]): Promise<void> {
  const { definition: def } = app.library.require(args[0]!);
  const entries = app.store.entries().filter((e) => e.worksheet?.id === def.id);
  if (o.json) {
    app.out(JSON.stringify(entries, null, 2));
    return;
  }
  if (o.markdown) {
    const parts = [`# ${inline(def.title)}: ${entries.length} time${entries.length === 1 ? '' : 's'}\n`, ...entries.map((e) => renderEntry(def, e, 2, app.store.profile()))];
    app.out(parts.join('\n').trimEnd());
    return;
  }
  if (entries.length === 0) {
    app.say(`You have not filled ${def.title} yet. Start with: fourpoint worksheet fill ${def.shortcut ?? def.id}`);
    return;
  }
  const t = app.theme;
  app.out(t.heading(`${def.title}, filled ${entries.length} time${entries.length === 1 ? '' : 's'}`));
  // The gist is the person's own words: made safe, and wrapped under itself.
  for (const e of entries) app.out(wrap(safeLine(gist(def, e)), screenWidth(app.io), { first: `  ${e.date}  ${t.dim(e.id.slice(0, 8))}  ` }).join('\n'));
  if (entries.length > 1) app.say(t.dim(`Compare them side by side with: fourpoint worksheet history ${def.shortcut ?? def.id} --markdown`));
}
