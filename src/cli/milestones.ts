// Milestones: found by the pure newMilestones(), kept as entries of kind milestone, announced once.
// Called by progress, and meant to be called after a check-in is saved (recordMilestonesNow).
import { randomUUID } from 'node:crypto';
import type { Entry } from '../domain/entry.js';
import { buildProgressReport, newMilestones, type Milestone, type ProgressReport } from '../domain/progress/index.js';
import type { App } from './context.js';

export function milestoneMessage(m: Milestone, again: boolean): string {
  const what = m.days === 1 ? `your first day on track${again ? ' of a new run' : ''}` : `${m.days} days on track${again ? ' again' : ''}`;
  return `Milestone: ${what} (${m.reachedOn}). Every one of those days was your doing.`;
}

/** Saves and announces (on stderr) the milestones the report shows as newly reached; returns them. */
export function recordMilestones(app: App, report: Pick<ProgressReport, 'onTrack'>, entries: readonly Entry[]): Milestone[] {
  const existing = entries.filter((e) => e.kind === 'milestone');
  const found = newMilestones(report, existing);
  if (found.length === 0) return found;
  const now = app.io.now().toISOString();
  app.store.addEntries(
    found.map((m) => ({ id: randomUUID(), kind: 'milestone', point: null, date: m.reachedOn, createdAt: now, updatedAt: now, answers: { days: m.days, reachedOn: m.reachedOn }, tags: [] })),
  );
  for (const m of found) {
    const again = existing.some((e) => e.answers.days === m.days);
    app.say(`${app.theme.good('★')} ${milestoneMessage(m, again)}`);
  }
  return found;
}

/** For commands that have just saved an entry (checkin): checks the store for new milestones. */
export function recordMilestonesNow(app: App): Milestone[] {
  const profile = app.store.profile();
  if (!profile) return [];
  const entries = app.store.entries();
  return recordMilestones(app, buildProgressReport(profile, entries, app.today()), entries);
}
