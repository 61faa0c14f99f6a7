// Where things stand today, for the status line: pure, handed the profile's start, the lapses and today.
import type { Entry } from './entry.js';
import { currentRun } from './progress/on-track.js';

/** A check-in that was not on track, or an urge that was acted on: the one rule, kept with progress. */
export { isLapse } from './progress/days.js';

export function isCheckinOn(entry: Entry, day: string): boolean {
  return entry.kind === 'checkin' && entry.date === day;
}

/**
 * Days on track, counting today: the start day is day 1, and so is the day after a lapse.
 * A lapse today means 0; a start date still to come means 0.
 */
export function daysOnTrack(startDate: string | undefined, lastLapse: string | undefined, today: string): number {
  return startDate ? currentRun(startDate, lastLapse, today).days : 0;
}

export interface Status {
  today: string;
  checkedInToday: boolean;
  daysOnTrack: number;
  /** The day the current run started counting from (the start date, or the day after the last lapse). */
  since?: string;
  lastLapse?: string;
  hasProfile: boolean;
  /** The person's own meeting, from the profile, when they keep one. */
  meeting?: string;
}

/** Text the person typed (a meeting), printed as one plain line: no line breaks or terminal control characters. */
export function plainLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
}

export function statusLine(s: Status): string {
  if (!s.hasProfile) return `no profile yet (fourpoint init), ${s.checkedInToday ? 'checked in today' : 'no check-in yet today'}`;
  const days = `${s.daysOnTrack} ${s.daysOnTrack === 1 ? 'day' : 'days'} on track`;
  const meeting = s.meeting ? `, my meeting: ${s.meeting}` : '';
  return `${days}, ${s.checkedInToday ? 'checked in today' : 'no check-in yet today'}${meeting}`;
}
