// Tab completion as a shell does it: the script from `fourpoint completion bash` is loaded into bash,
// COMP_WORDS/COMP_CWORD are set as bash sets them at a Tab, and the candidates are what _fourpoint
// leaves in COMPREPLY. Expected commands, options, worksheet ids and topics come from the program and
// the shipped files, never from a list written here.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
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

const program = buildProgram(new App(memoryIo()));
const visible = (cmd: Command) => cmd.commands.filter((c) => !(c as unknown as { _hidden: boolean })._hidden);
const sub = (cmd: Command, name: string) => cmd.commands.find((c) => c.name() === name)!;

/** The shipped worksheets a person fills (what `worksheet list` shows): ids and shortcuts, from the YAML. */
function shippedWorksheetWords(): string[] {
  const dir = join(ROOT, 'worksheets');
  const words = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => parse(readFileSync(join(dir, f), 'utf8')) as { id: string; kind?: string; hidden?: boolean; shortcut?: string })
    .filter((d) => !d.hidden && ['worksheet', 'urge'].includes(d.kind ?? 'worksheet')) // kind defaults to worksheet (src/worksheets/definition.ts)
    .flatMap((d) => [d.id, ...(d.shortcut ? [d.shortcut] : [])]);
  return [...new Set(words)]; // a shortcut may be the id itself (abc, deads)
}

const learnTopics = () => readdirSync(join(ROOT, 'learn')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));

/** COMPREPLY after a Tab with the cursor at the end of the last word (bash's own word split is given). */
function tab(words: string[], dataDir = home): { candidates: string[]; stderr: string } {
  const script = [
    `fourpoint() { "${process.execPath}" "${BIN}" "$@"; }`,
    'eval "$(fourpoint completion bash)"',
    'COMP_WORDS=(fourpoint "$@"); COMP_CWORD=$#',
    'COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}',
    '_fourpoint',
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  const r = spawnSync('bash', ['-c', script, 'bash', ...words], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: dataDir, FOURPOINT_HOME: dataDir, NO_COLOR: '1', TZ: 'UTC' },
    timeout: 20_000,
  });
  expect(r.status).toBe(0);
  return { candidates: r.stdout.split('\n').filter(Boolean), stderr: r.stderr };
}

const sorted = (xs: string[]) => [...xs].sort();

describe('fourpoint completion bash', () => {
  it('offers every command at the start, and no hidden one', () => {
    const { candidates, stderr } = tab(['']);
    expect(sorted(candidates)).toEqual(sorted(visible(program).map((c) => c.name())));
    expect(candidates).not.toContain('__complete');
    expect(stderr).toBe('');
  });

  it('completes a partly typed command and the subcommands of a noun', () => {
    expect(tab(['chec']).candidates).toEqual(['checkin']);
    expect(sorted(tab(['journal', '']).candidates)).toEqual(sorted(visible(sub(program, 'journal')).map((c) => c.name())));
    expect(sorted(tab(['worksheet', '']).candidates)).toEqual(sorted(visible(sub(program, 'worksheet')).map((c) => c.name())));
  });

  it("offers a command's options, its own and the program's", () => {
    const checkin = sub(program, 'checkin');
    const own = checkin.options.map((o) => o.long!).filter((l) => l.startsWith('--'));
    const { candidates } = tab(['checkin', '--']);
    expect(candidates).toEqual(expect.arrayContaining([...own, '--data-dir', '--help']));
    expect(tab(['checkin', '--mo']).candidates).toEqual(own.filter((l) => l.startsWith('--mo')));
  });

  it('offers the shipped worksheets and their shortcuts after worksheet fill, show and history', () => {
    const expected = shippedWorksheetWords();
    expect(expected.length).toBeGreaterThan(10);
    for (const verb of ['fill', 'show', 'history']) expect(sorted(tab(['worksheet', verb, '']).candidates)).toEqual(sorted(expected));
    const first = expected[0]!;
    expect(tab(['worksheet', 'fill', first.slice(0, first.length - 1)]).candidates).toContain(first);
    expect(sorted(tab(['journal', 'list', '--worksheet', '']).candidates)).toEqual(sorted(expected));
  });

  it('offers a worksheet of your own from the data folder', () => {
    const mine = join(home, 'worksheets');
    mkdirSync(mine, { recursive: true });
    writeFileSync(join(mine, 'sleep-log.yaml'), 'id: sleep-log\nversion: 1\ntitle: Sleep log\npoint: 4\nsummary: How you slept.\nfields:\n  - id: hours\n    type: number\n    label: Hours slept\n');
    const { candidates, stderr } = tab(['worksheet', 'fill', 'sl']);
    expect(stderr).toBe('');
    expect(candidates).toEqual(['sleep-log']);
  });

  it('offers the learn topics, from learn/*.md', () => {
    expect(sorted(tab(['learn', '']).candidates)).toEqual(sorted(learnTopics()));
  });

  it('offers journal ids, as journal list shows them, from --data-dir when given', () => {
    for (const mood of ['4', '7']) expect(cli(home, ['checkin', '--mood', mood, '--urge', '1', '--on-track', '--add']).code).toBe(0);
    const ids = (JSON.parse(cli(home, ['journal', 'list', '--json']).stdout) as { id: string }[]).map((e) => e.id.slice(0, 8));
    expect(ids).toHaveLength(2);
    for (const verb of ['show', 'edit', 'delete']) expect(sorted(tab(['journal', verb, '']).candidates)).toEqual(sorted(ids));
    expect(tab(['journal', 'show', ids[0]!.slice(0, 6)]).candidates).toContain(ids[0]);
    // Elsewhere by default, here by --data-dir: the ids come from the folder the command would read.
    const empty = tempDir();
    try {
      expect(tab(['journal', 'show', ''], empty).candidates).toEqual([]);
      expect(sorted(tab(['--data-dir', home, 'journal', 'show', ''], empty).candidates)).toEqual(sorted(ids));
    } finally {
      removeDir(empty);
    }
  });

  it('offers the choices of an option, typed apart or after = (bash splits --format=)', () => {
    const format = sub(program, 'export').options.find((o) => o.long === '--format')!;
    expect(format.argChoices?.length).toBeGreaterThan(1);
    expect(sorted(tab(['export', '--format', '']).candidates)).toEqual(sorted(format.argChoices!));
    expect(sorted(tab(['export', '--format', '=', '']).candidates)).toEqual(sorted(format.argChoices!));
    expect(tab(['export', '--format', '=', format.argChoices![0]!.slice(0, 1)]).candidates).toContain(format.argChoices![0]);
  });

  it('leaves file names to the shell where a file is wanted, and offers nothing after free text', () => {
    expect(tab(['import', '']).candidates).toEqual([]);
    expect(cli(home, ['__complete', '--', 'import', '']).stdout).toBe('__files__\n');
    expect(cli(home, ['__complete', '--', 'export', '--out', '']).stdout).toBe('__files__\n');
    expect(tab(['checkin', '--note', '']).candidates).toEqual([]);
  });

  it('never asks for a passphrase, writes nothing, and stays quiet on a damaged or encrypted folder', () => {
    expect(cli(home, ['checkin', '--mood', '5', '--urge', '1', '--on-track']).code).toBe(0);
    const month = readdirSync(join(home, 'entries'))[0]!;
    writeFileSync(join(home, 'entries', month), '{ not json');
    const before = snapshot(home);
    const broken = tab(['journal', 'show', '']);
    expect(broken).toEqual({ candidates: [], stderr: '' });
    expect(snapshot(home)).toEqual(before);

    const locked = tempDir();
    try {
      const env = { FOURPOINT_PASSPHRASE: 'correct horse battery staple' };
      expect(cli(locked, ['checkin', '--mood', '5', '--urge', '1', '--on-track'], { env }).code).toBe(0);
      expect(cli(locked, ['config', 'set', 'encryption', 'on'], { env }).code).toBe(0);
      expect(tab(['journal', 'show', ''], locked)).toEqual({ candidates: [], stderr: '' });
      expect(tab(['worksheet', 'fill', 'cb'], locked).candidates).toEqual(['cba']);
    } finally {
      removeDir(locked);
    }
  });

  it('offers words with shell metacharacters as plain candidates, never running them', () => {
    const marker = join(home, 'ran');
    const hostile = ['$(touch ' + marker + ')', '`touch ' + marker + '`', "'; touch " + marker + ' #'];
    for (const word of hostile) {
      expect(tab(['learn', word]).candidates).toEqual([]);
      expect(tab(['journal', 'show', word]).candidates).toEqual([]);
    }
    expect(readdirSync(home)).not.toContain('ran');
  });

  it('prints the scripts for zsh and fish, and refuses another shell', () => {
    for (const shell of ['zsh', 'fish']) {
      const r = cli(home, ['completion', shell]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('fourpoint __complete --');
    }
    const bad = cli(home, ['completion', 'ksh']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bash, zsh, fish/);
  });
});

const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

describe.runIf(has('fish'))('fourpoint completion fish', () => {
  it("offers worksheet ids through fish's own completion", () => {
    const script = cli(home, ['completion', 'fish']).stdout;
    const file = join(home, 'fourpoint.fish');
    writeFileSync(file, script);
    const r = spawnSync('fish', ['--no-config', '-c', `function fourpoint; "${process.execPath}" "${BIN}" $argv; end; source ${file}; complete -C 'fourpoint worksheet fill '`], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: home, FOURPOINT_HOME: home, NO_COLOR: '1' },
      timeout: 20_000,
    });
    expect(r.stderr).toBe('');
    expect(sorted(r.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]!))).toEqual(sorted(shippedWorksheetWords()));
  });
});

describe.runIf(has('zsh'))('fourpoint completion zsh', () => {
  it('is a script zsh parses', () => {
    const file = join(home, '_fourpoint');
    writeFileSync(file, cli(home, ['completion', 'zsh']).stdout);
    const r = spawnSync('zsh', ['-n', file], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
