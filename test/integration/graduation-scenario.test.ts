// A hundred days with fourpoint, through the built CLI as a person would live them: fill every shipped
// worksheet from its real definition, log urges with coping, name each point in check-ins, check in every
// day (a missed day filled in the next day with --date yesterday), and read `progress --json` after each
// step: each graduation checklist item moves when its work is done, up to `graduation.ready`.
// About 250 commands: most run the built CLI's own entry (dist/cli/main.js) in this process with the
// day's clock, so the test stays within a minute; the first and last commands and the balance pie go
// through the launcher in a process of their own, its clock moved by a preload (test/helpers/clock.ts).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates.js';
import { answersFor, shippedDefinition } from '../helpers/answers-from-definition.js';
import { cli, removeDir, ROOT, tempDir } from '../helpers/cli.js';
import { memoryIo } from '../helpers/memory-io.js';
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
beforeAll(async () => {
  home = tempDir();
  built = ((await import(pathToFileURL(join(ROOT, 'dist', 'cli', 'main.js')).href)) as { run: Run }).run;
});
afterAll(() => removeDir(home));

type Run = (argv: string[], io: ReturnType<typeof memoryIo>) => Promise<number>;
let built: Run;

/** Runs the built fourpoint on `day` (at noon), in this process or (spawn) in its own, and expects success. */
async function on(day: string, args: string[], spawn = false): Promise<string> {
  if (spawn) {
    const r = cli(home, args, { env: onDay(day) });
    expect(r.code, `${day}: fourpoint ${args.join(' ')}: ${r.stderr}`).toBe(0);
    return r.stdout;
  }
  const io = memoryIo({ now: `${day}T12:00:00`, env: { FOURPOINT_HOME: home, NO_COLOR: '1' } });
  expect(await built(args, io), `${day}: fourpoint ${args.join(' ')}: ${io.err()}`).toBe(0);
  return io.out();
}

const progress = async (day: string, spawn = false) => JSON.parse(await on(day, ['progress', '--json'], spawn)) as Report;
const item = (r: Report, id: string) => r.graduation.items.find((i) => i.id === id)!;
const criterion = (r: Report, id: string) => r.points.flatMap((p) => p.criteria).find((c) => c.id === id)!;

/** The checklist items that repeat a point's criterion (the rest are days, urges and the scores). */
const ITEM_OF_CRITERION: Record<string, string> = { cba: 'cba-revisited', deads: 'deads-plan', 'balance-pie': 'balance-pie' };

describe('a hundred days toward graduation', () => {
  it('moves each checklist item when its work is done, up to ready', async () => {
    await on(START, ['init', '--behaviour', 'alcohol', '--start-date', 'today', '--why', 'to feel well'], true);
    const first = await progress(START, true);
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
    const listed = (JSON.parse(await on(START, ['worksheet', 'list', '--json'])) as { id: string }[]).map((w) => w.id);
    for (const id of listed) if (!work.includes(id)) work.push(id);

    const urgeOf = new Map<string, number>();
    const checkin = async (today: string, day: string, k: number) => {
      const urge = k < 40 ? 6 : 1;
      urgeOf.set(day, Math.max(urgeOf.get(day) ?? 0, urge));
      const args = ['checkin', '--mood', '6', '--urge', String(urge), '--on-track', '--point', String((k % 4) + 1), '--trigger', 'stress', '--coping', 'went for a walk'];
      await on(today, day === today ? args : [...args, '--date', 'yesterday']);
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
      if (k % 10 === 0 && k > 0) await checkin(today, addDays(today, -1), k - 1);
      if (k % 10 !== 9) await checkin(today, today, k);

      // Naming a point in a check-in moves that point's criterion by one (checked the first four days).
      if (k < 4) {
        const after = await progress(today);
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
        await on(today, ['worksheet', 'fill', id, '--answers', file], id === 'lifestyle-balance-pie');
        const after = await progress(today);
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
        const yesterday = await progress(addDays(today, -1));
        expect(item(yesterday, 'urges-low').met, `${today}: not low the day before`).toBe(false);
        const now = await progress(today);
        expect(item(now, 'urges-low'), today).toMatchObject({ value: urge30(today), met: true });
        lowFlipped = true;
      }

      // Days on track: one more each day, met on the day the run reaches its target.
      const onTrackDays = t.onTrackDays!;
      if (k === 0 || k === onTrackDays - 2 || k === onTrackDays - 1) {
        const now = await progress(today);
        expect(item(now, 'on-track'), today).toMatchObject({ value: k + 1, met: k + 1 >= onTrackDays });
      }
    }

    expect(lowFlipped).toBe(true);
    const last = await progress(addDays(START, DAYS - 1), true);
    expect(last.graduation.items.filter((i) => !i.met)).toEqual([]);
    expect(last.graduation).toMatchObject({ ready: true, met: last.graduation.of });
  }, 120_000);
});
