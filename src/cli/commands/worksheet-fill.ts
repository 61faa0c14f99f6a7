// fourpoint worksheet fill <id>: one worksheet, at the prompts, from --answers FILE or --set field=value.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import type { Answers } from '../../domain/entry.js';
import { answersFromPairs } from '../../worksheets/coerce.js';
import { isListedWorksheet } from '../../worksheets/definition.js';
import type { App } from '../context.js';
import { fillAndSave } from '../fill.js';
import { dayFlag } from '../options.js';

export interface FillOptions {
  answers?: string;
  set?: string[];
  date?: string;
  json?: boolean;
}

export function readAnswersFile(app: App, file: string): Answers {
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(resolve(app.io.cwd, file), 'utf8');
  } catch {
    throw new UsageError(`cannot read the answers file ${file}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON (${(error as Error).message})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new UsageError(`${file} must hold a JSON object of answers by field id, such as {"conclusion": "…"}`);
  return parsed as Answers;
}

export async function run(o: FillOptions, app: App, args: string[]): Promise<void> {
  const id = args[0]!;
  const loaded = app.library.require(id);
  const definition = loaded.definition;
  if (!isListedWorksheet(definition)) throw new UsageError(`${id} is filled by its own command`, id === 'daily-check-in' ? 'run: fourpoint checkin' : undefined);
  const date = dayFlag('--date', o.date, app.today()) ?? app.today();
  const preset = { ...(o.answers ? readAnswersFile(app, o.answers) : {}), ...answersFromPairs(definition, o.set ?? []) };
  // The newest month first, so a fill does not read years of history.
  const previous = app.store.latest((e) => e.worksheet?.id === id);
  const entry = await fillAndSave(app, {
    definition,
    date,
    preset,
    defaults: previous?.answers,
    flagFor: (f) => `--set ${f}=… or --answers FILE`,
  });
  if (o.json) app.out(JSON.stringify(entry, null, 2));
  app.say(`${app.theme.good('Saved')} ${definition.title} for ${date}. See it with: fourpoint journal list`);
}
