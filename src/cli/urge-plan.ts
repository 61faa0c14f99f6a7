// The first screen of urge help: emergency numbers (always), the person's contacts, their DEADS plan.
import { safeLine } from '../ui/safe-text.js';
import type { Entry } from '../domain/entry.js';
import { EMERGENCY } from '../ui/urge-text.js';
import type { App } from './context.js';

const DEADS: [string, string][] = [
  ['delay', 'Delay'],
  ['escape', 'Escape'],
  ['avoid', 'Avoid'],
  ['distract', 'Distract'],
  ['substitute', 'Substitute'],
];

export function planLines(plan: Entry): string[] {
  const lines: string[] = [];
  for (const [id, label] of DEADS) {
    const items = plan.answers[id];
    if (Array.isArray(items) && items.length > 0) lines.push(`  ${label}: ${items.map((i) => safeLine(String(i))).join('; ')}`);
  }
  return lines;
}

export function showHelpNow(app: App, write: (s: string) => void): void {
  const t = app.theme;
  write(t.warn(t.heading('In an emergency')));
  for (const line of EMERGENCY) write(`  ${line}`);
  const profile = app.store.profile();
  const contacts = profile?.supportContacts ?? [];
  write(`\n${t.heading('People you can reach')}`);
  if (contacts.length === 0) write(`  ${t.dim('None saved yet. Add someone you trust with: fourpoint init')}`);
  for (const c of contacts) write(safeLine(`  ${c.name}${c.phone ? `: ${c.phone}` : ''}${c.note ? ` (${c.note})` : ''}`));
  const plan = app.store.latest((e) => e.worksheet?.id === 'deads');
  write(`\n${t.heading('Your DEADS plan')}${plan ? t.dim(` (from ${plan.date})`) : ''}`);
  if (plan) for (const line of planLines(plan)) write(line);
  else write(`  ${t.dim('Not written yet. When things are calm: fourpoint worksheet fill deads')}`);
}
