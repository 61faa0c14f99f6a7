// An Io for in-process tests: string buffers, a fixed clock, no terminal.
import { Readable } from 'node:stream';
import type { Io } from '../../src/io/io.js';

export interface MemoryIo extends Io {
  out(): string;
  err(): string;
}

export function memoryIo(options: { now?: string; env?: Record<string, string>; interactive?: boolean; color?: boolean } = {}): MemoryIo {
  let stdout = '';
  let stderr = '';
  const now = new Date(options.now ?? '2026-11-23T12:00:00');
  return {
    stdin: Readable.from([]),
    stdout: { write: (s: string) => ((stdout += s), true) },
    stderr: { write: (s: string) => ((stderr += s), true) },
    isInteractive: options.interactive ?? false,
    color: options.color ?? false,
    env: options.env ?? {},
    cwd: process.cwd(),
    now: () => now,
    sleep: async () => undefined,
    out: () => stdout,
    err: () => stderr,
  };
}
