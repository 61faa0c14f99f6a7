// Lost updates under concurrency (issue 21, item 4): parallel CLI processes changing the same things,
// repeated, counting what was lost. Each test prints its figures (trials, lost, corrupted) into the
// stress suite's table. Minutes under load, so here rather than in npm test; test/unit/milestones-race.test.ts
// is the quick, deterministic proof for milestones.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BIN, cli, removeDir, tempDir } from '../helpers/cli.js';
import { dayFromToday, writeStore } from '../helpers/fixture-store.js';
import { SETTINGS } from '../../src/store/settings.js';
import { THRESHOLDS } from '../../src/domain/progress/thresholds.js';
import { MILESTONES } from '../../src/domain/progress/milestones.js';
import { record } from './figures.js';

interface Run {
  code: number | null;
  stderr: string;
}

/** `fourpoint ...args` as its own process, started at once (cli() would wait for each in turn). */
function start(home: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { PATH: process.env.PATH, HOME: home, TZ: 'UTC', NO_COLOR: '1', FOURPOINT_HOME: home } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.resume();
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

async function together(home: string, commands: string[][]): Promise<void> {
  const runs = await Promise.all(commands.map((args) => start(home, args)));
  for (const [i, r] of runs.entries()) expect(r.code, `${commands[i]!.join(' ')}: ${r.stderr}`).toBe(0);
}

/** Whether doctor finds every store file whole and valid. */
function corrupted(home: string): number {
  const report = JSON.parse(cli(home, ['doctor', '--json']).stdout) as { files: { ok: boolean }[] };
  return report.files.filter((f) => !f.ok).length;
}

function figures(what: string, trials: number, lost: number, broken: number): void {
  console.log(`${what}: ${trials} trials, ${lost} lost, ${broken} corrupted`);
  record({ scenario: what, tried: trials, lost, corrupted: broken, clearErrors: 0 });
}

const TRIALS = 20;
const ID = 'aaaa1111-0000-4000-8000-000000000001';

let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

// Minutes, not seconds: each trial starts several Node processes at once, on a machine that may be busy.
describe('parallel writers lose nothing', { timeout: 240_000 }, () => {
  it('two journal edit --set on different answers of one entry both land', async () => {
    writeStore(home, [{ id: ID, kind: 'checkin', worksheet: { id: 'daily-check-in', version: 1 }, point: null, date: '2026-09-05', answers: { mood: 6, urge: 2, onTrack: true } }]);
    let lost = 0;
    for (let t = 0; t < TRIALS; t++) {
      const mood = 1 + (t % 10);
      const urge = 10 - (t % 10);
      await together(home, [
        ['journal', 'edit', ID, '--set', `mood=${mood}`],
        ['journal', 'edit', ID, '--set', `urge=${urge}`],
      ]);
      const { answers } = (JSON.parse(readFileSync(join(home, 'entries', '2026-09.json'), 'utf8')) as { entries: { answers: Record<string, unknown> }[] }).entries[0]!;
      if (answers.mood !== mood) lost += 1;
      if (answers.urge !== urge) lost += 1;
    }
    const broken = corrupted(home);
    figures('journal edit --set x2', TRIALS, lost, broken);
    expect({ lost, broken }).toEqual({ lost: 0, broken: 0 });
  });

  it('config set of four settings at once keeps all four', async () => {
    // Two non-default values for each setting, from the settings' own definitions.
    const keys = Object.keys(SETTINGS).filter((k) => k !== 'encryption');
    const valuesFor = (key: string, t: number): string => {
      const d = SETTINGS[key]!.default;
      if (typeof d === 'boolean') return t % 2 ? String(!d ? 'on' : 'off') : d ? 'on' : 'off';
      if (typeof d === 'number') return String(d + 1 + t);
      const choices = { color: ['always', 'never'], weekStart: ['sunday', 'monday'] } as Record<string, string[]>;
      return choices[key]![t % 2]!;
    };
    let lost = 0;
    for (let t = 0; t < TRIALS; t++) {
      await together(home, keys.map((k) => ['config', 'set', k, valuesFor(k, t)]));
      const stored = JSON.parse(readFileSync(join(home, 'settings.json'), 'utf8')) as Record<string, unknown>;
      for (const k of keys) if (stored[k] !== SETTINGS[k]!.parse(valuesFor(k, t))) lost += 1;
    }
    figures(`config set x${keys.length}`, TRIALS * keys.length, lost, 0);
    expect(lost).toBe(0);
  });

  it('init --why racing config set graduation.* loses neither', async () => {
    expect(cli(home, ['init', '--behaviour', 'alcohol', '--start-date', '2026-01-01']).code).toBe(0);
    const { min, max } = THRESHOLDS.onTrackDays;
    let lost = 0;
    for (let t = 0; t < TRIALS; t++) {
      const days = min + ((t * 7) % (max - min));
      await together(home, [
        ['init', '--why', `reason ${t}`],
        ['config', 'set', 'graduation.onTrackDays', String(days)],
      ]);
      const profile = (JSON.parse(readFileSync(join(home, 'store.json'), 'utf8')) as { profile: { why: string; graduation: Record<string, number> } }).profile;
      if (profile.why !== `reason ${t}`) lost += 1;
      if (profile.graduation.onTrackDays !== days) lost += 1;
    }
    const broken = corrupted(home);
    figures('init --why vs config set graduation', TRIALS, lost, broken);
    expect({ lost, broken }).toEqual({ lost: 0, broken: 0 });
  });

  it('10 check-ins at once with 3 milestones due keep each milestone once', async () => {
    // A run whose length has passed exactly three milestones by today.
    const due = MILESTONES.slice(0, 3);
    const runDays = due.at(-1)! + 1;
    const trials = 8;
    let extra = 0;
    let broken = 0;
    for (let t = 0; t < trials; t++) {
      const dir = join(home, `trial-${t}`);
      mkdirSync(dir);
      expect(cli(dir, ['init', '--behaviour', 'alcohol', '--start-date', dayFromToday(1 - runDays)]).code).toBe(0);
      await together(dir, Array.from({ length: 10 }, () => ['checkin', '--add', '--mood', '6', '--urge', '1', '--on-track']));
      const kept = JSON.parse(cli(dir, ['journal', 'list', '--kind', 'milestone', '--json']).stdout) as { answers: { days: number } }[];
      expect(kept.map((m) => m.answers.days).sort((a, b) => a - b).filter((d, i, all) => all.indexOf(d) === i)).toEqual([...due]);
      extra += kept.length - due.length;
      broken += corrupted(dir);
    }
    figures('10 parallel check-ins, 3 milestones due', trials, extra, broken);
    expect({ extra, broken }).toEqual({ extra: 0, broken: 0 });
  });
});
