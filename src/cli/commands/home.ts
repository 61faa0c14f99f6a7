// fourpoint (no command): the home menu. Not at a terminal, it says how to start, on stderr.
import { screenWidth, wrapBlock } from '../../ui/layout.js';
import { join } from 'node:path';
import type { App } from '../context.js';
import { isListedWorksheet } from '../../worksheets/choices.js';
import { POINT_TITLES } from '../../domain/points.js';
import { statusLine } from '../../domain/status.js';
import { readProgress } from '../progress-report.js';
import type { Prompter } from '../../prompts/prompter.js';

export interface HomeOptions {}

/** A submenu's Back (and Esc): a value no worksheet id or format can be. */
const BACK = '\u0000back';

interface MenuItem {
  value: string;
  label: string;
  hint?: string;
  run: () => Promise<unknown>;
}

export async function run(_o: HomeOptions, app: App): Promise<void> {
  if (!app.io.isInteractive) {
    app.say('fourpoint: your SMART Recovery 4-Point workbook.');
    app.say('Run it in a terminal for the menu, or try: fourpoint checkin --help, fourpoint worksheet list, fourpoint --help');
    return;
  }
  await app.requireProfile();
  const prompter = await app.prompter();
  const t = app.theme;
  for (;;) {
    const { readStatus } = await import('./status.js');
    const status = readStatus(app);
    app.out(`\n${wrapBlock(`${t.heading('fourpoint')}  ${status.checkedInToday ? t.good(statusLine(status)) : t.warn(statusLine(status))}`, screenWidth(app.io))}`);
    const items = menu(app, prompter, status.checkedInToday);
    const choice = await prompter.select({ name: 'home', field: 'home', message: 'What would you like to do?', choices: items });
    if (choice === 'quit') return;
    await items.find((i) => i.value === choice)!.run();
  }
}

function menu(app: App, prompter: Prompter, checkedIn: boolean): MenuItem[] {
  const drafts = app.store.drafts();
  const items: MenuItem[] = [
    { value: 'checkin', label: checkedIn ? 'Check in again, or update today' : 'Check in for today', run: async () => (await import('./checkin.js')).run({}, app) },
    { value: 'urge', label: 'Urge help now', hint: 'a guided few minutes with a timer, and your plan', run: async () => (await import('./urge.js')).run({}, app) },
    { value: 'worksheet', label: 'Work on a worksheet', run: () => pickWorksheet(app, prompter) },
  ];
  if (drafts.length > 0)
    items.push({ value: 'draft', label: `Pick up a draft (${drafts.length})`, run: () => pickWorksheet(app, prompter, new Set(drafts.map((d) => d.worksheetId))) });
  items.push(
    { value: 'progress', label: 'My progress toward graduation', run: async () => (await import('./progress.js')).run({}, app) },
    { value: 'journal', label: 'My journal: the last 30 days', hint: 'open an entry to read or edit it', run: async () => (await import('../home-journal.js')).journalHub(app, prompter) },
    { value: 'export', label: 'Export my journal (Markdown, JSON or CSV)', run: () => exportJournal(app, prompter) },
    { value: 'learn', label: 'Learn about the program', run: async () => (await import('./learn.js')).run({}, app, []) },
    { value: 'family', label: 'Family and friends: plan for someone you care about', run: async () => (await import('./family-home.js')).run({}, app) },
    { value: 'profile', label: 'Update my profile', run: async () => (await import('./init.js')).run({}, app) },
    { value: 'settings', label: 'Settings', hint: 'see and change them', run: async () => (await import('../home-settings.js')).settingsHub(app, prompter) },
    { value: 'doctor', label: 'Check my data', run: async () => (await import('./doctor.js')).run({}, app) },
    { value: 'quit', label: 'Quit', run: async () => undefined },
  );
  return items;
}

/** The worksheets by point, the point most in need first (or only those with a draft). */
async function pickWorksheet(app: App, prompter: Prompter, only?: Set<string>): Promise<void> {
  const profile = app.store.profile();
  const suggestion = profile ? readProgress(app, profile).report.suggestion : undefined;
  if (suggestion && !only) app.say(app.theme.dim(`Suggested: ${suggestion.text}`));
  const drafts = new Set(app.store.drafts().map((d) => d.worksheetId));
  // Grouped under their point, in the points' order; the cursor starts on the suggested one.
  const rank = (p: number | null) => p ?? 9;
  const sheets = app.library
    .all()
    .filter((l) => isListedWorksheet(l.definition) && (!only || only.has(l.definition.id)))
    .sort((a, b) => rank(a.definition.point) - rank(b.definition.point) || a.definition.title.localeCompare(b.definition.title));
  const id = await prompter.select({
    name: 'worksheet',
    field: 'worksheet',
    message: 'Which worksheet? (Esc goes back)',
    default: sheets.find((s) => s.definition.id === suggestion?.worksheet)?.definition.id,
    back: BACK,
    choices: [
      ...sheets.map(({ definition: d }) => ({
        value: d.id,
        label: `${d.title}${drafts.has(d.id) ? ' (draft waiting)' : ''}${d.id === suggestion?.worksheet ? ' (suggested)' : ''}`,
        group: d.point ? `Point ${d.point}: ${POINT_TITLES[d.point]}` : 'Other',
      })),
      { value: BACK, label: 'Back', group: '' },
    ],
  });
  if (id === BACK) return;
  await (await import('./worksheet-fill.js')).run({}, app, [id]);
}

async function exportJournal(app: App, prompter: Prompter): Promise<void> {
  const format = await prompter.select({
    name: 'format',
    field: 'format',
    message: 'Which format? (Esc goes back)',
    back: BACK,
    choices: [
      { value: 'md', label: 'Markdown, to read, print or share with a counsellor' },
      { value: 'json', label: 'JSON, a full backup that fourpoint import can restore' },
      { value: 'csv', label: 'CSV, check-ins for a spreadsheet' },
      { value: BACK, label: 'Back' },
    ],
  });
  if (format === BACK) return;
  const suggested = join(app.io.env.HOME ?? app.io.cwd, `fourpoint-journal-${app.today()}.${format}`);
  const out = await prompter.text({ name: 'out', field: 'out', message: 'Save it as', default: suggested, required: true });
  await (await import('./export.js')).run({ format, out: out ?? suggested }, app);
}
