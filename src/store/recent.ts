// Reading only the newest months, so daily commands (status, the nudge, urge help) cost the same after
// years of entries as after a week. The newest entry that matches: Store.latest.
import type { Entry } from '../domain/entry.js';
import type { Store } from './store.js';

/** Entries on one day, reading only that day's month. */
export function entriesOn(store: Store, day: string): Entry[] {
  return store.entries({ since: day, until: day });
}
