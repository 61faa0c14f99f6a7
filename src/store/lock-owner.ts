// Who holds a lock, told apart from whoever has the same pid later. A pid alone is not enough: after a
// reboot, or in a container where every run is pid 1 or 7, the number written in an old lock belongs to
// some other live process, and a lock trusted on its pid alone would block every write for good.
// So a lock also records the boot (Linux: /proc/sys/kernel/random/boot_id), the process's start time
// (field 22 of /proc/<pid>/stat, in clock ticks since boot) and the host name.
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';

export interface LockOwner {
  pid: number;
  token: string;
  /** Empty in a lock written by an older fourpoint or on a system without /proc. */
  boot: string;
  start: string;
  host: string;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    return '';
  }
}

let bootId: string | undefined;
export function currentBoot(): string {
  return (bootId ??= readText('/proc/sys/kernel/random/boot_id'));
}

/** A process's start time in clock ticks after boot, or '' where /proc cannot tell (other systems, a gone pid). */
export function startTimeOf(pid: number): string {
  const stat = readText(`/proc/${pid}/stat`);
  // The command name (field 2) is in parentheses and may itself hold spaces or ')': count from the last ')'.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return stat ? (rest[22 - 3] ?? '') : '';
}

let self: string | undefined;
/** The lines after "<pid>\n<token>\n" that name this process: boot, start time, host. */
export function selfIdentity(): string {
  return (self ??= `${currentBoot()}\n${startTimeOf(process.pid)}\n${hostname()}\n`);
}

export function parseOwner(text: string): LockOwner {
  const [pid, token, boot, start, host] = text.split('\n');
  return { pid: Number(pid), token: token ?? '', boot: boot ?? '', start: start ?? '', host: host ?? '' };
}

export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Whether the process that wrote the lock may still be running. A lock from another host (a shared
 * folder) cannot be checked from here, so it counts as held; one from an earlier boot, or whose pid now
 * belongs to a process started at another time, is stale.
 */
export function ownerAlive(owner: Pick<LockOwner, 'pid' | 'boot' | 'start' | 'host'>): boolean {
  if (owner.host && owner.host !== hostname()) return true;
  if (owner.boot && currentBoot() && owner.boot !== currentBoot()) return false;
  if (!pidAlive(owner.pid)) return false;
  if (owner.pid === process.pid) return true;
  if (owner.start) {
    const now = startTimeOf(owner.pid);
    return !now || now === owner.start;
  }
  // A lock of an older fourpoint holds only a pid: a live process that is not Node cannot be its writer.
  const command = readText(`/proc/${owner.pid}/cmdline`);
  return !command || /node|fourpoint/.test(command);
}

/** The holder's command line, for a message ("fourpoint import big.json"), or '' when it cannot be read. */
export function commandOf(pid: number): string {
  const raw = readText(`/proc/${pid}/cmdline`);
  const words = raw.split('\0').filter(Boolean);
  // node /path/bin/fourpoint.js import x  →  fourpoint import x
  const bin = words.findIndex((w) => /fourpoint(\.js)?$/.test(w));
  const shown = bin >= 0 ? ['fourpoint', ...words.slice(bin + 1)] : words;
  return shown.join(' ').slice(0, 120);
}
