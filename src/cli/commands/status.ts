// fourpoint status: one line for a shell prompt or a script. Reads only what it needs: the main file,
// this month and the last, and older months' kept summaries only when those two hold no lapse.
import { addDays, monthOf } from '../../domain/dates.js';
import { currentRun } from '../../domain/progress/on-track.js';
import { isCheckinOn, isLapse, plainLine, statusLine, type Status } from '../../domain/status.js';
import { entriesOn } from '../../store/recent.js';
import type { Store } from '../../store/store.js';
import type { App } from '../context.js';
import { FourpointError, UsageError } from '../../errors.js';
import { describeSystemError } from '../system-error.js';
import { MONTH_HISTORY } from '../month-history.js';

/** Reads no worksheet definition: starts without loading the worksheet engine. */
export const usesLibrary = false;

export interface StatusOptions {
  json?: boolean;
}

/** Exit codes a script can test: 0 checked in today, 1 not yet, 3 the data could not be read (2 is bad usage). */
export const STATUS_CHECKED_IN = 0;
export const STATUS_NOT_YET = 1;
export const STATUS_UNREADABLE = 3;

/** What the status needs of the App. */
export type StatusSource = Pick<App, 'today' | 'store'>;

export function readStatus(app: StatusSource): Status {
  const today = app.today();
  const store = app.store;
  const profile = store.profile();
  const checkedInToday = entriesOn(store, today).some((e) => isCheckinOn(e, today));
  const lastLapse = lastLapseOf(store, profile?.startDate, today);
  const run = profile ? currentRun(profile.startDate, lastLapse, today) : undefined;
  const status: Status = { today, checkedInToday, daysOnTrack: run?.days ?? 0, since: run?.since, lastLapse, hasProfile: Boolean(profile) };
  if (profile?.meeting) status.meeting = plainLine(profile.meeting);
  return status;
}

/**
 * The last lapse from the start date to today. This month and the last are read whole; older months,
 * only when those hold no lapse, through their kept summaries: a run of years costs what a week does.
 */
function lastLapseOf(store: Store, startDate: string | undefined, today: string): string | undefined {
  const lastMonthBegan = `${monthOf(addDays(`${monthOf(today)}-01`, -1))}-01`;
  const readFrom = startDate && startDate > lastMonthBegan ? startDate : lastMonthBegan;
  const lapse = store.latest((e) => isLapse(e) && e.date <= today, readFrom);
  if (lapse) return !startDate || lapse.date >= startDate ? lapse.date : undefined;
  if (startDate && startDate >= readFrom) return undefined;
  const older = store.summaries(MONTH_HISTORY, (month) => month < monthOf(readFrom) && (!startDate || month >= monthOf(startDate)));
  for (const history of older.reverse()) {
    const days = [...history.days].filter(([day, facts]) => facts.lapse && (!startDate || day >= startDate)).map(([day]) => day);
    if (days.length > 0) return days.sort().at(-1);
  }
  return undefined;
}

export async function run(o: StatusOptions, app: App): Promise<number> {
  let status: Status;
  try {
    status = readStatus(app);
  } catch (error) {
    // A damaged or unreadable store is not "no check-in yet": a script must be able to tell them apart.
    const named = describeSystemError(error) ?? error;
    if (named instanceof UsageError || !(named instanceof FourpointError)) throw error;
    throw new FourpointError(named.message, STATUS_UNREADABLE, named.hint);
  }
  app.out(o.json ? JSON.stringify(status) : statusLine(status));
  return status.checkedInToday ? STATUS_CHECKED_IN : STATUS_NOT_YET;
}
