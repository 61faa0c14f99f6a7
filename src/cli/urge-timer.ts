// The urge-surfing countdown. At a terminal: one line redrawn each second, guidance above it, Enter or s
// to stop early. Not at a terminal: plain lines, one per step, no cursor movement. Time passes through
// io.sleep, so tests run it fast.
import { screenWidth, wrap } from '../ui/layout.js';
import { CancelledError } from '../errors.js';
import type { Io } from '../io/io.js';
import type { Theme } from '../ui/theme.js';
import { SURFING_STEPS } from '../ui/urge-text.js';

/** Ctrl-C during the countdown: a cancel that knows how long the person had surfed, so a draft can keep it. */
export class TimerCancelled extends CancelledError {
  constructor(readonly elapsed: number) {
    super();
  }
}

export interface TimerResult {
  /** Seconds that passed before the end or the skip. */
  elapsed: number;
  skipped: boolean;
}

function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
}

/** Which guidance step belongs at second `t` of `total`: the steps spread evenly over the session. */
export function stepAt(t: number, total: number, steps = SURFING_STEPS.length): number {
  if (total <= 0) return 0;
  return Math.min(steps - 1, Math.floor((t * steps) / total));
}

/** Listens for Enter, s or q (skip) and Ctrl-C (cancel) in raw mode; returns a function that stops listening. */
function listenForKeys(io: Io, onSkip: () => void, onCancel: () => void): () => void {
  const stdin = io.stdin as NodeJS.ReadStream;
  const raw = typeof stdin.setRawMode === 'function';
  if (raw) stdin.setRawMode(true);
  stdin.resume();
  const onData = (chunk: Buffer | string) => {
    const key = String(chunk);
    if (key.includes('\u0003')) onCancel();
    else if (/[\r\nsSqQ]/.test(key)) onSkip();
  };
  stdin.on('data', onData);
  return () => {
    stdin.off('data', onData);
    if (raw) stdin.setRawMode(false);
    stdin.pause();
  };
}

export async function surf(io: Io, theme: Theme, totalSeconds: number): Promise<TimerResult> {
  // Not at a terminal the session is messages (stderr), so --json on stdout stays clean.
  const out = io.isInteractive ? io.stdout : io.stderr;
  const controller = new AbortController();
  let skipped = false;
  let cancelled = false;
  const stop = io.isInteractive
    ? listenForKeys(
        io,
        () => {
          skipped = true;
          controller.abort();
        },
        () => {
          cancelled = true;
          controller.abort();
        },
      )
    : () => undefined;
  let step = -1;
  let t = 0;
  try {
    for (; t < totalSeconds && !controller.signal.aborted; t++) {
      const now = stepAt(t, totalSeconds);
      if (now !== step) {
        step = now;
        const text = SURFING_STEPS[step]!;
        out.write(io.isInteractive ? `\r\u001b[2K\n${wrap(text, screenWidth(io), { first: `${theme.accent('~')} `, indent: '  ' }).join('\n')}\n` : `[${clock(totalSeconds - t)} left] ${text}\n`);
      }
      if (io.isInteractive) out.write(`\r\u001b[2K  ${theme.heading(clock(totalSeconds - t))} left   ${theme.dim('Enter or s to stop early')}`);
      await io.sleep(1000, controller.signal);
    }
  } finally {
    stop();
  }
  if (io.isInteractive) out.write(`\r\u001b[2K`);
  const elapsed = Math.min(t, totalSeconds);
  if (cancelled) throw new TimerCancelled(elapsed);
  out.write(skipped ? `Stopped after ${clock(elapsed)}.\n` : `${clock(totalSeconds)}: the time is up.\n`);
  return { elapsed, skipped };
}
