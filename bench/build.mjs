// npm run bench:build: how long `npm run build` and `npm start -- --version` take here, as wall time and
// as CPU time (user + system, which the load of other processes on the machine changes less), medians of
// --runs runs. Writes the section "## Build and start" of bench/RESULTS.md (bench/run.mjs keeps it).
// Usage: node bench/build.mjs [--runs 5] [--label "after"] [--out FILE]
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('--runs', '5'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** One process under /usr/bin/time: wall ms and CPU ms (user + system, children included). */
function once(argv) {
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', ...argv], { cwd: root, encoding: 'utf8', env: { ...process.env, FOURPOINT_BUILD_QUIET: '1' } });
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed:\n${r.stderr}`);
  const [user, sys] = r.stderr.trim().split('\n').at(-1).split(' ').map(Number);
  return { wall, cpu: (user + sys) * 1000 };
}

function measure(argv) {
  once(argv); // warm the file cache
  const samples = Array.from({ length: runs }, () => once(argv));
  return { wall: median(samples.map((s) => s.wall)), cpu: median(samples.map((s) => s.cpu)) };
}

const rows = [
  ['npm run build', ['npm', 'run', '-s', 'build']],
  ['npm start -- --version', ['npm', 'start', '-s', '--', '--version']],
  ['node bin/fourpoint.js --version', [process.execPath, 'bin/fourpoint.js', '--version']],
  ['node -e 0', [process.execPath, '-e', '0']],
].map(([name, argv]) => ({ name, ...measure(argv) }));
const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

const section = [
  '## Build and start',
  '',
  `Measured ${new Date().toISOString()} by bench/build.mjs (${arg('--label', 'this build')}), Node ${process.version}, ${runs} runs each (median), load average ${load} on 2 cores.`,
  '',
  '| command | wall ms | CPU ms (user + system) |',
  '| --- | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${Math.round(r.wall)} | ${Math.round(r.cpu)} |`),
  '',
].join('\n');

const file = arg('--out', join(root, 'bench', 'RESULTS.md'));
const before = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmark results\n';
const at = before.indexOf('\n## Build and start');
const kept = at >= 0 ? before.slice(0, at + 1) : `${before.trimEnd()}\n\n`;
writeFileSync(file, kept + section);
console.log(section);
