// The first check-in of a day (the one that makes the day's backup), timed for two builds in turn with
// `node -e 0`, at 50,000 entries; figures in bench/BACKUP-NOTES.md.
// Usage: node bench/first-checkin.mjs [--runs 11] [--before /work/main/bin/fourpoint.js] [--after bin/fourpoint.js] [--only after,after-later]
// Cases: before/after: yesterday's backup is the newest (made by that build); *-later: today's exists (no backup);
// after-week: seven days of backups, so the day's first write also deletes the oldest; after-upgrade: yesterday's
// backup made by the before build (no stamps); before-full/after-full: no backup at all (every file copied).
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureStore } from './synthetic.mjs';
import { median, timed } from './timing.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('--runs', '11'));
const bins = { before: arg('--before', '/work/main/bin/fourpoint.js'), after: arg('--after', join(root, 'bin', 'fourpoint.js')) };
const cases = arg('--only', 'before,after,before-later,after-later').split(',');
const today = new Date().toISOString().slice(0, 10);
const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const args = ['checkin', '--mood', '6', '--urge', '3', '--on-track', '--note', 'bench', '--add'];
const binOf = (k) => bins[k.split('-')[0]];

function once(argv, env = {}) {
  const r = timed(argv, env);
  if (r.status !== 0) throw new Error(`${argv.join(' ')}: ${r.stderr}`);
  return { ms: r.ms, cpu: r.cpuMs, mb: r.rssMb };
}

const store = join(root, 'bench', '.stores', '50000');
await ensureStore(root, store, 50000, today);
const homes = {};
for (const k of cases) {
  const home = join(root, 'bench', '.stores', `first-${k}`);
  rmSync(home, { recursive: true, force: true });
  cpSync(store, home, { recursive: true });
  // The first check-in on the synthetic store records the history's milestones, rewriting every month: done
  // before yesterday's backup is made, as in a store in daily use. That backup is made by the build itself.
  once([binOf(k), ...args], { FOURPOINT_HOME: home });
  rmSync(join(home, 'backups'), { recursive: true, force: true });
  once([k.endsWith('-upgrade') ? bins.before : binOf(k), ...args], { FOURPOINT_HOME: home });
  renameSync(join(home, 'backups', today), join(home, 'backups', yesterday));
  if (k.endsWith('-week')) for (let d = 2; d <= 7; d++) spawnSync('cp', ['-al', join(home, 'backups', yesterday), join(home, 'backups', `2000-01-0${d}`)]);
  homes[k] = home;
}
const prepare = (k) => {
  if (k.endsWith('-later')) return;
  rmSync(join(homes[k], 'backups', k.endsWith('-full') ? '' : today), { recursive: true, force: true });
  if (k.endsWith('-week')) spawnSync('cp', ['-al', join(homes[k], 'backups', yesterday), join(homes[k], 'backups', '2000-01-01')]);
};
const res = { node: [] };
for (const k of cases) {
  res[k] = [];
  prepare(k);
  once([binOf(k), ...args], { FOURPOINT_HOME: homes[k] }); // warm the file cache
}
for (let i = 0; i < runs; i++) {
  for (const k of cases) {
    res.node.push(once(['-e', '0']));
    prepare(k);
    res[k].push(once([binOf(k), ...args], { FOURPOINT_HOME: homes[k] }));
  }
}
const base = median(res.node.map((r) => r.ms));
const baseCpu = median(res.node.map((r) => r.cpu));
console.log(`node -e 0: ${base.toFixed(0)} ms wall, ${baseCpu.toFixed(0)} ms cpu (median of ${res.node.length}); load ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
for (const k of cases) {
  const ms = median(res[k].map((r) => r.ms));
  const cpu = median(res[k].map((r) => r.cpu));
  console.log(`${k.padEnd(14)} ${ms.toFixed(0).padStart(5)} ms = ${(ms / base).toFixed(2)}x wall; cpu ${cpu.toFixed(0)} ms = ${(cpu / baseCpu).toFixed(2)}x; peak ${Math.max(...res[k].map((r) => r.mb)).toFixed(0)} MB`);
}
for (const k of cases) rmSync(homes[k], { recursive: true, force: true });
