// The first screen of urge help: emergency numbers and the withdrawal line (always), the person's
// contacts and meeting, their DEADS plan (or DEADS itself) and their coping statements.
import { safeLine } from '../ui/safe-text.js';
import type { Entry } from '../domain/entry.js';
import type { Profile } from '../domain/profile.js';
import { plainLine } from '../domain/status.js';
import { DEADS_REMINDER, EMERGENCY, WITHDRAWAL } from '../ui/urge-text.js';
import type { App } from './context.js';

/** DEADS in SMART's order: the A covers Avoid, Accept and Attack. Ids are the deads worksheet's fields. */
const DEADS: [string, string][] = [
  ['delay', 'Deny/Delay'],
  ['escape', 'Escape'],
  ['avoid', 'Avoid'],
  ['accept', 'Accept'],
  ['attack', 'Attack'],
  ['distract', 'Distract'],
  ['substitute', 'Substitute'],
];

/** One support contact as a line ("  Sam: 555 0101 (evenings)"), control characters shown, never sent. */
export function contactLine(c: Profile['supportContacts'][number]): string {
  return safeLine(`  ${c.name}${c.phone ? `: ${c.phone}` : ''}${c.note ? ` (${c.note})` : ''}`);
}

export function planLines(plan: Entry): string[] {
  const lines: string[] = [];
  for (const [id, label] of DEADS) {
    const items = plan.answers[id];
    if (Array.isArray(items) && items.length > 0) lines.push(`  ${label}: ${items.map((i) => safeLine(String(i))).join('; ')}`);
  }
  return lines;
}

function statements(card: Entry): string[] {
  const items = card.answers.statements;
  return Array.isArray(items) ? items.map((s) => `  ${String(s)}`) : [];
}

export function showHelpNow(app: App, write: (s: string) => void): void {
  const t = app.theme;
  write(t.warn(t.heading('In an emergency')));
  for (const line of EMERGENCY) write(`  ${line}`);
  write(`  ${WITHDRAWAL}`);
  const profile = app.store.profile();
  const contacts = profile?.supportContacts ?? [];
  write(`\n${t.heading('People you can reach')}`);
  if (contacts.length === 0) write(`  ${t.dim('None saved yet. Add someone you trust with: fourpoint init')}`);
  for (const c of contacts) write(contactLine(c));
  if (profile?.meeting) write(safeLine(`  My meeting: ${plainLine(profile.meeting)}`));
  const card = app.store.latest((e) => e.worksheet?.id === 'coping-statements');
  if (card && statements(card).length > 0) {
    write(`\n${t.heading('Your coping statements')}`);
    for (const line of statements(card)) write(safeLine(line));
  }
  const plan = app.store.latest((e) => e.worksheet?.id === 'deads');
  write(`\n${t.heading('Your DEADS plan')}${plan ? t.dim(` (from ${plan.date})`) : ''}`);
  if (plan) for (const line of planLines(plan)) write(line);
  else {
    for (const line of DEADS_REMINDER) write(`  ${line}`);
    write(`  ${t.dim('Write your own when things are calm: fourpoint worksheet fill deads')}`);
  }
}
