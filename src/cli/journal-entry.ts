// Finding one entry by its id or a unique prefix of it (journal show, edit, delete).
import { UsageError } from '../errors.js';
import type { Entry } from '../domain/entry.js';
import type { WorksheetDefinition } from '../worksheets/definition.js';
import type { App } from './context.js';

export function matchingEntries(entries: readonly Entry[], idOrPrefix: string): Entry[] {
  const wanted = idOrPrefix.trim().toLowerCase();
  const exact = entries.filter((e) => e.id.toLowerCase() === wanted);
  return exact.length > 0 ? exact : entries.filter((e) => e.id.toLowerCase().startsWith(wanted));
}

/** As git's: a shorter prefix matches too easily, and an edit or delete must not land on the wrong entry. */
export const MIN_ID_PREFIX = 4;

export function resolveEntry(app: App, idOrPrefix: string): Entry {
  const wanted = idOrPrefix.trim();
  if (wanted === '') throw new UsageError('expected an entry id (see them with: fourpoint journal list)');
  const found = matchingEntries(app.store.entries(), wanted);
  const exact = found.length === 1 && found[0]!.id.toLowerCase() === wanted.toLowerCase();
  if (!exact && wanted.length < MIN_ID_PREFIX)
    throw new UsageError(`"${idOrPrefix}" is too short to name an entry: type at least ${MIN_ID_PREFIX} characters of its id`, 'see the ids with: fourpoint journal list');
  if (found.length === 0) throw new UsageError(`no entry with an id starting "${idOrPrefix}"`, 'see the ids with: fourpoint journal list');
  if (found.length > 1)
    throw new UsageError(
      `"${idOrPrefix}" matches ${found.length} entries (${found.slice(0, 5).map((e) => e.id.slice(0, 12)).join(', ')}${found.length > 5 ? ', …' : ''})`,
      'type more of the id',
    );
  return found[0]!;
}

export function definitionOf(app: App, entry: Entry): WorksheetDefinition | undefined {
  return entry.worksheet ? app.library.get(entry.worksheet.id)?.definition : undefined;
}

/** "Daily check-in of 2026-11-23 (abcd1234)": how an entry is named in questions and messages. */
export function entryName(app: App, entry: Entry): string {
  const def = definitionOf(app, entry);
  return `${def?.title ?? entry.worksheet?.id ?? entry.kind} of ${entry.date} (${entry.id.slice(0, 8)})`;
}
