// The README works as written: every command in its ```sh blocks is run, in order, in one empty data
// folder, with `fourpoint` being the CLI built here (bin/fourpoint.js). Skipped: lines marked
// `# needs a terminal` (they ask at the prompts). The npm lines are not run here (they install or run this
// very test suite): each must name an npm command or a script of package.json; .ci/run runs the set-up
// ones and test/integration/package.test.ts installs the package as `npm install -g` does.
// Files a person would bring (cba.json, my-sheet.yaml) are made from the shipped definitions' test
// answers first; the README's example id 3f2a stands for the newest check-in's id.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, cli, removeDir, tempDir } from '../helpers/cli.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
const lines = [...readme.matchAll(/^```sh\n([\s\S]*?)^```/gm)].flatMap((m) => m[1]!.split('\n')).filter((l) => l.trim() !== '');
const needsTerminal = (line: string) => /#\s*needs a terminal\s*$/.test(line);
const has = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;

let work: string;
const data = () => join(work, 'data');
beforeAll(() => {
  work = tempDir('fourpoint-readme-');
  copyFileSync(join(ROOT, 'test', 'fixtures', 'answers', 'cost-benefit-analysis.json'), join(work, 'cba.json'));
  const goals = readFileSync(join(ROOT, 'worksheets', 'goals.yaml'), 'utf8');
  writeFileSync(join(work, 'my-sheet.yaml'), goals.replace(/^id: .*$/m, 'id: my-sheet').replace(/^shortcut: .*\n/m, ''));
});
afterAll(() => removeDir(work));

/** The newest check-in's id, 8 characters, as `journal list` shows it (the README's 3f2a is one: it has a note). */
function newestId(): string {
  const entries = JSON.parse(cli(data(), ['journal', 'list', '--kind', 'checkin', '--json'], { cwd: work }).stdout || '[]') as { id: string }[];
  return entries.at(-1)?.id.slice(0, 8) ?? 'none-yet';
}

function run(line: string) {
  const shell = /#\s*zsh:/.test(line) ? 'zsh' : 'bash';
  const setup = shell === 'zsh' ? 'autoload -U compinit && compinit -u\n' : '';
  const script = `${setup}fourpoint() { "${process.execPath}" "${BIN}" "$@"; }\n${(/\b3f2a\b/.test(line) ? line.replace(/\b3f2a\b/g, newestId()) : line)}\n`;
  return spawnSync(shell, ['-c', script], {
    cwd: work,
    input: '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: work, FOURPOINT_HOME: data(), TZ: 'UTC', NO_COLOR: '1', EDITOR: 'true' },
    timeout: 30_000,
  });
}

describe('the README', () => {
  it('has commands to run, and marks only some as needing a terminal', () => {
    const fourpoint = lines.filter((l) => l.startsWith('fourpoint') || l.includes('fourpoint '));
    expect(fourpoint.length).toBeGreaterThan(30);
    expect(fourpoint.filter(needsTerminal).length).toBeLessThan(fourpoint.length / 3);
  });

  it('names only npm commands and scripts that exist, and says how to get fourpoint on the PATH', () => {
    const npmLines = lines.filter((l) => l.startsWith('npm '));
    for (const line of npmLines) {
      for (const [, run, name] of line.replace(/#.*$/, '').matchAll(/\bnpm (run )?([\w-]+)/g)) {
        if (run) expect(pkg.scripts, line).toHaveProperty(name!);
        else expect(['install', 'start', 'test', 'ci', 'link'], line).toContain(name);
        if (!run && (name === 'start' || name === 'test')) expect(pkg.scripts, line).toHaveProperty(name);
      }
    }
    expect(npmLines).toContain(npmLines.find((l) => /^npm install && npm start\b/.test(l)));
    expect(npmLines).toContain(npmLines.find((l) => /^npm install && npm test\b/.test(l)));
    expect(npmLines.some((l) => /^npm (install -g \.|link)(\s|$)/.test(l))).toBe(true);
  });

  const runnable = lines.filter((l) => !l.startsWith('npm ') && !needsTerminal(l));
  it.each(runnable.map((l, i) => [i + 1, l]))('command %i runs as written: %s', (_i, line) => {
    if (/#\s*zsh:/.test(line as string) && !has('zsh')) return;
    const r = run(line as string);
    expect(r.stderr, `${line}\n${r.stdout}`).not.toMatch(/^\s+at |Error:|command not found/m);
    expect(r.status, `${line}\n${r.stderr}`).toBe(0);
  });
});
