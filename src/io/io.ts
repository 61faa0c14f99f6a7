// Io: everything a command may touch of the outside world, passed in rather than imported.
// Tests build one with string buffers and a fixed clock (test/helpers/memory-io.ts).

export interface Writable {
  write(chunk: string): unknown;
}

export interface Io {
  stdin: NodeJS.ReadableStream;
  stdout: Writable & Partial<NodeJS.WritableStream>;
  stderr: Writable;
  /** Both ends are a terminal: prompts and animation are allowed. */
  isInteractive: boolean;
  /** Colour wanted on stdout (TTY, no NO_COLOR, no --no-color). */
  color: boolean;
  /** The terminal's width when stdout is one; undefined for a pipe or a file (the layout then uses 80). */
  columns?: number;
  env: Record<string, string | undefined>;
  cwd: string;
  now(): Date;
  /** Wait, cancellable; the urge timer uses it so tests can run it fast. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export function colorWanted(env: Record<string, string | undefined>, isTTY: boolean): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0';
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

/** A reader that stops early (fourpoint journal list | head) is not an error: the process just ends. */
export function endQuietlyOnClosedStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

export function processIo(): Io {
  endQuietlyOnClosedStdout();
  const isTTY = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  return {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    isInteractive: isTTY,
    color: colorWanted(process.env, Boolean(process.stdout.isTTY)),
    // Read when asked, so a terminal resized between screens is laid out at its new width.
    get columns() {
      return process.stdout.isTTY ? process.stdout.columns : undefined;
    },
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    sleep: (ms, signal) =>
      new Promise<void>((resolve) => {
        if (signal?.aborted) return resolve();
        // The listener goes when the tick ends: the urge timer sleeps once a second on one signal, and
        // listeners left behind pile up (Node warns at 11, MaxListenersExceededWarning).
        const done = () => {
          clearTimeout(timer);
          signal?.removeEventListener('abort', done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
      }),
  };
}
