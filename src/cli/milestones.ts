// Milestones: found by the pure newMilestones(), kept as entries of kind milestone, announced once.
// Called by progress, and meant to be called after a check-in is saved (recordMilestonesNow).
import { randomUUID } from 'node:crypto';
import { keptMilestones, MILESTONES, milestoneDay, newMilestones, type KeptMilestone, type Milestone, type RunSoFar } from '../domain/progress/milestones.js';
import type { App } from './context.js';
import type { Entry } from '../domain/entry.js';
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
  // Checked again under the lock: another check-in at the same moment may have kept the same milestone.
  const keptAlready = (e: Entry, stored: readonly Entry[]) =>
    stored.some((s) => s.kind === 'milestone' && s.answers.days === e.answers.days && s.answers.reachedOn === e.answers.reachedOn);
  const added = app.store.addEntries(
    found.map((m) => ({ id: randomUUID(), kind: 'milestone', point: null, date: m.reachedOn, createdAt: now, updatedAt: now, answers: { days: m.days, reachedOn: m.reachedOn }, tags: [] })),
    keptAlready,
  );
  const announced = found.filter((m) => added.some((e) => e.answers.days === m.days && e.answers.reachedOn === m.reachedOn));
  for (const m of announced) {
    const again = kept.some((k) => k.days === m.days);
    app.say(`${app.theme.good('★')} ${milestoneMessage(m, again)}`);
  }
  return announced;
}

/**
 * For commands that have just saved an entry (checkin). A milestone is kept on the day it was reached, so
 * only the months of the days this run reaches its milestones are read (six at most): a check-in stays
 * cheap however long the run and however many years of history.
 */
export function recordMilestonesNow(app: App): Milestone[] {
  const status = readStatus(app);
  if (!status.hasProfile || !status.since) return [];
  const run = { days: status.daysOnTrack, since: status.since };
  const reachedOn = MILESTONES.filter((m) => m <= run.days).map((m) => milestoneDay(run.since, m));
  const onThoseDays = reachedOn.flatMap((day) => app.store.entries({ since: day, until: day }));
  return recordMilestones(app, run, keptMilestones(onThoseDays));
}
