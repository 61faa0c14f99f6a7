// A check-in announces each milestone of the run once, however long the run: it reads only the months of
// the days the milestones fall on, so a year-long run's milestones are found across many months.
import { afterEach, beforeEach, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryIo } from '../helpers/memory-io.js';
import { removeDir, tempDir } from '../helpers/cli.js';

let home: string;
const io = (now: string) => memoryIo({ now, env: { FOURPOINT_HOME: home } });
const announced = (r: ReturnType<typeof io>) => r.err().split('\n').filter((l) => l.startsWith('★'));

beforeEach(async () => {
  home = tempDir();
  expect(await run(['init', '--behaviour', 'gambling', '--start-date', '2025-11-01'], io('2025-11-01T09:00:00'))).toBe(0);
});
afterEach(() => removeDir(home));

it('announces every milestone of a year-long run once, kept across the months it spans', async () => {
  // 2025-11-01 to 2026-11-23 with no lapse: day 388. The first check-in finds all six milestones.
  const first = io('2026-11-23T20:00:00');
  expect(await run(['checkin', '--mood', '7', '--urge', '1', '--on-track'], first)).toBe(0);
  expect(announced(first).map((l) => /(\d{4}-\d{2}-\d{2})\)\.$/.exec(l)?.[1])).toEqual(['2025-11-01', '2025-11-07', '2025-11-30', '2026-01-29', '2026-04-29', '2026-10-31']);
  // Later check-ins, that day and the next, and progress announce none of them again.
  const again = io('2026-11-23T21:00:00');
  expect(await run(['checkin', '--mood', '7', '--urge', '1', '--on-track', '--add'], again)).toBe(0);
  const tomorrow = io('2026-11-24T20:00:00');
  expect(await run(['checkin', '--mood', '7', '--urge', '1', '--on-track'], tomorrow)).toBe(0);
  const progress = io('2026-11-24T20:05:00');
  expect(await run(['progress', '--json'], progress)).toBe(0);
  expect([...announced(again), ...announced(tomorrow), ...announced(progress)]).toEqual([]);
});
