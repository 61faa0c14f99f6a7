// After a hard day's check-in (a lapse, a strong urge, a low mood): the person's own contacts, and an
// offer of urge help. At a terminal it is a question; otherwise one line naming the command.
import type { Answers } from '../domain/entry.js';
import type { App } from './context.js';
import { contactLine } from './urge-plan.js';

/** A lapse, an urge of 7 or more, or a mood of 3 or less: the day may be a hard one. */
export function needsSupport(answers: Answers): boolean {
  const { mood, urge, onTrack } = answers;
  return onTrack === false || (typeof urge === 'number' && urge >= 7) || (typeof mood === 'number' && mood <= 3);
}

export function contactLines(app: App): string[] {
  const contacts = app.store.profile()?.supportContacts ?? [];
  if (contacts.length === 0) return [app.theme.dim('  No one saved yet. Add someone you trust with: fourpoint init')];
  return contacts.map(contactLine);
}

export async function offerSupport(app: App, answers: Answers): Promise<void> {
  if (!needsSupport(answers)) return;
  app.say(`\n${app.theme.heading('People you can reach')}`);
  for (const line of contactLines(app)) app.say(line);
  if (!app.io.isInteractive) {
    app.say('If an urge is strong right now, help is one command away: fourpoint urge');
    return;
  }
  const prompter = await app.prompter();
  const yes = await prompter.confirm({ name: 'urgeHelp', field: 'urgeHelp', message: 'Would you like urge help now?', default: false });
  if (yes) await (await import('./commands/urge.js')).run({}, app);
  else app.say(app.theme.dim('Whenever you need it: fourpoint urge'));
}
