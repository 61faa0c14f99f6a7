// fourpoint worksheet list: the worksheets, grouped by point.
import { padTo, screenWidth, wrap } from '../../ui/layout.js';
import type { App } from '../context.js';
import { isListedWorksheet } from '../../worksheets/choices.js';
import { fillTemplate } from '../../worksheets/template.js';
import { POINT_TITLES } from '../../domain/points.js';

export interface ListOptions {
  json?: boolean;
}

export async function run(o: ListOptions, app: App): Promise<void> {
  const shown = app.library
    .all()
    .filter((l) => isListedWorksheet(l.definition))
    .sort((a, b) => (a.definition.point ?? 9) - (b.definition.point ?? 9) || a.definition.title.localeCompare(b.definition.title));
  for (const problem of app.library.problems) app.say(`${app.theme.warn('warning:')} ${problem}`);
  const profile = app.store.profile();
  const summary = (s: string) => fillTemplate(s, profile);
  if (o.json) {
    const drafts = new Set(app.store.drafts().map((d) => d.worksheetId));
    app.out(JSON.stringify(shown.map((l) => ({ id: l.definition.id, title: l.definition.title, point: l.definition.point, summary: summary(l.definition.summary), shortcut: l.definition.shortcut ?? null, custom: !l.builtin, draft: drafts.has(l.definition.id) })), null, 2));
    return;
  }
  const t = app.theme;
  const drafts = new Set(app.store.drafts().map((d) => d.worksheetId));
  const width = screenWidth(app.io);
  const columns = width - 31 >= 30;
  let point: number | null | undefined;
  for (const { definition: d, builtin } of shown) {
    if (d.point !== point) {
      point = d.point;
      app.out(`${point === undefined ? '' : '\n'}${t.heading(point === null ? 'Other' : `Point ${point}: ${POINT_TITLES[point]}`)}`);
    }
    const short = d.shortcut ? t.dim(` (fourpoint ${d.shortcut})`) : '';
    const notes = `${builtin ? '' : t.dim(' [your own]')}${drafts.has(d.id) ? t.warn(' [draft waiting]') : ''}`;
    // The id in a column of its own when the rest keeps 30 columns; else the title follows the id and wraps.
    const head = columns ? `  ${t.accent(padTo(d.id, 28))} ` : `  ${t.accent(d.id)}  `;
    const indent = columns ? ' '.repeat(31) : '    ';
    app.out([...wrap(`${d.title}${short}${notes}`, width, { first: head, indent }), ...wrap(t.dim(summary(d.summary)), width, { first: indent })].join('\n'));
  }
  app.say(t.dim('\nFill one with: fourpoint worksheet fill <id> (or its shortcut). New to a tool? fourpoint learn <id>'));
}
