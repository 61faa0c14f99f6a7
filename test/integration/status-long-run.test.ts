// status after a long run without a lapse: the last lapse is months back, found through the months' kept
// summaries, and always the one a full read would find.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates.js';
import { cli, removeDir, tempDir } from '../helpers/cli.js';

const status = (home: string) => JSON.parse(cli(home, ['status', '--json']).stdout);

describe('status after months on track', () => {
  let home: string;
  // The CLI's own today (its clock and time zone).
  let today: string;
  beforeAll(() => {
    home = tempDir();
    expect(cli(home, ['init', '--behaviour', 'drinking', '--start-date', '300 days ago', '--why', 'my kids']).code).toBe(0);
    for (const n of [250, 120]) expect(cli(home, ['checkin', '--date', `${n} days ago`, '--mood', '3', '--urge', '8', '--lapsed']).code).toBe(0);
    for (const n of [90, 40, 3]) expect(cli(home, ['checkin', '--date', `${n} days ago`, '--mood', '7', '--urge', '1', '--on-track']).code).toBe(0);
    today = status(home).today;
  });
  afterAll(() => removeDir(home));

  it('finds the last lapse months back, the same with and without kept summaries', () => {
    const first = status(home);
    expect(first).toMatchObject({ lastLapse: addDays(today, -120), since: addDays(today, -119), daysOnTrack: 120 });
    expect(JSON.parse(readFileSync(join(home, 'cache', 'progress.json'), 'utf8')).months).toBeTypeOf('object');
    expect(status(home)).toEqual(first);
    // A damaged cache is made again, never trusted.
    writeFileSync(join(home, 'cache', 'progress.json'), '{"format":');
    expect(status(home)).toEqual(first);
  });

  it('sees an older lapse once the newer one is deleted', () => {
    const lapses = JSON.parse(cli(home, ['journal', 'list', '--kind', 'checkin', '--json']).stdout).filter((e: { answers: { onTrack: boolean } }) => !e.answers.onTrack);
    const newer = lapses.find((e: { date: string }) => e.date === addDays(today, -120));
    expect(cli(home, ['journal', 'delete', newer.id, '--yes']).code).toBe(0);
    expect(status(home)).toMatchObject({ lastLapse: addDays(today, -250), daysOnTrack: 250 });
    // progress, sharing the summaries, agrees.
    expect(JSON.parse(cli(home, ['progress', '--json']).stdout).onTrack).toMatchObject({ lastLapse: addDays(today, -250), days: 250 });
  });
});
