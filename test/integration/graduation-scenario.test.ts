// A hundred days with fourpoint, through the built CLI as a person would live them: fill every shipped
// worksheet from its real definition, log urges with coping, name each point in check-ins, check in every
// day (a missed day filled in the next day with --date yesterday), and read `progress --json` after each
// step: each graduation checklist item moves when its work is done, up to `graduation.ready`.
// The clock is moved day by day by a preload (test/helpers/fake-now.mjs); nothing else is faked.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates.js';
import { answersFor, shippedDefinition } from '../helpers/answers-from-definition.js';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { onDay } from '../helpers/clock.js';
const START = '2026-01-05';
const DAYS = 100;

interface Item {
  id: string;
  value: number | null;
  target: number;
  met: boolean;
}
interface Report {
  onTrack: { days: number };
  points: { point: number; score: number; criteria: { id: string; value: number; target: number; worksheet: string | null; command: string }[] }[];
  graduation: { ready: boolean; met: number; of: number; items: Item[] };
  thresholds: Record<string, number>;
}

let home: string;
beforeAll(() => {
  home = tempDir();
});
afterAll(() => removeDir(home));

/** Runs fourpoint on `day` (at noon), and expects it to succeed. */
function on(day: string, args: string[]): string {
  const r = cli(home, args, { env: onDay(day) });
  expect(r.code, `${day}: fourpoint ${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.stdout;
}

const progress = (day: string) => JSON.parse(on(day, ['progress', '--json'])) as Report;
const item = (r: Report, id: string) => r.graduation.items.find((i) => i.id === id)!;
const criterion = (r: Report, id: string) => r.points.flatMap((p) => p.criteria).find((c) => c.id === id)!;

/** The checklist items that repeat a point's criterion (the rest are days, urges and the scores). */
const ITEM_OF_CRITERION: Record<string, string> = { cba: 'cba-revisited', deads: 'deads-plan', 'balance-pie': 'balance-pie' };

describe('a hundred days toward graduation', () => {
  it('moves each checklist item when its work is done, up to ready', () => {
    on(START, ['init', '--behaviour', 'alcohol', '--start-date', 'today', '--why', 'to feel well']);
    const first = progress(START);
    expect(first.graduation.items.filter((i) => i.met).map((i) => i.id)).toEqual([]);
    expect(first.graduation.ready).toBe(false);
    const t = first.thresholds;

    // The work: each worksheet a criterion names, as many times as its target asks (the balance pie once,
    // since one pie rates many areas), then every other listed worksheet once.
    const work: string[] = [];
    for (const c of first.points.flatMap((p) => p.criteria)) {
      if (c.worksheet === null) continue;
      for (let n = 0; n < (c.id === 'balance-pie' ? 1 : c.target); n += 1) work.push(c.worksheet);
    }
    const listed = (JSON.parse(on(START, ['worksheet', 'list', '--json'])) as { id: string }[]).map((w) => w.id);
    for (const id of listed) if (!work.includes(id)) work.push(id);

    const urgeOf = new Map<string, number>();
    const checkin = (today: string, day: string, k: number) => {
      const urge = k < 40 ? 6 : 1;
      urgeOf.set(day, Math.max(urgeOf.get(day) ?? 0, urge));
      const args = ['checkin', '--mood', '6', '--urge', String(urge), '--on-track', '--point', String((k % 4) + 1), '--trigger', 'stress', '--coping', 'went for a walk'];
      on(today, day === today ? args : [...args, '--date', 'yesterday']);
    };
    /** The 30-day mean of each day's strongest urge, as the person entered them. */
    const urge30 = (today: string) => {
      const values = [...urgeOf].filter(([d]) => d > addDays(today, -30) && d <= today).map(([, u]) => u);
      return Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
    };

    let before = first;
    let lowFlipped = false;
    for (let k = 0; k < DAYS; k += 1) {
      const today = addDays(START, k);
      // Every tenth day is missed and filled in the next day.
      if (k % 10 === 0 && k > 0) checkin(today, addDays(today, -1), k - 1);
      if (k % 10 !== 9) checkin(today, today, k);

      // Naming a point in a check-in moves that point's criterion by one (checked the first four days).
      if (k < 4) {
        const after = progress(today);
        const named = `checkins-point-${(k % 4) + 1}`;
        expect(criterion(after, named).value, `${today}: ${named}`).toBe(criterion(before, named).value + 1);
        before = after;
      }

      // One worksheet a day while there is work left.
      const id = work[k];
      if (id !== undefined) {
        const def = shippedDefinition(id);
        const file = join(home, `${id}-${k}.json`);
        writeFileSync(file, JSON.stringify(answersFor(def, today)));
        on(today, ['worksheet', 'fill', id, '--answers', file]);
        const after = progress(today);
        for (const c of after.points.flatMap((p) => p.criteria).filter((c) => c.worksheet === id)) {
          expect(c.value, `${today}: ${id} moves ${c.id}`).toBeGreaterThan(criterion(before, c.id).value);
          const tied = ITEM_OF_CRITERION[c.id];
          if (tied) expect(item(after, tied), `${today}: ${tied}`).toMatchObject({ value: c.value, met: c.value >= c.target });
        }
        if (def.kind === 'urge') urgeOf.set(today, Math.max(urgeOf.get(today) ?? 0, answersFor(def, today).intensity as number));
        const lowest = Math.min(...after.points.map((p) => p.score));
        expect(item(after, 'all-points')).toMatchObject({ value: lowest, met: lowest >= t.pointReady! });
        before = after;
      }

      // Urges: the item follows the 30-day mean of what was entered, and turns met when it is low.
      const low = urge30(today) <= t.urgeLow!;
      if (low && !lowFlipped) {
        const yesterday = progress(addDays(today, -1));
        expect(item(yesterday, 'urges-low').met, `${today}: not low the day before`).toBe(false);
        const now = progress(today);
        expect(item(now, 'urges-low'), today).toMatchObject({ value: urge30(today), met: true });
        lowFlipped = true;
      }

      // Days on track: one more each day, met on the day the run reaches its target.
      const onTrackDays = t.onTrackDays!;
      if (k === 0 || k === onTrackDays - 2 || k === onTrackDays - 1) {
        const now = progress(today);
        expect(item(now, 'on-track'), today).toMatchObject({ value: k + 1, met: k + 1 >= onTrackDays });
      }
    }

    expect(lowFlipped).toBe(true);
    const last = progress(addDays(START, DAYS - 1));
    expect(last.graduation.items.filter((i) => !i.met)).toEqual([]);
    expect(last.graduation).toMatchObject({ ready: true, met: last.graduation.of });
  }, 180_000);
});
