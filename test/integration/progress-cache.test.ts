// progress keeps summaries of old months in cache/progress.json. The report must never depend on it:
// the same with it, without it, after it is damaged, and after an old month changes.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isEncrypted } from '../../src/store/encrypted-files.js';
import { cli, removeDir, tempDir } from '../helpers/cli.js';

function ok(home: string, args: string[], env: Record<string, string> = {}) {
  const r = cli(home, args, { env });
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r;
}

const progress = (home: string, env: Record<string, string> = {}) => JSON.parse(ok(home, ['progress', '--json'], env).stdout);
const cacheFile = (home: string) => join(home, 'cache', 'progress.json');

/** A store with history months back: a lapse 100 days ago, check-ins, a DEADS plan. Look-back 7 days, so old months are summarized. */
function seed(home: string, env: Record<string, string> = {}) {
  ok(home, ['init', '--behaviour', 'gambling', '--start-date', '120 days ago', '--why', 'my family'], env);
  ok(home, ['config', 'set', 'graduation.lookbackDays', '7'], env);
  ok(home, ['checkin', '--date', '100 days ago', '--mood', '3', '--urge', '8', '--lapsed'], env);
  for (const n of [80, 60, 45, 2, 1]) ok(home, ['checkin', '--date', `${n} days ago`, '--mood', '7', '--urge', '2', '--on-track', '--point', '1'], env);
  ok(home, ['worksheet', 'fill', 'deads', '--date', '90 days ago', '--set', 'delay=wait it out'], env);
}

describe('progress with kept month summaries', () => {
  let home: string;
  beforeAll(() => {
    home = tempDir();
    seed(home);
  });
  afterAll(() => removeDir(home));

  it('keeps summaries after the first run and reports the same from them', () => {
    const first = progress(home);
    expect(existsSync(cacheFile(home))).toBe(true);
    // The lapse 100 days ago ends a 20-day run; the run since is 100 days, today included.
    expect(first.onTrack).toMatchObject({ lastLapse: expect.any(String), days: 100, longest: 100 });
    expect(first.points[1].criteria.find((c: { id: string }) => c.id === 'deads').value).toBe(1);
    expect(first.points[0].criteria.find((c: { id: string }) => c.id === 'checkins-point-1').value).toBe(5);
    expect(progress(home)).toEqual(first);
  });

  it('makes a damaged cache again instead of trusting it or failing', () => {
    const before = progress(home);
    writeFileSync(cacheFile(home), '{"format": "progress/2", "months": {"2026-');
    expect(progress(home)).toEqual(before);
    expect(() => JSON.parse(readFileSync(cacheFile(home), 'utf8'))).not.toThrow();
  });

  it('sees a change to an old month at once', () => {
    const before = progress(home);
    const lapse = JSON.parse(ok(home, ['journal', 'list', '--kind', 'checkin', '--json']).stdout).find((e: { answers: { onTrack: boolean } }) => e.answers.onTrack === false);
    ok(home, ['journal', 'delete', lapse.id, '--yes']);
    const after = progress(home);
    expect(after.onTrack.lastLapse).toBeNull();
    expect(after.onTrack.longest).toBe(121);
    expect(before.onTrack.longest).toBe(100);
    // And it is what a run without any cache gives.
    rmSync(join(home, 'cache'), { recursive: true });
    expect(progress(home)).toEqual(after);
  });
});

describe('progress summaries in an encrypted store', () => {
  it('are encrypted like the entries', () => {
    const home = tempDir();
    const env = { FOURPOINT_PASSPHRASE: 'correct horse battery' };
    try {
      seed(home, env);
      ok(home, ['config', 'set', 'encryption', 'on'], env);
      const report = progress(home, env);
      expect(isEncrypted(readFileSync(cacheFile(home)))).toBe(true);
      expect(progress(home, env)).toEqual(report);
    } finally {
      removeDir(home);
    }
  });
});
