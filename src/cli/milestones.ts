// Milestones: found by the pure newMilestones(), kept as entries of kind milestone, announced once.
// Called by progress, and meant to be called after a check-in is saved (recordMilestonesNow).
import { randomUUID } from 'node:crypto';
import { keptMilestones, newMilestones, type KeptMilestone, type Milestone, type RunSoFar } from '../domain/progress/milestones.js';
import type { App } from './context.js';
import { readStatus } from './commands/status.js';

export function milestoneMessage(m: Milestone, again: boolean): string {
  const what = m.days === 1 ? `your first day on track${again ? ' of a new run' : ''}` : `${m.days} days on track${again ? ' again' : ''}`;
  return `Milestone: ${what} (${m.reachedOn}). Every one of those days was your doing.`;
}

/** Saves and announces (on stderr) the milestones the report shows as newly reached; returns them. */
export function recordMilestones(app: App, run: RunSoFar, kept: readonly KeptMilestone[]): Milestone[] {
  const found = newMilestones(run, kept);
  if (found.length === 0) return found;
  const now = app.io.now().toISOString();
  app.store.addEntries(
    found.map((m) => ({ id: randomUUID(), kind: 'milestone', point: null, date: m.reachedOn, createdAt: now, updatedAt: now, answers: { days: m.days, reachedOn: m.reachedOn }, tags: [] })),
  );
  for (const m of found) {
    const again = kept.some((k) => k.days === m.days);
    app.say(`${app.theme.good('★')} ${milestoneMessage(m, again)}`);
  }
  return found;
}

/**
 * For commands that have just saved an entry (checkin): checks for new milestones while reading only the
 * current run (the months since the last lapse), so a check-in stays cheap with years of history.
 */
export function recordMilestonesNow(app: App): Milestone[] {
  const status = readStatus(app);
  if (!status.hasProfile || !status.since) return [];
  const runSoFar = app.store.entries({ since: status.since });
  return recordMilestones(app, { days: status.daysOnTrack, since: status.since }, keptMilestones(runSoFar));
}
