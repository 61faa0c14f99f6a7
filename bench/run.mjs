// npm run bench: times whole fourpoint processes against bare `node -e 0`, measured in the same run.
// Writes a Markdown table to bench/RESULTS.md. Usage: node bench/run.mjs [--runs 7] [--sizes 1000,10000,50000] [--only report] [--out FILE]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureStore } from './synthetic.mjs';
import { median, timed } from './timing.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'fourpoint.js');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('--runs', '7'));
const sizes = arg('--sizes', '1000,10000,50000').split(',').map(Number);
const today = new Date().toISOString().slice(0, 10);
const OUT_FILE = join(root, 'bench', '.stores', 'export.out');
/** Peak resident memory every command must stay under, at every size (MB). */
const MEMORY_TARGET_MB = 100;

const help = (args) => spawnSync(process.execPath, [bin, ...args, '--help'], { encoding: 'utf8' });
const listed = help([]).stdout;
const has = (args) => args.length === 0 || new RegExp(`^  ${args[0]}\\b`, 'm').test(listed);
const checkinFlags = /--add\b/.test(help(['checkin']).stdout) ? ['--add'] : [];

const commands = [
  { name: '--version', args: ['--version'], target: 1.5 },
  { name: 'status', args: ['status'], target: 1.5, okCodes: [0, 1] },
  { name: 'checkin (write)', args: ['checkin', '--mood', '6', '--urge', '3', '--on-track', '--note', 'bench', ...checkinFlags], target: 2.5, write: true },
  { name: 'journal list --since', args: ['journal', 'list', '--since', '30 days ago'], target: 4 },
  { name: 'progress --json', args: ['progress', '--json'], target: 4 },
  // The first progress after the cache is gone (or every month changed): all months read and summarized.
  { name: 'progress --json, no cache', args: ['progress', '--json'], before: (home) => rmSync(join(home, 'cache'), { recursive: true, force: true }) },
  { name: 'export --format md', args: ['export', '--format', 'md'], target: 6 },
  // To a file: written into a temporary file and renamed into place, as a person keeps a copy.
  { name: 'export --format md --out', args: ['export', '--format', 'md', '--out', OUT_FILE], target: 6, before: () => rmSync(OUT_FILE, { force: true }) },
  { name: 'export --format json --out', args: ['export', '--format', 'json', '--out', OUT_FILE], target: 6, before: () => rmSync(OUT_FILE, { force: true }) },
  { name: 'export --format csv', args: ['export', '--format', 'csv'], target: 6 },
  // A word in 1 entry of 4 (every DEADS plan's "Play guitar"): 12,691 entries found at 50,000, the hard case.
  { name: 'journal search', args: ['journal', 'search', 'guitar'], target: 3 },
  // A word in 1 entry of 20 (a check-in's note "Grateful for my sister."), as a person looks for a name or a day.
  { name: 'journal search, 1 entry in 20', args: ['journal', 'search', 'sister'], target: 3 },
  { name: 'journal list (everything)', args: ['journal', 'list'] },
  // The first write of a day makes that day's backup. The store holds yesterday's (a full copy), not today's.
  { name: 'checkin, first of the day', args: ['checkin', '--mood', '6', '--urge', '3', '--on-track', '--note', 'bench', ...checkinFlags], target: 2, write: true, firstOfDay: true },
  // A year's report (HTML with its SVG charts) to stdout; its target (4x) is for 10k entries, not 50k.
  { name: 'report --since 1y', args: ['report', '--since', '1y', '--out', '-'], target: 4 },
]
  .filter((c) => has(c.args.slice(0, c.args[0].startsWith('-') ? 0 : 1)))
  // --only report: time only the commands whose name starts with one of these (comma-separated).
  .filter((c) => !arg('--only') || arg('--only').split(',').some((o) => c.name.startsWith(o)));

/**
 * Leaves the store as it is in daily use before the day's first write: the history's milestones recorded (the
 * first check-in on a synthetic store records them, rewriting every month) and one backup, yesterday's, made by
 * fourpoint itself (a full copy, with the stamps the next backup compares against), not today's.
 */
function yesterdaysBackupOnly(home, args) {
  const backups = join(home, 'backups');
  const checkin = () => spawnSync(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1', FOURPOINT_HOME: home } });
  checkin();
  rmSync(backups, { recursive: true, force: true });
  checkin();
  renameSync(join(backups, today), join(backups, new Date(Date.now() - 86_400_000).toISOString().slice(0, 10)));
}

/** Runs the command and the baseline in turns, so both see the same machine load. */
function measure(argv, env, okCodes = [0], before = () => {}) {
  before();
  timed(argv, env); // warm the file cache
  const samples = [];
  const base = [];
  for (let i = 0; i < runs; i++) {
    base.push(timed(['-e', '0'], {}).ms);
    before();
    const s = timed(argv, env);
    if (!okCodes.includes(s.status)) throw new Error(`${argv.join(' ')} exited ${s.status}: ${s.stderr}`);
    samples.push(s);
  }
  return { ms: median(samples.map((s) => s.ms)), baseline: median(base), rssMb: Math.max(...samples.map((s) => s.rssMb)) };
}

const rows = [];
for (const size of sizes) {
  const store = join(root, 'bench', '.stores', String(size));
  await ensureStore(root, store, size, today);
  const work = `${store}-work`;
  for (const c of commands) {
    // Writes go to a copy, so every size starts each command from the same store.
    if (c.write) {
      rmSync(work, { recursive: true, force: true });
      cpSync(store, work, { recursive: true });
    }
    const home = c.write ? work : store;
    if (c.firstOfDay) yesterdaysBackupOnly(home, c.args);
    const before = c.firstOfDay ? () => rmSync(join(home, 'backups', today), { recursive: true, force: true }) : () => c.before?.(home);
    const r = measure([bin, ...c.args], { FOURPOINT_HOME: home }, c.okCodes, before);
    rows.push({ size, name: c.name, ms: r.ms, ratio: r.ms / r.baseline, rssMb: r.rssMb, target: c.target, baseline: r.baseline });
    process.stderr.write(`${String(size).padStart(6)}  ${c.name.padEnd(30)} ${r.ms.toFixed(0).padStart(6)} ms  ${(r.ms / r.baseline).toFixed(2)}x node  ${r.rssMb.toFixed(0)} MB\n`);
  }
  rmSync(work, { recursive: true, force: true });
}

const largest = Math.max(...sizes);
const smallest = Math.min(...sizes);
const lines = [
  '# Benchmark results',
  '',
  `Measured ${new Date().toISOString()} on Node ${process.version}, ${runs} runs each (median), after one warm-up run.`,
  'Ratio: the command\'s median wall time over the median of `node -e 0` runs taken in turn with it. Memory: peak resident set of the process.',
  '`progress --json` reads the month summaries an earlier run kept in `cache/`; the "no cache" row deletes them before each run.',
  '',
  `| entries | command | median ms | node -e 0 ms | ratio | target at ${largest >= 1000 ? `${largest / 1000}k` : largest} | peak MB | memory (≤ ${MEMORY_TARGET_MB} MB) |`,
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows.map((r) => `| ${r.size} | ${r.name} | ${r.ms.toFixed(0)} | ${r.baseline.toFixed(0)} | ${r.ratio.toFixed(2)} | ${r.size === largest && r.target ? `${r.target}x ${r.ratio <= r.target ? 'met' : 'missed'}` : ''} | ${r.rssMb.toFixed(0)} | ${r.rssMb <= MEMORY_TARGET_MB ? 'met' : 'missed'} |`),
  '',
  `Growth from ${smallest} to ${largest} entries (time at ${largest} over time at ${smallest}):`,
  '',
  '| command | growth | entries grew |',
  '| --- | ---: | ---: |',
  ...commands.map((c) => {
    const a = rows.find((r) => r.size === smallest && r.name === c.name);
    const b = rows.find((r) => r.size === largest && r.name === c.name);
    return `| ${c.name} | ${(b.ms / a.ms).toFixed(2)}x | ${(largest / smallest).toFixed(0)}x |`;
  }),
  '',
];
const missed = rows.filter((r) => (r.size === largest && r.target && r.ratio > r.target) || r.rssMb > MEMORY_TARGET_MB);
process.stderr.write(missed.length === 0 ? 'every target met\n' : `targets missed: ${missed.map((r) => `${r.name} at ${r.size} (${r.ratio.toFixed(2)}x, ${r.rssMb.toFixed(0)} MB)`).join('; ')}\n`);
const out = arg('--out', join(root, 'bench', 'RESULTS.md'));
// The build and start-up figures (bench/build.mjs) are a section of their own, kept.
const previous = existsSync(out) ? readFileSync(out, 'utf8') : '';
const buildSection = previous.indexOf('\n## Build and start');
writeFileSync(out, lines.join('\n') + (buildSection >= 0 ? `\n${previous.slice(buildSection + 1)}` : ''));
process.stderr.write(`wrote ${out}\n`);
