// What a person installs is what is tested: `npm pack` of the built folder, installed with npm into a
// prefix of its own (offline: the tarball and npm's cache, which `npm ci` filled), and the installed
// `fourpoint` run from elsewhere, with nothing of this folder within reach.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, cli, removeDir, tempDir } from '../helpers/cli.js';

interface PackResult {
  filename: string;
  files: { path: string }[];
}

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> };
let work: string;
let packed: PackResult;
let installed: string;
let installLog: string;

/** npm with the machine's PATH and HOME (its cache) and none of the npm_* settings of an enclosing `npm test`. */
function npm(args: string[], cwd: string) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k)));
  return spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...env, NO_COLOR: '1' }, timeout: 240_000 });
}

beforeAll(() => {
  work = tempDir('fourpoint-pack-');
  // --ignore-scripts: `prepare` would rebuild dist/ under the other tests' feet; npm test built it already.
  const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], ROOT);
  expect(pack.status, pack.stderr).toBe(0);
  packed = (JSON.parse(pack.stdout) as PackResult[])[0]!;
  const prefix = join(work, 'prefix');
  const install = npm(['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', join(work, packed.filename)], work);
  installLog = install.stdout + install.stderr;
  expect(install.status, installLog).toBe(0);
  installed = join(prefix, 'bin', 'fourpoint');
}, 300_000);

afterAll(() => removeDir(work));

/** Every file under `dir` (relative to ROOT), as npm lists them. */
function filesUnder(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(ROOT.length + 1).split('\\').join('/'));
}

describe('the package', () => {
  it('holds every file the CLI runs or reads', () => {
    const paths = new Set(packed.files.map((f) => f.path));
    const needed = [
      'package.json',
      'README.md',
      ...Object.values(pkg.bin).map((p) => p.replace(/^\.\//, '')),
      ...filesUnder('bin'),
      ...filesUnder('dist/bundle').filter((p) => !p.includes('/.code-cache/') && !p.endsWith('/.npmignore')),
      'dist/worksheets.json',
      ...filesUnder('worksheets'),
      ...filesUnder('learn'),
    ];
    expect(needed.filter((p) => !paths.has(p))).toEqual([]);
  });

  it('holds no source, test, benchmark or cache file', () => {
    const unwanted = packed.files
      .map((f) => f.path)
      .filter((p) => /^(src|test|bench|scripts|docs|node_modules|coverage)\//.test(p) || /(^|\/)\.code-cache\/|\.tsbuildinfo$|(^|\/)\.built$|\.test\.|\.log$/.test(p) || (p.startsWith('dist/') && !p.startsWith('dist/bundle/') && p !== 'dist/worksheets.json'));
    expect(unwanted).toEqual([]);
  });

  it('installs without a warning from npm', () => {
    expect(installLog).not.toMatch(/\bwarn\b/i);
  });
});

describe('the installed fourpoint', () => {
  let home: string;
  let tempHome: string;
  beforeAll(() => {
    home = tempDir();
    tempHome = tempDir();
  });
  afterAll(() => {
    removeDir(home);
    removeDir(tempHome);
  });

  /** Runs the installed command from an empty folder, as someone would from their own. */
  const run = (...args: string[]) => {
    const r = spawnSync(installed, args, { cwd: home, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: home, FOURPOINT_HOME: join(home, 'data'), NO_COLOR: '1', TZ: 'UTC' }, timeout: 20_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it('is on the prefix PATH and answers --version', () => {
    expect(existsSync(installed)).toBe(true);
    expect(run('--version')).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('checks in from flags, then shows progress, the journal as Markdown, learn topics and the worksheets', () => {
    expect(run('init', '--behaviour', 'alcohol').code).toBe(0);
    const checkin = run('checkin', '--mood', '7', '--urge', '2', '--on-track', '--note', 'installed from the tarball');
    expect(checkin.code, checkin.stderr).toBe(0);
    const progress = run('progress');
    expect(progress.code, progress.stderr).toBe(0);
    expect(progress.stdout).toMatch(/on track/i);
    const md = run('export', '--format', 'md');
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toContain('installed from the tarball');
    // Topics and worksheets come from the installed package's learn/ and worksheets/.
    const learn = run('learn');
    expect(learn.code, learn.stderr).toBe(0);
    for (const topic of filesUnder('learn').map((p) => p.replace(/^learn\/|\.md$/g, ''))) expect(learn.stdout).toContain(topic);
    const list = run('worksheet', 'list', '--json');
    expect(list.code, list.stderr).toBe(0);
    // The same worksheets as the CLI built in this folder lists (which its own tests check against worksheets/).
    const ids = (out: string) => (JSON.parse(out) as { id: string }[]).map((w) => w.id);
    const here = cli(tempHome, ['worksheet', 'list', '--json']);
    expect(ids(here.stdout).length).toBeGreaterThan(0);
    expect(ids(list.stdout)).toEqual(ids(here.stdout));
    expect(run('status').code).toBe(0);
  });
});
