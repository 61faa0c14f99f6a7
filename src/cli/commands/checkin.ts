// fourpoint checkin: the daily check-in, at the prompts or entirely from flags. One a day by default:
// a second one for the same day updates the first or is added beside it (asked, or --update / --add).
import { UsageError } from '../../errors.js';
import type { Answers, Draft, Entry } from '../../domain/entry.js';
import { entriesOn } from '../../store/recent.js';
import type { App } from '../context.js';
import { syncMilestones } from '../milestones.js';
import { fillAndSave } from '../fill.js';
import { dayFlag, numberFlag } from '../options.js';
import { describeCheckin } from '../../ui/summary.js';
import { dayName, forDay } from '../checkin-wording.js';
import { offerSupport } from '../checkin-support.js';

export interface CheckinOptions {
  mood?: string;
  urge?: string;
  onTrack?: boolean;
  lapsed?: boolean;
  lapseKind?: string;
  whatHappened?: string;
  learned?: string;
  trigger?: string[];
  coping?: string[];
  point?: string;
  note?: string;
  date?: string;
  update?: boolean;
  add?: boolean;
  json?: boolean;
}

const FLAGS: Record<string, string> = {
  mood: '--mood N (1-10)',
  urge: '--urge N (0-10)',
  onTrack: '--on-track or --lapsed',
  lapseKind: '--lapse-kind once|a-few-times|a-longer-stretch',
  whatHappened: '--what-happened TEXT',
  learned: '--learned TEXT',
  triggers: '--trigger TEXT',
  coping: '--coping TEXT',
  point: '--point N',
  note: '--note TEXT',
};

/** Flags to answers; a flag left out is asked at a terminal, or is an error naming it when not. */
export function checkinPreset(o: CheckinOptions): Answers {
  const preset: Answers = {};
  const mood = numberFlag('--mood', o.mood);
  const urge = numberFlag('--urge', o.urge);
  if (mood !== undefined) preset.mood = mood;
  if (urge !== undefined) preset.urge = urge;
  if (o.onTrack) preset.onTrack = true;
  if (o.lapsed) preset.onTrack = false;
  if ((o.whatHappened !== undefined || o.learned !== undefined || o.lapseKind !== undefined) && !o.lapsed)
    throw new UsageError('--lapse-kind, --what-happened and --learned go with --lapsed');
  if (o.lapseKind) preset.lapseKind = o.lapseKind;
  if (o.whatHappened) preset.whatHappened = o.whatHappened;
  if (o.learned) preset.learned = o.learned;
  if (o.trigger?.length) preset.triggers = o.trigger;
  if (o.coping?.length) preset.coping = o.coping;
  if (o.point !== undefined) {
    if (!['1', '2', '3', '4'].includes(o.point)) throw new UsageError(`--point expects 1, 2, 3 or 4, got "${o.point}"`);
    preset.point = o.point;
  }
  if (o.note) preset.note = o.note;
  return preset;
}

/** With a check-in already saved for the day: the one to update, or undefined to add another (null: leave it). */
async function whatToDoWith(existing: Entry, o: CheckinOptions, app: App, day: string): Promise<Entry | undefined | null> {
  if (o.update) return existing;
  if (o.add) return undefined;
  const summary = describeCheckin(existing.answers);
  if (!app.io.isInteractive)
    throw new UsageError(`there is already a check-in for ${day} (${summary})`, 'not at a terminal, so pass --update to change it or --add to keep both');
  const prompter = await app.prompter();
  const choice = await prompter.select({
    name: 'existing',
    field: 'update',
    message: `You already checked in for ${day} (${summary}). What would you like to do?`,
    default: 'update',
    choices: [
      { value: 'update', label: 'Update that check-in', hint: 'your answers are filled in; change what you like' },
      { value: 'add', label: 'Add another check-in for the same day' },
      { value: 'leave', label: 'Leave it as it is' },
    ],
  });
  return choice === 'update' ? existing : choice === 'add' ? undefined : null;
}

/** At a terminal, a check-in stopped part-way (Ctrl-C) is offered again: its answers, for its day. */
async function resumeDraft(o: CheckinOptions, app: App, today: string): Promise<Draft | undefined> {
  if (!app.io.isInteractive || o.update) return undefined;
  const draft = app.store.drafts().find((d) => d.worksheetId === 'daily-check-in');
  if (!draft) return undefined;
  const count = Object.keys(draft.answers).length;
  app.say(`You stopped a check-in for ${dayName(draft.date, today)} part-way (${count} answer${count === 1 ? '' : 's'}).`);
  const prompter = await app.prompter();
  const resume = await prompter.confirm({ name: 'resume', field: 'resume', message: 'Pick up where you left off?', default: true });
  if (!resume) app.say(app.theme.dim('Starting afresh. The old draft is replaced once you save or stop.'));
  return resume ? draft : undefined;
}

export async function run(o: CheckinOptions, app: App): Promise<void> {
  const today = app.today();
  const draft = await resumeDraft(o, app, today);
  const date = dayFlag('--date', o.date, today) ?? draft?.date ?? today;
  if (date > today) throw new UsageError(`--date ${date} is in the future; a check-in is about today or an earlier day`);
  if (o.update && o.add) throw new UsageError('--update and --add do not go together: choose one');
  const preset = { ...(draft?.answers ?? {}), ...checkinPreset(o) };
  const day = dayName(date, today);
  const definition = app.library.require('daily-check-in').definition;
  const existing = entriesOn(app.store, date).filter((e) => e.kind === 'checkin').at(-1);
  if (o.update && !existing) throw new UsageError(`there is no check-in for ${day} to update`, 'leave out --update to add one');
  const replace = existing ? await whatToDoWith(existing, o, app, day) : undefined;
  if (replace === null) {
    app.say('Left as it was.');
    return;
  }
  // A new check-in keeps a draft while it is answered, so Ctrl-C or a closed terminal loses nothing.
  const entry = await fillAndSave(app, { definition: forDay(definition, date, today), date, preset, replace, flagFor: (f) => FLAGS[f] ?? `--${f}`, drafts: !replace, resumeWith: 'fourpoint checkin', sofar: draft?.answers });
  if (draft && replace) app.store.deleteDraft('daily-check-in');
  if (o.json) app.out(JSON.stringify(entry, null, 2));
  app.say(`${app.theme.good(replace ? 'Updated' : 'Saved')} your check-in for ${day === 'today' ? `today (${date})` : day}: ${describeCheckin(entry.answers)}.`);
  // Milestones follow the history, a back-dated check-in included; none is announced with a lapse.
  syncMilestones(app, { add: entry.answers.onTrack !== false });
  if (entry.answers.onTrack === false) {
    app.say('Thank you for being honest. A lapse is something to learn from, not a verdict on you; the next day is a fresh start.');
    if (!entry.answers.learned) app.say(app.theme.dim(`When you are ready, add what you learned: fourpoint journal edit ${entry.id.slice(0, 8)} --set learned="…"`));
  }
  // Help "now" is for a day that is still going: a back-dated check-in is a record, not a call for help.
  if (date === today) await offerSupport(app, entry.answers);
}
