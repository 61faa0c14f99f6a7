// fourpoint init: the profile, asked through the same engine as every worksheet.
import { UsageError } from '../../errors.js';
import type { Answers } from '../../domain/entry.js';
import { medicalRisks, safetyNotice } from '../../domain/medical-risk.js';
import { profileSchema, type Profile } from '../../domain/profile.js';
import { runWorksheet } from '../../worksheets/runner.js';
import type { App } from '../context.js';
import { dayFlag } from '../options.js';

export interface InitOptions {
  behaviour?: string[];
  startDate?: string;
  why?: string;
  contact?: string[];
  meeting?: string;
  json?: boolean;
}

const FLAGS: Record<string, string> = {
  behaviours: '--behaviour NAME',
  startDate: '--start-date YYYY-MM-DD',
  why: '--why TEXT',
  supportContacts: '--contact "Name: phone"',
  meeting: '--meeting TEXT',
};

export function initPreset(o: InitOptions, today: string): Answers {
  const preset: Answers = {};
  if (o.behaviour?.length) preset.behaviours = o.behaviour;
  const start = dayFlag('--start-date', o.startDate, today, 'past');
  if (start) preset.startDate = start;
  if (o.why !== undefined) preset.why = o.why;
  if (o.meeting !== undefined) preset.meeting = o.meeting;
  if (o.contact?.length) {
    preset.supportContacts = o.contact.map((c) => {
      const colon = c.indexOf(':');
      const name = (colon < 0 ? c : c.slice(0, colon)).trim();
      const phone = colon < 0 ? '' : c.slice(colon + 1).trim();
      if (!name) throw new UsageError(`--contact expects "Name: phone", got "${c}"`);
      const row: Answers = { name };
      if (phone) row.phone = phone;
      return row;
    });
  }
  return preset;
}

/** Asks for (or updates) the profile and saves it; used by init and by first-run onboarding. */
export async function runInit(o: InitOptions, app: App): Promise<Profile> {
  const existing = app.store.profile();
  const definition = app.library.require('profile').definition;
  const preset = initPreset(o, app.today());
  const prompter = await app.prompter((f) => FLAGS[f] ?? `--${f}`);
  // Not at a terminal, flags update an existing profile field by field.
  const base: Answers = existing && !prompter.interactive ? (existing as unknown as Answers) : {};
  const answers = await runWorksheet(definition, prompter, {
    today: app.today(),
    preset: { ...pick(base, ['behaviours', 'startDate', 'why', 'supportContacts', 'meeting']), ...preset },
    defaults: existing as unknown as Answers | undefined,
  });
  // Only the answers this run changed are applied, to the profile as stored at the moment of saving
  // (under the lock): a change made meanwhile (config set graduation.*, another init) is kept.
  const before = (existing ?? {}) as Answers;
  const changed = Object.fromEntries(Object.entries(answers).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(before[k])));
  const profile = app.store.changeProfile((fresh) => profileSchema.parse({ ...fresh, ...changed }));
  return profile;
}

/**
 * The safety notice when a behaviour is alcohol, a sedative or an opioid. Said after the profile is saved,
 * so it is the last thing read, and each time: behaviours can change.
 */
export function saySafetyNotice(app: App, profile: Profile): void {
  const notice = safetyNotice(medicalRisks(profile.behaviours));
  if (notice.length > 0) app.say(`\n${notice.map((line, i) => (i === 0 ? app.theme.warn(line) : line)).join('\n')}`);
}

function pick(a: Answers, keys: string[]): Answers {
  return Object.fromEntries(keys.filter((k) => a[k] !== undefined).map((k) => [k, a[k]!]));
}

export async function run(o: InitOptions, app: App): Promise<void> {
  const profile = await runInit(o, app);
  if (o.json) app.out(JSON.stringify(profile, null, 2));
  app.say(`${app.theme.good('Saved')} your profile. Changing ${profile.behaviours.join(' and ')} since ${profile.startDate}.`);
  saySafetyNotice(app, profile);
}
