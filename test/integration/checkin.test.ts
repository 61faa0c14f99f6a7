// fourpoint checkin from flags, as a script or a shell would run it: no terminal.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entry } from '../../src/domain/entry.js';
import { cli, removeDir, ROOT, tempDir } from '../helpers/cli.js';
import { snapshot } from '../helpers/files.js';

let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

const entries = () => {
  const list = cli(home, ['journal', 'list', '--json']);
  expect(list.code).toBe(0);
  return JSON.parse(list.stdout) as Entry[];
};

describe('checkin with flags', () => {
  it('saves an entry that journal list --json reads back', () => {
    const r = cli(home, ['checkin', '--mood', '7', '--urge', '2', '--on-track', '--trigger', 'stress', '--trigger', 'payday', '--coping', 'called Sam', '--point', '2', '--note', 'a good walk', '--date', '2026-11-20']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(''); // messages go to stderr; stdout is for data
    expect(r.stderr).toMatch(/^Saved your check-in for \w+ 2026-11-20: /);
    const [e, ...rest] = entries();
    expect(rest).toEqual([]);
    expect(e).toMatchObject({ kind: 'checkin', date: '2026-11-20', worksheet: { id: 'daily-check-in', version: 1 } });
    expect(e!.answers).toEqual({ mood: 7, urge: 2, onTrack: true, triggers: ['stress', 'payday'], coping: ['called Sam'], point: '2', note: 'a good walk' });
  });

  it('records a lapse kindly, with what happened and what was learned', () => {
    const r = cli(home, ['checkin', '--mood', '4', '--urge', '8', '--lapsed', '--what-happened', 'a hard evening', '--learned', 'eat first', '--date', 'yesterday', '--json']);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as Entry;
    expect(printed.answers).toMatchObject({ onTrack: false, whatHappened: 'a hard evening', learned: 'eat first' });
    expect(r.stderr).toMatch(/not a verdict/);
    expect(r.stderr).not.toMatch(/addict|alcoholic|patient|fail/i);
    expect(entries().map((e) => e.id)).toEqual([printed.id]);
  });

  it('loads neither zod, nor the prompts, nor the YAML parser: they are a third of its start-up', () => {
    expect(cli(home, ['init', '--behaviour', 'alcohol']).code).toBe(0);
    const probe = join(home, 'probe.json');
    const env = { NODE_OPTIONS: `--import=${join(ROOT, 'test', 'helpers', 'load-probe.mjs')}`, FOURPOINT_LOAD_PROBE: probe };
    const loaded = () => JSON.parse(readFileSync(probe, 'utf8')) as { zod: boolean; readline: boolean; commonjs: string[] };
    expect(cli(home, ['checkin', '--mood', '6', '--urge', '3', '--on-track', '--trigger', 'stress', '--note', 'ok'], { env }).code).toBe(0);
    expect(loaded()).toEqual({ zod: false, readline: false, commonjs: [] });
    // A bad answer still gets zod's own words.
    const bad = cli(home, ['checkin', '--mood', '11', '--urge', '3', '--on-track', '--add'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/mood: must be a whole number from 1 to 10/);
    expect(loaded().zod).toBe(true);
  });
});

describe('checkin refuses bad input: one line, exit 2, data folder untouched', () => {
  beforeEach(() => {
    expect(cli(home, ['checkin', '--mood', '5', '--urge', '1', '--on-track', '--date', '2026-11-01']).code).toBe(0);
  });

  it.each([
    [['--mood', '11', '--urge', '2', '--on-track'], /^fourpoint: mood: must be a whole number from 1 to 10$/],
    [['--mood', 'abc', '--urge', '2', '--on-track'], /^fourpoint: --mood expects a number, got "abc"$/],
    [['--mood', '5', '--urge', '0x3', '--on-track'], /^fourpoint: --urge expects a number, got "0x3"$/],
    [['--mood', '5', '--urge', '-1', '--on-track'], /^fourpoint: urge: must be a whole number from 0 to 10$/],
    [['--mood', '5.5', '--urge', '2', '--on-track'], /^fourpoint: mood: must be a whole number/],
    [['--mood', '5', '--urge', '2', '--on-track', '--date', '2999-01-01'], /^fourpoint: --date 2999-01-01 is in the future/],
    [['--mood', '5', '--urge', '2', '--on-track', '--date', 'someday'], /^fourpoint: --date expects a date such as 2026-11-23/],
    [['--mood', '5', '--urge', '2', '--on-track', '--date', '2026-02-30'], /^fourpoint: --date expects a date/],
    [['--mood', '5', '--urge', '2', '--on-track', '--point', '7'], /^fourpoint: --point expects 1, 2, 3 or 4, got "7"$/],
    [['--mood', '5', '--urge', '2', '--on-track', '--lapsed'], /^fourpoint: option '--on-track' cannot be used with option '--lapsed'$/],
    [['--mood', '5', '--urge', '2', '--on-track', '--learned', 'x'], /^fourpoint: --lapse-kind, --what-happened and --learned go with --lapsed$/],
    [['--mood', '5', '--urge', '2', '--on-track', '--colour', 'red'], /^fourpoint: unknown option '--colour'$/],
  ])('checkin %j', (args, message) => {
    const before = snapshot(home);
    const r = cli(home, ['checkin', ...args]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(message);
    expect(lines.length).toBeLessThanOrEqual(2); // the message, and at most one hint
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(r.stdout).toBe('');
    expect(snapshot(home)).toEqual(before);
  });

  it.each([
    [['--urge', '2', '--on-track'], 'How is your mood today', '--mood N (1-10)'],
    [['--mood', '5', '--on-track'], 'How strong was your strongest urge today', '--urge N (0-10)'],
    [['--mood', '5', '--urge', '2'], 'Did you stay on track today', '--on-track or --lapsed'],
  ])('with no terminal, a missing answer (%j) exits 2 naming the flag', (args, question, flag) => {
    const before = snapshot(home);
    const r = cli(home, ['checkin', ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`fourpoint: missing an answer for "${question}"\n  not at a terminal, so pass ${flag}\n`);
    expect(snapshot(home)).toEqual(before);
  });
});

it('bad input on a fresh machine creates no data folder files', () => {
  const r = cli(home, ['checkin', '--mood', '11', '--urge', '2', '--on-track']);
  expect(r.code).toBe(2);
  expect(snapshot(home)).toEqual({});
});
