// fourpoint journal delete <id>: asks first at a terminal; a script must say --yes.
import { UsageError } from '../../errors.js';
import type { App } from '../context.js';
import { entryName, resolveEntry } from '../journal-entry.js';
import { syncMilestones } from '../milestones.js';

export interface JournalDeleteOptions {
  yes?: boolean;
}

export async function run(o: JournalDeleteOptions, app: App, args: string[]): Promise<void> {
  const entry = resolveEntry(app, args[0] ?? '');
  const name = entryName(app, entry);
  if (!o.yes) {
    if (!app.io.isInteractive) throw new UsageError(`not deleting the ${name} without a confirmation`, 'not at a terminal, so pass --yes');
    const prompter = await app.prompter();
    const sure = await prompter.confirm({ name: 'confirm', field: 'yes', message: `Delete the ${name}? This cannot be undone.`, default: false });
    if (!sure) {
      app.say('Kept it. Nothing was deleted.');
      return;
    }
  }
  app.store.deleteEntry(entry.id);
  app.say(`Deleted the ${name}.`);
  // Milestones the change interrupts are taken away; new ones are announced by the next check-in or
  // progress. Deleting a milestone itself is the person's choice and changes nothing else.
  if (entry.kind !== 'milestone') syncMilestones(app, { add: false });
}
