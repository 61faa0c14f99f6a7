// fourpoint progress: the picture of the work so far, and one next step. --json prints the whole report.
import { UsageError } from '../../errors.js';
import { renderProgress } from '../../ui/progress-screen.js';
import { screenWidth } from '../../ui/layout.js';
import type { App } from '../context.js';
import { syncMilestones } from '../milestones.js';
import { readProgress } from '../progress-report.js';

/** Reads no worksheet definition: the report names worksheets by id. */
export const usesLibrary = false;

export interface ProgressOptions {
  days?: string;
  json?: boolean;
  calendar?: string | boolean;
}

export function seriesDays(raw: string | undefined): number {
  if (raw === undefined) return 30;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || n < 7 || n > 365) throw new UsageError(`--days expects a whole number from 7 to 365, got "${raw}"`);
  return n;
}

export async function run(o: ProgressOptions, app: App): Promise<void> {
  const days = seriesDays(o.days);
  const profile = await app.requireProfile();
  const { report, history } = readProgress(app, profile, { seriesDays: days });
  if (o.calendar !== undefined) {
    const { calendarMonths, printCalendar } = await import('../progress-calendar.js');
    printCalendar(app, profile, history, calendarMonths(o.calendar), o.json ?? false);
  } else if (o.json) app.out(JSON.stringify(report, null, 2));
  else app.out(renderProgress(report, app.theme, screenWidth(app.io)));
  syncMilestones(app, { history });
}
