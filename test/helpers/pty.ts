// Drives the real CLI in a pseudo-terminal: type keys, wait for text on screen, read the transcript.
import { spawn, type IPty } from '@lydell/node-pty';
import { BIN } from './cli.js';

export const KEY = {
  enter: '\r',
  up: '\u001b[A',
  down: '\u001b[B',
  space: ' ',
  ctrlC: '\u0003',
  backspace: '\u007f',
} as const;

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[()][0-9A-Za-z]|\u001b[=>]|\u001b\][^\u0007]*\u0007/g;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

export interface PtySession {
  /** Everything printed so far, colours and cursor moves removed. */
  readonly output: () => string;
  /** Everything printed so far, exactly as the terminal received it. */
  readonly raw: () => string;
  type(text: string): void;
  /** Waits until `pattern` appears in output printed after the last successful wait. */
  waitFor(pattern: string | RegExp, timeoutMs?: number): Promise<void>;
  /** Waits for the pattern, then types the answer. */
  answer(pattern: string | RegExp, keys: string): Promise<void>;
  exit(): Promise<number>;
  kill(): void;
}

export function startPty(args: string[], env: Record<string, string>, size = { cols: 100, rows: 40 }): PtySession {
  let raw = '';
  let seen = 0;
  let exitCode: number | undefined;
  const exitWaiters: ((code: number) => void)[] = [];
  const term: IPty = spawn(process.execPath, [BIN, ...args], {
    name: 'xterm-256color',
    cols: size.cols,
    rows: size.rows,
    cwd: env.FOURPOINT_HOME ?? process.cwd(),
    env: { PATH: process.env.PATH ?? '', HOME: env.FOURPOINT_HOME ?? '', TZ: process.env.TZ ?? 'UTC', TERM: 'xterm-256color', ...env },
  });
  term.onData((d) => {
    raw += d;
  });
  term.onExit(({ exitCode: status, signal }) => {
    // As a shell reports it: a process ended by a signal (Ctrl-C between two prompts is SIGINT) exits 128 + its number.
    const code = signal ? 128 + signal : status;
    exitCode = code;
    for (const w of exitWaiters.splice(0)) w(code);
  });
  const output = () => stripAnsi(raw);
  const session: PtySession = {
    output,
    raw: () => raw,
    type: (text) => term.write(text),
    waitFor: (pattern, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const started = Date.now();
        const poll = () => {
          const text = output();
          const rest = text.slice(seen);
          const match = typeof pattern === 'string' ? rest.indexOf(pattern) : rest.search(pattern);
          if (match >= 0) {
            seen += match + 1;
            return resolve();
          }
          if (exitCode !== undefined) return reject(new Error(`process exited (${exitCode}) before ${String(pattern)} appeared. Output:\n${text}`));
          if (Date.now() - started > timeoutMs) return reject(new Error(`timed out waiting for ${String(pattern)}. Output:\n${text}`));
          setTimeout(poll, 20);
        };
        poll();
      }),
    async answer(pattern, keys) {
      await session.waitFor(pattern);
      term.write(keys);
    },
    exit: () => (exitCode !== undefined ? Promise.resolve(exitCode) : new Promise((resolve) => exitWaiters.push(resolve))),
    kill: () => term.kill(),
  };
  return session;
}

/** At the check-in's triggers and coping questions: ticks nothing and adds nothing of one's own. */
export async function skipTriggersAndCoping(pty: PtySession): Promise<void> {
  await pty.waitFor('set off urges');
  pty.type(KEY.enter);
  await pty.answer('Anything else', KEY.enter);
  await pty.waitFor('helped you cope');
  pty.type(KEY.enter);
  await pty.answer('Anything else', KEY.enter);
}
