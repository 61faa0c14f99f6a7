// One timed process, as every bench script times it: wall milliseconds from here, CPU milliseconds (user +
// system) and peak resident memory from /usr/bin/time (where it is missing, those are NaN).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const TIME = '/usr/bin/time';

/** Runs `node ...argv`; output stays bytes (decoding an export's 20 MB here took 8 ms of the timed window). */
export function timed(argv, env = {}) {
  const useTime = existsSync(TIME);
  const started = process.hrtime.bigint();
  const r = spawnSync(useTime ? TIME : process.execPath, useTime ? ['-f', '%U %S %M', process.execPath, ...argv] : argv, {
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 1 << 30,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const lines = r.stderr.toString('utf8').trim().split('\n');
  const [user, system, kb] = useTime ? lines.pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { ms, cpuMs: (user + system) * 1000, rssMb: kb / 1024, status: r.status, stdout: r.stdout, stderr: lines.join('\n') };
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
