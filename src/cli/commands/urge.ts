// fourpoint urge: help now. What to do in an emergency, the person's own contacts and DEADS plan,
// a guided urge-surfing session with a countdown, and an urge-log entry at the end.
import { screenWidth, wrapBlock } from '../../ui/layout.js';
import { terminalSafe } from '../../ui/safe-text.js';
import { randomUUID } from 'node:crypto';
import { UsageError } from '../../errors.js';
import type { Answers, Entry } from '../../domain/entry.js';
import { answersSchema, formatIssues } from '../../worksheets/answers.js';
import { CLOSING_ONGOING, CLOSING_RODE, CLOSING_USED, OPENING } from '../../ui/urge-text.js';
import { syncMilestones } from '../milestones.js';
import type { App } from '../context.js';
import { numberFlag } from '../options.js';
import { surf } from '../urge-timer.js';
import { showHelpNow } from '../urge-plan.js';

export interface UrgeOptions {
  minutes?: string;
  seconds?: string;
  intensity?: string;
  after?: string;
  trigger?: string;
  helped?: string[];
  outcome?: string;
  json?: boolean;
}

const OUTCOMES = ['rode-it-out', 'used', 'ongoing'];

function scaleFlag(flag: string, raw: string | undefined): number | undefined {
  const n = numberFlag(flag, raw);
  if (n !== undefined && !(Number.isInteger(n) && n >= 0 && n <= 10)) throw new UsageError(`${flag} expects a whole number from 0 to 10, got "${raw}"`);
  return n;
}

/** The session length in seconds: --minutes (default 15), or the hidden --seconds used by tests. */
export function sessionSeconds(o: UrgeOptions): number {
  const seconds = numberFlag('--seconds', o.seconds);
  if (seconds !== undefined) {
    if (!Number.isInteger(seconds) || seconds < 0) throw new UsageError(`--seconds expects a whole number, got "${o.seconds}"`);
    return seconds;
  }
  const minutes = numberFlag('--minutes', o.minutes) ?? 15;
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > 120) throw new UsageError(`--minutes expects a whole number from 0 to 120, got "${o.minutes}"`);
  return minutes * 60;
}

export async function run(o: UrgeOptions, app: App): Promise<void> {
  // Every flag is checked before anything is shown, so a typo fails fast.
  const total = sessionSeconds(o);
  let intensity = scaleFlag('--intensity', o.intensity);
  let after = scaleFlag('--after', o.after);
  if (o.outcome !== undefined && !OUTCOMES.includes(o.outcome)) throw new UsageError(`--outcome expects one of ${OUTCOMES.join(', ')}, got "${o.outcome}"`);
  const interactive = app.io.isInteractive;
  if (!interactive) {
    if (intensity === undefined) throw new UsageError('missing how strong the urge is now', 'not at a terminal, so pass --intensity N (0-10)');
    if (after === undefined) throw new UsageError('missing how strong the urge is at the end', 'not at a terminal, so pass --after N (0-10)');
  }
  const definition = app.library.require('urge-log').definition;
  const t = app.theme;
  // At a terminal the session is the screen (stdout), laid out at its width; otherwise messages on stderr.
  const write = (s: string) => (interactive ? app.io.stdout.write(`${terminalSafe(wrapBlock(s, screenWidth(app.io)))}\n`) : app.say(s));

  showHelpNow(app, write);
  write(`\n${OPENING}`);
  const prompter = await app.prompter();
  const ask = async (name: string, message: string) => (await prompter.number({ name, field: name, message, min: 0, max: 10, integer: true, required: true })) ?? 0;
  intensity ??= await ask('intensity', 'How strong is the urge right now? (0 none, 10 overwhelming)');
  const trigger = o.trigger ?? (interactive ? await prompter.text({ name: 'trigger', field: 'trigger', message: 'What set it off, if you know? (Enter to skip)' }) : undefined);

  write(`\n${t.heading(total > 0 ? `Urge surfing: ${Math.ceil(total / 60)} minute${total > 60 ? 's' : ''}.` : 'No timer this time.')}`);
  const timer = total > 0 ? await surf(app.io, t, total) : { elapsed: 0, skipped: false };

  after ??= await ask('intensityAfter', 'And how strong is it now? (0 none, 10 overwhelming)');
  let helped = o.helped ?? [];
  if (helped.length === 0 && interactive) {
    const text = await prompter.text({ name: 'coping', field: 'coping', message: 'What helped, if anything? (separate with commas, Enter to skip)' });
    helped = text ? text.split(',').map((s) => s.trim()).filter(Boolean) : [];
  }
  const outcome =
    o.outcome ??
    (interactive
      ? await prompter.select({
          name: 'outcome',
          field: 'outcome',
          message: 'Where are you now?',
          default: 'rode-it-out',
          choices: [
            { value: 'rode-it-out', label: 'I rode it out' },
            { value: 'ongoing', label: 'It is still going' },
            { value: 'used', label: 'I acted on it (a lapse: information, not failure)' },
          ],
        })
      : 'rode-it-out');

  // Minutes and the seconds beyond them: a session stopped after 12 seconds is logged as 12 seconds, not 0 minutes.
  const answers: Answers = { intensity, intensityAfter: after, minutes: Math.floor(timer.elapsed / 60), outcome };
  if (timer.elapsed % 60 > 0) answers.seconds = timer.elapsed % 60;
  if (trigger) answers.trigger = trigger;
  if (helped.length > 0) answers.coping = helped;
  const parsed = answersSchema(definition).safeParse(answers);
  if (!parsed.success) throw new UsageError(formatIssues(parsed.error).join('; '));
  const now = app.io.now().toISOString();
  const entry: Entry = {
    id: randomUUID(),
    kind: 'urge',
    worksheet: { id: definition.id, version: definition.version },
    point: definition.point,
    date: app.today(),
    createdAt: now,
    updatedAt: now,
    answers: parsed.data,
    tags: [],
  };
  app.store.addEntry(entry);
  if (o.json) app.out(JSON.stringify(entry, null, 2));
  write(outcome === 'used' ? CLOSING_USED : outcome === 'ongoing' ? CLOSING_ONGOING : CLOSING_RODE);
  const change = intensity - after;
  const surfed = timer.elapsed > 0 ? `, ${howLong(timer.elapsed)} of urge surfing` : '';
  app.say(`${t.good('Saved')} to your urge log: ${intensity}/10 before, ${after}/10 after${change > 0 ? ` (down ${change})` : ''}${surfed}.`);
  if (outcome === 'used') syncMilestones(app, { add: false });
}

/** "12 seconds", "1 minute", "2 minutes 30 seconds". */
export function howLong(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  return [m > 0 ? part(m, 'minute') : '', s > 0 || m === 0 ? part(s, 'second') : ''].filter(Boolean).join(' ');
}
