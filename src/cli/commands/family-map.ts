// fourpoint family map: who is in the family system, what each does that helps or hurts.
import { renderEntry } from '../../worksheets/markdown.js';
import type { App } from '../context.js';
import { MAP, flagFor, presetFrom, withLimits } from '../family.js';
import { fillAndSave } from '../fill.js';

export interface MapOptions {
  answers?: string;
  set?: string[];
  json?: boolean;
}

export async function run(o: MapOptions, app: App): Promise<void> {
  const definition = app.library.require(MAP).definition;
  const preset = presetFrom(app, definition, o);
  const entry = await withLimits(app, () => fillAndSave(app, { definition, date: app.today(), preset, flagFor }));
  if (o.json) app.out(JSON.stringify(entry, null, 2));
  else app.out(renderEntry(definition, entry).trimEnd());
  app.say(`${app.theme.good('Saved')} the family map. It is part of: fourpoint family show`);
}
