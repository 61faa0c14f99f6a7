// fourpoint worksheet fill <id>: one worksheet, at the prompts, from --answers FILE or --set field=value.
// Also run by the shortcuts (fourpoint cba, fourpoint abc, ...).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import type { Answers, Draft } from '../../domain/entry.js';
import type { Prompter } from '../../prompts/prompter.js';
import { answersFromPairs } from '../../worksheets/coerce.js';
import { isListedWorksheet } from '../../worksheets/choices.js';
import type { WorksheetDefinition } from '../../worksheets/definition.js';
import { isLapse } from '../../domain/progress/days.js';
import { syncMilestones } from '../milestones.js';
import type { App } from '../context.js';
import { showEntry } from '../answers-screen.js';
import { fillAndSave } from '../fill.js';
import { startingPoints } from '../fill-starting-points.js';
import { dayFlag } from '../options.js';

/** Definitions that another command fills, and that command. */
const OWN_COMMAND: Record<string, string> = { 'daily-check-in': 'fourpoint checkin', profile: 'fourpoint init' };

export interface FillOptions {
  answers?: string;
  set?: string[];
  date?: string;
  json?: boolean;
  resume?: boolean;
  discardDraft?: boolean;
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

/**
 * Whether to pick up an unfinished draft. At a terminal the person is asked; otherwise the
 * rule is explicit: --resume or --discard-draft, and without either the fill stops (exit 2)
 * rather than quietly replacing what was typed before.
 */
async function useDraft(o: FillOptions, app: App, prompter: Prompter, def: WorksheetDefinition, draft: Draft | undefined): Promise<boolean> {
  if (o.resume && o.discardDraft) throw new UsageError('--resume and --discard-draft cannot be used together');
  if (!draft) {
    if (o.resume) throw new UsageError(`there is no draft of ${def.id} to resume`, 'see your drafts: fourpoint worksheet drafts');
    return false;
  }
  const count = Object.keys(draft.answers).length;
  if (o.resume) return true;
  if (o.discardDraft) return false;
  const from = `${draft.savedAt.slice(0, 10)} (${count} answer${count === 1 ? '' : 's'})`;
  if (!prompter.interactive)
    throw new UsageError(`you have an unfinished draft of ${def.id} from ${from}`, 'pass --resume to carry on with it, or --discard-draft to start afresh');
  app.say(`You have an unfinished ${def.title} from ${from}.`);
  const resume = await prompter.confirm({ name: 'resume', field: 'resume', message: 'Pick up where you left off?', default: true });
  if (!resume) app.say(app.theme.dim('Starting afresh. The old draft is replaced once you save or stop.'));
  return resume;
}

export async function run(o: FillOptions, app: App, args: string[]): Promise<void> {
  const id = args[0]!;
  const definition = app.library.require(id).definition;
  if (!isListedWorksheet(definition)) {
    const own = definition.kind === 'family' ? 'fourpoint family' : OWN_COMMAND[definition.id];
    throw new UsageError(`${id} is filled by its own command`, own ? `run: ${own}` : undefined);
  }
  const given = { ...(o.answers ? readAnswersFile(app, o.answers) : {}), ...answersFromPairs(definition, o.set ?? []) };
  const flagFor = (f: string) => `--set ${f}=… or --answers FILE`;
  const prompter = await app.prompter(flagFor);
  const draft = app.store.drafts().find((d) => d.worksheetId === definition.id);
  const resumed = (await useDraft(o, app, prompter, definition, draft)) ? draft : undefined;
  const date = dayFlag('--date', o.date, app.today(), 'past') ?? resumed?.date ?? app.today();
  // The newest month first, so a fill does not read years of history.
  const previous = app.store.latest((e) => e.worksheet?.id === definition.id);
  if (previous && prompter.interactive && !resumed)
    app.say(app.theme.dim(`You last filled this on ${previous.date}; those answers are offered again. Press Enter to keep one, type - to clear it.`));
  // A list or group stopped part-way is asked again at a terminal, its rows so far offered as defaults.
  const carried = { ...(resumed?.answers ?? {}) };
  const partial = resumed?.inProgress && prompter.interactive ? resumed.inProgress : undefined;
  const partialRows = partial ? carried[partial] : undefined;
  if (partial) delete carried[partial];
  // At a terminal, on a first fill, they become the defaults; an answers file is kept exactly as written.
  const offered = startingPoints(app, definition.id, prompter.interactive && !previous && !resumed);
  const entry = await fillAndSave(app, {
    definition,
    date,
    preset: { ...carried, ...given },
    defaults: partial && partialRows !== undefined ? { ...(previous?.answers ?? {}), [partial]: partialRows } : previous?.answers ?? offered,
    flagFor,
    prompter,
    drafts: true,
    sofar: resumed?.answers,
  });
  if (o.json) app.out(JSON.stringify(entry, null, 2));
  // At a terminal the person sees what they made, laid out as journal show lays it out.
  if (prompter.interactive) showEntry(app, definition, entry);
  app.say(`${app.theme.good('Saved')} ${definition.title} for ${date}. See your past ones with: fourpoint worksheet history ${definition.shortcut ?? definition.id}`);
  // An urge log can record a lapse (acted on it), which milestones must follow.
  if (isLapse(entry)) syncMilestones(app, { add: false });
}
