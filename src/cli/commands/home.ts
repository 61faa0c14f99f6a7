// fourpoint (no command): the home menu. Not at a terminal, it prints where things stand and how to start.
import type { App } from '../context.js';
import { isListedWorksheet } from '../../worksheets/definition.js';
import { POINT_TITLES } from '../../domain/points.js';

export interface HomeOptions {}

type MenuItem = { value: string; label: string; hint?: string; run: () => Promise<unknown> };

export async function run(_o: HomeOptions, app: App): Promise<void> {
  if (!app.io.isInteractive) {
    app.out('fourpoint: your SMART Recovery 4-Point workbook.');
    app.out('Run it in a terminal for the menu, or try: fourpoint checkin --help, fourpoint worksheet list, fourpoint --help');
    return;
  }
  const profile = await app.requireProfile();
  const prompter = await app.prompter();
  const t = app.theme;
  for (;;) {
    const today = app.today();
    const checkedIn = app.store.entries({ since: today, until: today }).some((e) => e.kind === 'checkin');
    app.out(`\n${t.heading('fourpoint')}  ${t.dim(`changing ${profile.behaviours.join(' and ')} since ${profile.startDate}`)}  ${checkedIn ? t.good('checked in today') : t.warn('no check-in yet today')}`);
    const items: MenuItem[] = [
      { value: 'checkin', label: checkedIn ? 'Check in again' : 'Check in for today', run: async () => (await import('./checkin.js')).run({}, app) },
      { value: 'worksheet', label: 'Work on a worksheet', run: () => pickWorksheet(app) },
      { value: 'journal', label: 'Look through my journal', run: async () => (await import('./journal-list.js')).run({}, app) },
      { value: 'profile', label: 'Update my profile', run: async () => (await import('./init.js')).run({}, app) },
      { value: 'quit', label: 'Quit', run: async () => undefined },
    ];
    const choice = await prompter.select({ name: 'home', field: 'home', message: 'What would you like to do?', choices: items });
    if (choice === 'quit') return;
    await items.find((i) => i.value === choice)!.run();
  }
}

async function pickWorksheet(app: App): Promise<void> {
  const prompter = await app.prompter();
  const sheets = app.library
    .all()
    .filter((l) => isListedWorksheet(l.definition))
    .sort((a, b) => (a.definition.point ?? 9) - (b.definition.point ?? 9));
  const id = await prompter.select({
    name: 'worksheet',
    field: 'worksheet',
    message: 'Which worksheet?',
    choices: sheets.map(({ definition: d }) => ({ value: d.id, label: `${d.point ? `${d.point}. ` : ''}${d.title}`, hint: d.point ? POINT_TITLES[d.point] : undefined })),
  });
  await (await import('./worksheet-fill.js')).run({}, app, [id]);
}
