// fourpoint worksheet drafts: worksheets stopped part-way, kept so they can be picked up again.
import { keyValueLines, screenWidth } from '../../ui/layout.js';
import type { App } from '../context.js';

/** Drafts kept by a command of their own (a check-in, an urge session) are picked up by that command. */
const OWN_COMMAND: Record<string, string> = { 'daily-check-in': 'fourpoint checkin', 'urge-log': 'fourpoint urge' };

export interface DraftsOptions {
  json?: boolean;
}

export async function run(o: DraftsOptions, app: App): Promise<void> {
  const drafts = app.store.drafts();
  if (o.json) {
    app.out(JSON.stringify(drafts, null, 2));
    return;
  }
  if (drafts.length === 0) {
    app.say('No drafts. A worksheet you stop part-way (Ctrl-C) is kept here until you finish it.');
    return;
  }
  const t = app.theme;
  const rows = drafts.map((d) => {
    const def = app.library.get(d.worksheetId)?.definition;
    const total = def ? ` of ${def.fields.length}` : '';
    const own = OWN_COMMAND[d.worksheetId];
    return [t.accent(d.worksheetId), `${def?.title ?? ''}  ${t.dim(`${Object.keys(d.answers).length}${total} answered, saved ${d.savedAt.slice(0, 16).replace('T', ' ')}${own ? `; carry on with: ${own}` : ''}`)}`] as const;
  });
  app.out(keyValueLines(rows, screenWidth(app.io)).join('\n'));
  app.say(t.dim('Carry on with: fourpoint worksheet fill <id> (or --resume / --discard-draft without a terminal)'));
}
