// fourpoint urge: help now. What to do in an emergency, the person's own contacts and DEADS plan,
// a guided urge-surfing session with a countdown, and an urge-log entry at the end.
import { screenWidth, wrapBlock } from '../../ui/layout.js';
import { terminalSafe } from '../../ui/safe-text.js';
import { randomId } from '../../store/random.js';
import { CancelledError, UsageError } from '../../errors.js';
import type { Answers, Entry } from '../../domain/entry.js';
import { answersSchema, formatIssues } from '../../worksheets/answers.js';
import { CLOSING_ONGOING, CLOSING_RODE, CLOSING_USED, OPENING } from '../../ui/urge-text.js';
import { syncMilestones } from '../milestones.js';
import type { App } from '../context.js';
import type { Prompter } from '../../prompts/prompter.js';
import type { WorksheetDefinition } from '../../worksheets/definition.js';
import { showAnswers } from '../answers-screen.js';
import { numberFlag } from '../options.js';
import { surf, TimerCancelled } from '../urge-timer.js';
import { showHelpNow } from '../urge-plan.js';
import { askLines } from '../../prompts/lines.js';

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
  // At a terminal, what is answered is kept as a draft as it comes, so Ctrl-C (even at the last question) loses nothing.
  const resumed = interactive ? await resumeDraft(app, prompter, definition) : undefined;
  const kept: Answers = { ...(resumed ?? {}) };
  const keep = (answers: Answers) => {
    Object.assign(kept, answers);
    if (interactive) app.store.saveDraft({ worksheetId: definition.id, worksheetVersion: definition.version, date: app.today(), savedAt: app.io.now().toISOString(), answers: { ...kept } });
  };
  try {
    const ask = async (name: string, message: string) => (await prompter.number({ name, field: name, message, min: 0, max: 10, integer: true, required: true })) ?? 0;
    intensity ??= typeof kept.intensity === 'number' ? kept.intensity : await ask('intensity', 'How strong is the urge right now? (0 none, 10 overwhelming)');
    keep({ intensity });
    const trigger = o.trigger ?? (typeof kept.trigger === 'string' ? kept.trigger : interactive && !resumed ? await prompter.text({ name: 'trigger', field: 'trigger', message: 'What set it off, if you know? (Enter to skip)' }) : undefined);
    if (trigger) keep({ trigger });

    // A resumed session whose timer had run does not run it again.
    let elapsed = typeof kept.minutes === 'number' ? kept.minutes * 60 + (typeof kept.seconds === 'number' ? kept.seconds : 0) : undefined;
    if (elapsed === undefined) {
      write(`\n${t.heading(total > 0 ? `Urge surfing: ${Math.ceil(total / 60)} minute${total > 60 ? 's' : ''}.` : 'No timer this time.')}`);
      try {
        elapsed = total > 0 ? (await surf(app.io, t, total)).elapsed : 0;
      } catch (error) {
        if (error instanceof TimerCancelled) keep(duration(error.elapsed));
        throw error;
      }
      keep(duration(elapsed));
    }

    after ??= typeof kept.intensityAfter === 'number' ? kept.intensityAfter : await ask('intensityAfter', 'And how strong is it now? (0 none, 10 overwhelming)');
    keep({ intensityAfter: after });
    let helped = o.helped?.length ? o.helped : Array.isArray(kept.coping) ? kept.coping.map(String) : [];
    if (helped.length === 0 && interactive) {
      helped = await askLines(prompter, { name: 'coping', field: 'coping', message: 'What helped, if anything?' });
      if (helped.length > 0) keep({ coping: helped });
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

    // A resumed draft may hold more (a manual urge-log fill stopped part-way); the session's answers win.
    const answers: Answers = { ...kept, intensity, intensityAfter: after, ...duration(elapsed), outcome };
    delete answers.coping;
    if (trigger) answers.trigger = trigger;
    if (helped.length > 0) answers.coping = helped;
    await save(app, o, definition, answers, intensity, after, elapsed, outcome, write);
  } catch (error) {
    if (!(error instanceof CancelledError) || !interactive) throw error;
    throw new CancelledError(stoppedMessage(kept));
  }
}

/** Minutes and the seconds beyond them: a session stopped after 12 seconds is logged as 12 seconds, not 0 minutes. */
function duration(elapsed: number): Answers {
  return elapsed % 60 > 0 ? { minutes: Math.floor(elapsed / 60), seconds: elapsed % 60 } : { minutes: Math.floor(elapsed / 60) };
}

/** What Ctrl-C kept, said plainly. */
function stoppedMessage(kept: Answers): string {
  if (typeof kept.intensity !== 'number') return 'Stopped before the first answer; nothing was saved.';
  const parts = [`${kept.intensity}/10 at the start`];
  if (typeof kept.minutes === 'number') parts.push(`${howLong(kept.minutes * 60 + (typeof kept.seconds === 'number' ? kept.seconds : 0))} of urge surfing`);
  if (typeof kept.intensityAfter === 'number') parts.push(`${kept.intensityAfter}/10 after`);
  return `Stopped. What you answered (${parts.join(', ')}) is kept as a draft; pick it up with: fourpoint urge`;
}

/** An urge session stopped part-way is offered again; declining leaves it until this one is saved or stopped. */
async function resumeDraft(app: App, prompter: Prompter, definition: WorksheetDefinition): Promise<Answers | undefined> {
  const draft = app.store.drafts().find((d) => d.worksheetId === definition.id);
  if (!draft || typeof draft.answers.intensity !== 'number') return undefined;
  app.say(`\nYou stopped an urge session on ${draft.savedAt.slice(0, 16).replace('T', ' ')} (${draft.answers.intensity}/10 at the start).`);
  const resume = await prompter.confirm({ name: 'resume', field: 'resume', message: 'Pick up where you left off?', default: true });
  if (!resume) return undefined;
  // As a worksheet's resumed draft does: what was answered, before the questions left.
  showAnswers(app, definition, draft.answers, undefined, 'Your answers so far');
  return draft.answers;
}

async function save(app: App, o: UrgeOptions, definition: WorksheetDefinition, answers: Answers, intensity: number, after: number, elapsed: number, outcome: string, write: (s: string) => void): Promise<void> {
  const t = app.theme;
  const parsed = answersSchema(definition).safeParse(answers);
  if (!parsed.success) throw new UsageError(formatIssues(parsed.error).join('; '));
  const now = app.io.now().toISOString();
  const entry: Entry = {
    id: randomId(),
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
  app.store.deleteDraft(definition.id);
  if (o.json) app.out(JSON.stringify(entry, null, 2));
  write(outcome === 'used' ? CLOSING_USED : outcome === 'ongoing' ? CLOSING_ONGOING : CLOSING_RODE);
  const change = intensity - after;
  const surfed = elapsed > 0 ? `, ${howLong(elapsed)} of urge surfing` : '';
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
