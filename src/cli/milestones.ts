// Milestones kept as entries of kind milestone, made again from the history whenever it changes: after a
// check-in, an urge log, an edit, a delete or an import, and when progress is read. The pure rules are
// in src/domain/progress/milestones.ts; this reads the store, writes the difference and says it.
import { randomId } from '../store/random.js';
import type { History } from '../domain/progress/history.js';
import { mergeMilestoneFacts, type MilestoneFacts } from '../domain/progress/milestone-facts.js';
import { milestoneSentence, milestonesOf, reconcileMilestones, type KeptMilestone, type Milestone } from '../domain/progress/milestones.js';
import { currentRun } from '../domain/progress/on-track.js';
import type { App } from './context.js';
import type { Entry } from '../domain/entry.js';
import { MONTH_MILESTONE_FACTS } from './month-history.js';

export function milestoneMessage(m: Milestone): string {
  return `Milestone: ${milestoneSentence(m)}`;
}

export interface MilestoneSync {
  added: Milestone[];
  removed: KeptMilestone[];
}

export interface SyncOptions {
  /** False for the save of a lapse: a milestone is never announced in the same breath as a lapse. */
  add?: boolean;
  /** The whole history, when the caller has already read it (progress). */
  history?: History;
}

/**
 * Makes the kept milestones the ones the history holds: takes away those it no longer holds (a day later
 * recorded as a lapse, a run a back-dated lapse cut short) and keeps new ones, announcing (on stderr) the
 * new ones of the current run. Reads the months' milestone facts kept in cache/milestones.json, made again
 * only for a month that changed, so it costs a few small reads whatever the length of the history.
 */
export function syncMilestones(app: App, options: SyncOptions = {}): MilestoneSync {
  const profile = app.store.profile();
  if (!profile) return { added: [], removed: [] };
  const today = app.today();
  const { lapses, milestones: kept } = options.history ? factsOfHistory(options.history) : mergeMilestoneFacts(app.store.summaries(MONTH_MILESTONE_FACTS, () => true));
  const { stale, missing } = reconcileMilestones(milestonesOf(lapses, profile.startDate, today), kept);
  const removed = removeKept(app, stale);
  const due = options.add === false ? [] : missing;
  let added: Milestone[] = [];
  if (due.length > 0) {
    const now = app.io.now().toISOString();
    // Checked again under the lock: another check-in at the same moment may have kept the same milestone.
    const keptAlready = (e: Entry, stored: readonly Entry[]) =>
      stored.some((s) => s.kind === 'milestone' && s.answers.days === e.answers.days && s.answers.reachedOn === e.answers.reachedOn);
    const stored = app.store.addEntries(
      due.map((m) => ({ id: randomId(), kind: 'milestone', point: null, date: m.reachedOn, createdAt: now, updatedAt: now, answers: { days: m.days, reachedOn: m.reachedOn }, tags: [] })),
      keptAlready,
    );
    added = due.filter((m) => stored.some((e) => e.answers.days === m.days && e.answers.reachedOn === m.reachedOn));
  }
  const lapsesBefore = lapses.filter((d) => d >= profile.startDate && d <= today).sort().at(-1);
  const since = currentRun(profile.startDate, lapsesBefore, today).since;
  for (const m of added) if (m.reachedOn >= since) app.say(`${app.theme.good('★')} ${milestoneMessage(m)}`);
  if (removed.length > 0)
    app.say(app.theme.dim(`Milestones follow your history as it is now: took away ${removed.map((k) => `${k.days ?? '?'} ${k.days === 1 ? 'day' : 'days'} (${k.reachedOn})`).join(', ')}.`));
  return { added, removed };
}

function factsOfHistory(history: History): MilestoneFacts {
  return { lapses: [...history.days].filter(([, facts]) => facts.lapse).map(([day]) => day), milestones: history.milestones };
}

/** Deletes the milestone entries kept for these (one entry each, so a duplicate loses only its copy). */
function removeKept(app: App, stale: readonly KeptMilestone[]): KeptMilestone[] {
  const done: KeptMilestone[] = [];
  const gone = new Set<string>();
  for (const k of stale) {
    const entry = app.store
      .entries({ since: k.reachedOn, until: k.reachedOn })
      .find((e) => e.kind === 'milestone' && !gone.has(e.id) && e.answers.reachedOn === k.reachedOn && (e.answers.days ?? null) === k.days);
    if (!entry) continue;
    app.store.deleteEntry(entry.id);
    gone.add(entry.id);
    done.push(k);
  }
  return done;
}
