// fourpoint status: one line for a shell prompt or a script. Reads only what it needs: the main file,
// today's month, and older months only until the last lapse is found.
import { currentRun } from '../../domain/progress/on-track.js';
import { isCheckinOn, isLapse, statusLine, type Status } from '../../domain/status.js';
import { entriesOn } from '../../store/recent.js';
import type { App } from '../context.js';

/** Reads no worksheet definition: starts without loading the worksheet engine. */
export const usesLibrary = false;

export interface StatusOptions {
  json?: boolean;
}

/** Exit codes a script can test: 0 checked in today, 1 not yet (2 is bad usage). */
export const STATUS_CHECKED_IN = 0;
export const STATUS_NOT_YET = 1;

export function readStatus(app: App): Status {
  const today = app.today();
  const store = app.store;
  const profile = store.profile();
  const checkedInToday = entriesOn(store, today).some((e) => isCheckinOn(e, today));
  const lapse = store.latest((e) => isLapse(e) && e.date <= today, profile?.startDate);
  const lastLapse = lapse && (!profile || lapse.date >= profile.startDate) ? lapse.date : undefined;
  const run = profile ? currentRun(profile.startDate, lastLapse, today) : undefined;
  return { today, checkedInToday, daysOnTrack: run?.days ?? 0, since: run?.since, lastLapse, hasProfile: Boolean(profile) };
}

export async function run(o: StatusOptions, app: App): Promise<number> {
  const status = readStatus(app);
  app.out(o.json ? JSON.stringify(status) : statusLine(status));
  return status.checkedInToday ? STATUS_CHECKED_IN : STATUS_NOT_YET;
}
