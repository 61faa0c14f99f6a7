// Two fourpoints that reach the same milestones at the same moment (each read what was kept before
// either wrote, as ten parallel check-ins do) keep each milestone once: the second one's add is checked
// again under the store's lock (issue 21, item 4). The CLI race itself is in store-races.test.ts.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { App } from '../../src/cli/context.js';
import { recordMilestones } from '../../src/cli/milestones.js';
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
  // Day 54 of the run: the first three milestones are due; both read the kept ones before either writes.
  const runSoFar = { days: 54, since: '2026-10-01' };
  const seen = apps.map((app) => keptMilestones(app.store.entries()));
  const found = apps.map((app, i) => recordMilestones(app, runSoFar, seen[i]!));
  const kept = keptMilestones(new App(memoryIo({ now, env: { FOURPOINT_HOME: home } })).store.entries());
  expect(kept.map((k) => k.days)).toEqual(MILESTONES.filter((m) => m <= 54));
  expect(found.map((f) => f.length)).toEqual([3, 0]);
});
