// The program as a whole: help and version, init, unknown commands, a damaged store, file modes.
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../../src/cli/context.js';
import { buildProgram } from '../../src/cli/program.js';
import { BIN, ROOT, cli, removeDir, tempDir } from '../helpers/cli.js';
import { snapshot } from '../helpers/files.js';
import { memoryIo } from '../helpers/memory-io.js';

let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

/** Every command path in the program, found by walking the commander tree (so a new command is covered). */
function commandPaths(cmd: Command, prefix: string[] = []): string[][] {
  return cmd.commands.filter((c) => c.name() !== 'help').flatMap((c) => [[...prefix, c.name()], ...commandPaths(c, [...prefix, c.name()])]);
}

describe('help and version', () => {
  const paths = [[], ...commandPaths(buildProgram(new App(memoryIo())))];

  it('walks more than the top level', () => {
    expect(paths).toEqual(expect.arrayContaining([['checkin'], ['init'], ['worksheet', 'fill'], ['journal', 'list']]));
  });

  it.each(paths.map((p) => [p.join(' ') || '(the program)', p]))('fourpoint %s --help has examples', (_name, path) => {
    const r = cli(home, [...(path as string[]), '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: fourpoint/);
    expect(r.stdout).toMatch(/\nExamples:\n {2}\$ fourpoint/);
    expect(snapshot(home)).toEqual({});
  });

  it("--version prints package.json's version", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-V']) {
      const r = cli(home, [flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${pkg.version}\n`);
    }
    expect(BIN.endsWith('fourpoint.js')).toBe(true);
  });

  it('says in one line that a clone is not built yet, rather than print a stack trace', () => {
    // The launcher and package.json without dist/, as in a fresh clone before npm run build.
    const clone = join(home, 'clone');
    cpSync(join(ROOT, 'bin'), join(clone, 'bin'), { recursive: true });
    cpSync(join(ROOT, 'package.json'), join(clone, 'package.json'));
    for (const args of [['status'], ['journal', 'list']]) {
      const r = spawnSync(process.execPath, [join(clone, 'bin', 'fourpoint.js'), ...args], { encoding: 'utf8', env: { ...process.env, FOURPOINT_HOME: home } });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe('fourpoint: the CLI is not built in this folder yet; run: npm run build\n');
    }
  });

  it('answers `fourpoint help <command>` with that command\'s help', () => {
    const r = cli(home, ['help', 'checkin']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: fourpoint checkin \[options\]/);
    expect(r.stdout).toContain('Examples:');
  });

  it('names an unknown command as such, with a suggestion', () => {
    const r = cli(home, ['chekin']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("fourpoint: unknown command 'chekin'\n(Did you mean checkin?)\n");
    const extra = cli(home, ['journal', 'list', 'extra']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toMatch(/^fourpoint: too many arguments for 'list'/);
  });
});

describe('init', () => {
  it('saves a profile from flags, and init --json prints it', () => {
    const r = cli(home, ['init', '--behaviour', 'alcohol', '--behaviour', 'gambling', '--start-date', '2026-11-01', '--why', 'my health', '--contact', 'Sam: 555 0100', '--contact', 'Alex']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^Saved your profile\. Changing alcohol and gambling since 2026-11-01\./);
    const shown = cli(home, ['init', '--json']);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toEqual({
      behaviours: ['alcohol', 'gambling'],
      startDate: '2026-11-01',
      why: 'my health',
      supportContacts: [{ name: 'Sam', phone: '555 0100' }, { name: 'Alex' }],
      graduation: {},
    });
    // Flags update one field and keep the rest.
    expect(cli(home, ['init', '--why', 'my family']).code).toBe(0);
    expect(JSON.parse(cli(home, ['init', '--json']).stdout)).toMatchObject({ behaviours: ['alcohol', 'gambling'], why: 'my family' });
  });

  it('with no profile and no terminal, names the flag to use', () => {
    const r = cli(home, ['init', '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('fourpoint: missing an answer for "What behaviour are you changing"\n  not at a terminal, so pass --behaviour NAME\n');
    expect(snapshot(home)).toEqual({});
  });
});

describe('the data folder', () => {
  beforeEach(() => {
    expect(cli(home, ['init', '--behaviour', 'alcohol', '--start-date', '2026-11-01']).code).toBe(0);
    expect(cli(home, ['checkin', '--mood', '6', '--urge', '1', '--on-track', '--date', '2026-11-02']).code).toBe(0);
  });

  it('is 0700 with files 0600', () => {
    const files = Object.keys(snapshot(home));
    // The day's first change also keeps a backup of what was there before it.
    const sorted = files.sort();
    // A check-in brings milestones up to date from each month's milestone facts, kept in cache/.
    // The backup lists the stamps of the files it holds (.sources.json), so the next one can share the unchanged.
    expect(sorted).toHaveLength(5);
    expect(sorted[0]).toMatch(/^backups\/\d{4}-\d{2}-\d{2}\/\.sources\.json$/);
    expect(sorted[1]).toMatch(/^backups\/\d{4}-\d{2}-\d{2}\/store\.json$/);
    expect(sorted.slice(2)).toEqual(['cache/milestones.json', 'entries/2026-11.json', 'store.json']);
    const backupDay = sorted[0]!.split('/')[1]!;
    for (const dir of ['', 'entries', 'cache', 'backups', `backups/${backupDay}`]) expect(statSync(join(home, dir)).mode & 0o777, dir).toBe(0o700);
    for (const f of files) expect(statSync(join(home, f)).mode & 0o777, f).toBe(0o600);
  });

  it.each([
    ['not JSON', '{"schemaVersion": 1, "profile": '],
    ['not what fourpoint expects', '{"schemaVersion": 1, "profile": {"behaviours": []}, "drafts": []}'],
  ])('a store.json that is %s makes every command exit 1 naming it, and is left unchanged', (_name, content) => {
    const main = join(home, 'store.json');
    writeFileSync(main, content);
    const before = snapshot(home);
    for (const args of [['journal', 'list'], ['checkin', '--mood', '5', '--urge', '1', '--on-track'], ['init', '--json'], ['worksheet', 'fill', 'cba', '--set', 'conclusion=x']]) {
      const r = cli(home, args);
      expect(r.code, args.join(' ')).toBe(1);
      expect(r.stderr.split('\n')[0]).toMatch(new RegExp(`^fourpoint: ${main.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} .*left untouched$`));
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(snapshot(home)).toEqual(before);
  });

  it('--data-dir wins over FOURPOINT_HOME', () => {
    const other = tempDir();
    try {
      const r = cli(home, ['--data-dir', other, 'checkin', '--mood', '6', '--urge', '1', '--on-track']);
      expect(r.code).toBe(0);
      expect(Object.keys(snapshot(other))).toContain('store.json');
      // FOURPOINT_HOME still holds only its own check-in (and the milestones it reached).
      expect(JSON.parse(cli(home, ['journal', 'list', '--json', '--kind', 'checkin']).stdout)).toHaveLength(1);
    } finally {
      removeDir(other);
    }
  });
});
