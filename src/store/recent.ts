// Reading from the newest month backwards and stopping early, so daily commands (status, the nudge,
// urge help) cost the same after years of entries as after a week.
import type { Entry } from '../domain/entry.js';
import type { Store } from './store.js';

/** The newest entry (by day, then by when it was saved) that matches, reading month by month from the newest. */
export function latestEntry(store: Store, match: (e: Entry) => boolean, stopBefore?: string): Entry | undefined {
  for (const month of store.months().reverse()) {
    if (stopBefore && month < stopBefore.slice(0, 7)) return undefined;
    const found = store.entries({ since: `${month}-01`, until: `${month}-31` }).filter(match).at(-1);
    if (found) return found;
  }
  return undefined;
}

/** Entries on one day, reading only that day's month. */
export function entriesOn(store: Store, day: string): Entry[] {
  return store.entries({ since: day, until: day });
}
