// Spawns the built CLI (bin/fourpoint.js) with a temporary data folder, as a user would run it.
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
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
