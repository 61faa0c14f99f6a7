// Two fourpoints that reach the same milestones at the same moment (each read what was kept before
// either wrote, as ten parallel check-ins do) keep each milestone once: the second one's add is checked
// again under the store's lock (issue 21, item 4). The CLI race itself is in store-races.test.ts.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { App } from '../../src/cli/context.js';
import { syncMilestones } from '../../src/cli/milestones.js';
import { MONTH_HISTORY } from '../../src/cli/month-history.js';
import { mergeHistories } from '../../src/domain/progress/history.js';
import { MILESTONES, keptMilestones } from '../../src/domain/progress/milestones.js';
import { memoryIo } from '../helpers/memory-io.js';
import { removeDir, tempDir } from '../helpers/cli.js';

let home: string;
const now = '2026-11-23T20:00:00';
beforeEach(async () => {
  home = tempDir();
  expect(await run(['init', '--behaviour', 'gambling', '--start-date', '2026-10-01'], memoryIo({ now, env: { FOURPOINT_HOME: home } }))).toBe(0);
});
afterEach(() => removeDir(home));

it('keeps and announces each milestone once when two processes both saw none kept', () => {
  const apps = [new App(memoryIo({ now, env: { FOURPOINT_HOME: home } })), new App(memoryIo({ now, env: { FOURPOINT_HOME: home } }))];
  // Day 54 of the run: the first milestones are due; both read the history (no milestone kept) before either writes.
  const seen = apps.map((app) => mergeHistories(app.store.summaries(MONTH_HISTORY, () => true)));
  expect(seen.map((h) => h.milestones.length)).toEqual([0, 0]);
  const found = apps.map((app, i) => syncMilestones(app, { history: seen[i]! }).added);
  const kept = keptMilestones(new App(memoryIo({ now, env: { FOURPOINT_HOME: home } })).store.entries());
  expect(kept.map((k) => k.days)).toEqual(MILESTONES.filter((m) => m <= 54));
  expect(found.map((f) => f.length)).toEqual([kept.length, 0]);
  expect(kept.length).toBeGreaterThan(0);
});
