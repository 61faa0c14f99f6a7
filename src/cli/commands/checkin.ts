// fourpoint checkin: the daily check-in, at the prompts or entirely from flags.
import { UsageError } from '../../errors.js';
import type { Answers } from '../../domain/entry.js';
import type { App } from '../context.js';
import { fillAndSave } from '../fill.js';
import { dayFlag, numberFlag } from '../options.js';
import { describeCheckin } from '../../ui/summary.js';

export interface CheckinOptions {
  mood?: string;
  urge?: string;
  onTrack?: boolean;
  lapsed?: boolean;
  whatHappened?: string;
  learned?: string;
  trigger?: string[];
  coping?: string[];
  point?: string;
  note?: string;
  date?: string;
  json?: boolean;
}

const FLAGS: Record<string, string> = {
  mood: '--mood N (1-10)',
  urge: '--urge N (0-10)',
  onTrack: '--on-track or --lapsed',
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
  if ((o.whatHappened !== undefined || o.learned !== undefined) && !o.lapsed)
    throw new UsageError('--what-happened and --learned go with --lapsed');
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

export async function run(o: CheckinOptions, app: App): Promise<void> {
  const date = dayFlag('--date', o.date, app.today()) ?? app.today();
  if (date > app.today()) throw new UsageError(`--date ${date} is in the future; a check-in is about today or an earlier day`);
  const preset = checkinPreset(o);
  // The definition defaults onTrack to yes for the prompt; a script that says nothing must not record "on track".
  if (!app.io.isInteractive && preset.onTrack === undefined)
    throw new UsageError('missing an answer for "Did you stay on track today"', `not at a terminal, so pass ${FLAGS.onTrack}`);
  const definition = app.library.require('daily-check-in').definition;
  const entry = await fillAndSave(app, { definition, date, preset, flagFor: (f) => FLAGS[f] ?? `--${f}` });
  if (o.json) app.out(JSON.stringify(entry, null, 2));
  app.say(`${app.theme.good('Saved')} your check-in for ${date}: ${describeCheckin(entry.answers)}.`);
  if (entry.answers.onTrack === false)
    app.say('Thank you for being honest about today. A lapse is something to learn from, not a verdict; tomorrow is a new day.');
}
