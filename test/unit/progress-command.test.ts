// fourpoint progress in-process, with a fixed clock: exact milestones and colour on or off.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { stripAnsi } from '../helpers/pty.js';
import { memoryIo } from '../helpers/memory-io.js';
import { removeDir, tempDir } from '../helpers/cli.js';

let home: string;
const NOW = '2026-11-23T12:00:00';
const io = (color = false) => memoryIo({ now: NOW, env: { FOURPOINT_HOME: home }, color });

let lapseCheckin: ReturnType<typeof io>;
beforeEach(async () => {
  home = tempDir();
  expect(await run(['init', '--behaviour', 'alcohol', '--start-date', '2026-11-01'], io())).toBe(0);
  // A lapse on 2026-11-15: the current run starts 2026-11-16 and today, 2026-11-23, is its day 8.
  lapseCheckin = io();
  expect(await run(['checkin', '--date', '2026-11-15', '--mood', '4', '--urge', '8', '--lapsed'], lapseCheckin)).toBe(0);
});
afterEach(() => removeDir(home));

describe('fourpoint progress (in-process)', () => {
  it('announces the milestones of the current run once, with the days they were reached', async () => {
    // The check-in that saved the lapse announces no milestone: never one in the same save as a lapse.
    expect(lapseCheckin.err()).not.toContain('★');
    // Progress finds the new run's day 1 and day 7 and announces them once; its screen says there is no
    // check-in yet today, so no nudge repeats it on stderr.
    const first = io();
    expect(await run(['progress'], first)).toBe(0);
    expect(first.err().split('\n').filter((l) => l.startsWith('★'))).toEqual([
      '★ Milestone: day 1 with no lapse recorded (2026-11-16).',
      '★ Milestone: 7 days with no lapse recorded, counted since 2026-11-16 (reached 2026-11-22).',
    ]);
    expect(first.err()).not.toContain('your doing');
    expect(first.out()).toContain('no check-in yet today: fourpoint checkin');
    expect(first.out()).toContain('On track     8 days, counted from 2026-11-16   longest run 14 days');
    const second = io();
    expect(await run(['progress', '--json'], second)).toBe(0);
    expect(second.err()).toBe(''); // --json output is never nudged, and nothing is announced twice
    expect(JSON.parse(second.out()).onTrack).toMatchObject({ days: 8, longest: 14, nextMilestone: { days: 30, on: '2026-12-15', inDays: 22 } });
  });

  it('uses colour at a colour terminal and none with --no-color, with the same words', async () => {
    const coloured = io(true);
    await run(['progress'], coloured);
    const plain = io(true);
    await run(['--no-color', 'progress'], plain);
    expect(coloured.out()).toContain('\u001b[');
    expect(plain.out()).not.toContain('\u001b[');
    expect(stripAnsi(coloured.out())).toBe(plain.out());
  });
});
