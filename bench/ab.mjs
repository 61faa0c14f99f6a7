// Times two ways of running the same command in turn (A, B, and `node -e 0` as the baseline), so all three
// see the same machine load, reporting wall and CPU time; used to measure what a piece of speed machinery earns (bench/RESULTS.md).
// Usage: node bench/ab.mjs --runs 11 --home STORE --a "ENV=1 bin/fourpoint.js export" --b "bin/other.js export"
// A side is a command line: leading NAME=value words are its environment, the rest its arguments to node.
import { median, timed } from './timing.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const runs = Number(arg('--runs', '11'));
const home = arg('--home');

function side(line) {
  const words = line.split(' ').filter(Boolean);
  const env = {};
  while (words.length > 0 && /^[A-Z_]+=/.test(words[0])) {
    const [name, ...value] = words.shift().split('=');
    env[name] = value.join('=');
  }
  return { env, argv: words };
}

function once({ env, argv }) {
  const r = timed(argv, { ...(home ? { FOURPOINT_HOME: home } : {}), ...env });
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { ms: r.ms, cpu: r.cpuMs, mb: r.rssMb, out: r.stdout };
}

const a = side(arg('--a'));
const b = side(arg('--b'));
const base = side('-e 0');
const first = [once(a), once(b)]; // warm the file cache (and the code cache)
const same = Buffer.compare(first[0].out, first[1].out) === 0;
const t = { a: [], b: [], base: [] };
const cpu = { a: [], b: [], base: [] };
const mb = { a: 0, b: 0 };
for (let i = 0; i < runs; i++) {
  const zero = once(base);
  t.base.push(zero.ms);
  cpu.base.push(zero.cpu);
  for (const k of i % 2 === 0 ? ['a', 'b'] : ['b', 'a']) {
    const r = once(k === 'a' ? a : b);
    t[k].push(r.ms);
    cpu[k].push(r.cpu);
    mb[k] = Math.max(mb[k], r.mb);
  }
}
const [ma, mbb, m0] = [median(t.a), median(t.b), median(t.base)];
const [ca, cb, c0] = [median(cpu.a), median(cpu.b), median(cpu.base)];
console.log(
  JSON.stringify({
    a: { ms: Math.round(ma), ratio: +(ma / m0).toFixed(2), peakMb: Math.round(mb.a) },
    b: { ms: Math.round(mbb), ratio: +(mbb / m0).toFixed(2), peakMb: Math.round(mb.b) },
    baselineMs: Math.round(m0),
    bSavesPercent: +((100 * (ma - mbb)) / ma).toFixed(1),
    // CPU time (user + system) moves less than wall time when other work shares the machine.
    cpuMs: { a: Math.round(ca), b: Math.round(cb), baseline: Math.round(c0) },
    bSavesCpuPercent: +((100 * (ca - cb)) / ca).toFixed(1),
    sameOutput: same,
    runs,
  }),
);
