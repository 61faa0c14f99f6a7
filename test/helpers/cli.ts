// Spawns the built CLI (bin/fourpoint.js) with a temporary data folder, as a user would run it.
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'fourpoint.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function tempDir(prefix = 'fourpoint-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs `fourpoint ...args` with no TTY, NO_COLOR, and FOURPOINT_HOME set to `home`. */
export function cli(home: string, args: string[], options: { input?: string; env?: Record<string, string>; cwd?: string } = {}): CliResult {
  const spawnOptions: SpawnSyncOptions = {
    cwd: options.cwd ?? home,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: home, TZ: process.env.TZ ?? 'UTC', NO_COLOR: '1', FOURPOINT_HOME: home, ...options.env },
    timeout: 20_000,
  };
  const result = spawnSync(process.execPath, [BIN, ...args], spawnOptions);
  return { code: result.status ?? -1, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/**
 * Runs node with `args` (a script and its arguments) for the data folder `home`, killed with SIGKILL `ms`
 * after start; resolves with what it printed and its exit code (null when it was killed).
 */
export function killedAfter(args: string[], ms: number, home: string, env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string; code: number | null }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { env: { PATH: process.env.PATH, TZ: 'UTC', NO_COLOR: '1', FOURPOINT_HOME: home, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ stdout, stderr, code });
    });
  });
}
