// The home menu's Journal: the last 30 days, newest first; open an entry (shown as `journal show` shows
// it), then edit it or go back. Esc or Back leaves each level.
import type { Entry } from '../domain/entry.js';
import type { Prompter } from '../prompts/prompter.js';
import { screenWidth, wrap } from '../ui/layout.js';
import { safeLine } from '../ui/safe-text.js';
import { describeEntry } from '../ui/summary.js';
import type { App } from './context.js';
import { definitionOf } from './journal-entry.js';
import { queryFromOptions } from './filters.js';

const BACK = '\u0000back';

/** One line that fits the menu: longer text ends with an ellipsis rather than wrapping the list. */
function clip(text: string, width: number): string {
  const lines = wrap(text, width);
  return lines.length > 1 ? `${lines[0]}…` : (lines[0] ?? '');
}

function label(app: App, e: Entry, width: number): string {
  const def = definitionOf(app, e);
  const title = def?.title ?? e.worksheet?.id ?? e.kind;
  return clip(safeLine(`${e.date}  ${title}: ${describeEntry(e, def)}`), width - 6);
}

export async function journalHub(app: App, prompter: Prompter): Promise<void> {
  for (;;) {
    const { since } = queryFromOptions({ since: '30 days ago' }, app);
    const entries = app.store.entries({ since }).reverse();
    if (entries.length === 0) {
      app.say('No entries in the last 30 days yet. Start with a check-in from the menu.');
      return;
    }
    const width = screenWidth(app.io);
    const id = await prompter.select({
      name: 'entry',
      field: 'entry',
      message: 'Which entry would you like to open? (Esc goes back)',
      back: BACK,
      choices: [...entries.map((e) => ({ value: e.id, label: label(app, e, width) })), { value: BACK, label: 'Back' }],
    });
    if (id === BACK) return;
    await openEntry(app, prompter, id);
  }
}

async function openEntry(app: App, prompter: Prompter, id: string): Promise<void> {
  // After a comparison the menu comes back without showing the entry again, so the comparison stays in view.
  let show = true;
  for (;;) {
    const entry = app.store.entries().find((e) => e.id === id);
    if (!entry) return;
    if (show) await (await import('./commands/journal-show.js')).run({}, app, [id]);
    show = true;
    const choices = [];
    if (definitionOf(app, entry)) choices.push({ value: 'edit', label: 'Edit this entry', hint: 'your answers are filled in; Enter keeps each' });
    const { comparePartner, showComparison } = await import('./home-compare.js');
    const partner = comparePartner(app, entry);
    if (partner) choices.push({ value: 'compare', label: `Compare side by side with your ${partner.first ? 'first' : 'latest'} (${partner.other.date})`, hint: 'what has changed since' });
    choices.push({ value: BACK, label: 'Back to the journal' });
    const next = await prompter.select({ name: 'entryAction', field: 'entryAction', message: 'What would you like to do with it?', back: BACK, choices });
    if (next === BACK) return;
    if (next === 'compare' && partner) {
      showComparison(app, entry, partner);
      show = false;
      continue;
    }
    await (await import('./commands/journal-edit.js')).run({}, app, [id]);
  }
}
