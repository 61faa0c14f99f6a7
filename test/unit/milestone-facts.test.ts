// Keeping milestones reads each month's milestone facts (cache/milestones.json), not the whole history.
// The facts must say what the full fold says, and a stale or damaged cache must never decide milestones.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { historyOf } from '../../src/domain/progress/history.js';
import { mergeMilestoneFacts, milestoneFactsFromJson, milestoneFactsOf } from '../../src/domain/progress/milestone-facts.js';
import type { Entry } from '../../src/domain/entry.js';
import { memoryIo } from '../helpers/memory-io.js';
import { removeDir, tempDir } from '../helpers/cli.js';
// @ts-expect-error: a plain ES module without types
import { syntheticEntries } from '../../bench/synthetic.mjs';

describe('milestone facts', () => {
  const entries = syntheticEntries(4000, '2026-11-30') as Entry[];
  const withMilestones: Entry[] = [
    ...entries,
    { ...entries[0]!, id: 'm1', kind: 'milestone', worksheet: undefined, point: null, answers: { days: 7, reachedOn: entries[0]!.date } } as Entry,
  ];

  it('name the same lapse days and kept milestones as the full history, month by month or whole', () => {
    const full = historyOf(withMilestones);
    const lapses = [...full.days].filter(([, f]) => f.lapse).map(([d]) => d).sort();
    expect(lapses.length).toBeGreaterThan(10);
    const byMonth = new Map<string, Entry[]>();
    for (const e of withMilestones) byMonth.set(e.date.slice(0, 7), [...(byMonth.get(e.date.slice(0, 7)) ?? []), e]);
    const merged = mergeMilestoneFacts([...byMonth.keys()].sort().map((m) => milestoneFactsOf(byMonth.get(m)!)));
    expect(merged.lapses).toEqual(lapses);
    expect(merged.milestones).toEqual(full.milestones);
    expect(milestoneFactsFromJson(JSON.parse(JSON.stringify(merged)))).toEqual(merged);
  });

  it('are refused back from JSON when they are not facts', () => {
    for (const bad of [null, [], { lapses: [1], milestones: [] }, { lapses: [], milestones: [{ days: '7' }] }, { lapses: 'x', milestones: [] }]) expect(milestoneFactsFromJson(bad)).toBeUndefined();
  });
});

describe('milestones kept from the cached facts', () => {
  let home: string;
  const io = (now: string) => memoryIo({ now, env: { FOURPOINT_HOME: home } });
  const kept = async (now: string) => {
    const r = io(now);
    expect(await run(['journal', 'list', '--kind', 'milestone', '--json'], r)).toBe(0);
    return (JSON.parse(r.out()) as Entry[]).map((e) => `${e.answers.days}@${e.answers.reachedOn}`).sort();
  };
  beforeEach(async () => {
    home = tempDir();
    expect(await run(['init', '--behaviour', 'gambling', '--start-date', '2025-11-01'], io('2025-11-01T09:00:00'))).toBe(0);
    expect(await run(['checkin', '--mood', '7', '--urge', '1', '--on-track'], io('2026-06-01T20:00:00'))).toBe(0);
  });
  afterEach(() => removeDir(home));

  it('takes away the milestones a back-dated lapse in an old month cuts short, with or without a damaged cache', async () => {
    const cache = join(home, 'cache', 'milestones.json');
    expect(existsSync(cache)).toBe(true);
    expect(await kept('2026-06-01T20:05:00')).toEqual(['180@2026-04-29', '1@2025-11-01', '30@2025-11-30', '7@2025-11-07', '90@2026-01-29']);
    writeFileSync(cache, readFileSync(cache, 'utf8').slice(0, 40));
    const lapse = io('2026-06-02T20:00:00');
    expect(await run(['checkin', '--date', '2026-01-10', '--mood', '3', '--urge', '8', '--lapsed'], lapse)).toBe(0);
    expect(lapse.err()).toMatch(/took away 90 days \(2026-01-29\), 180 days \(2026-04-29\)/);
    const after = await kept('2026-06-02T20:05:00');
    expect(after).toEqual(['1@2025-11-01', '30@2025-11-30', '7@2025-11-07']);
    // A later check-in reads the facts kept by the lapse's run, and agrees with a run that has no cache.
    expect(await run(['checkin', '--mood', '7', '--urge', '1', '--on-track'], io('2026-06-02T21:00:00'))).toBe(0);
    const withCache = await kept('2026-06-02T21:05:00');
    rmSync(join(home, 'cache'), { recursive: true });
    expect(await run(['checkin', '--mood', '7', '--urge', '1', '--on-track', '--add'], io('2026-06-02T21:10:00'))).toBe(0);
    expect(await kept('2026-06-02T21:15:00')).toEqual(withCache);
    expect(withCache).toContain('1@2026-01-11');
  });
});
