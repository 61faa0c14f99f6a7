// fourpoint journal edit <id>: re-ask with the current answers as defaults, open $EDITOR (--editor),
// or change answers with --set field=value. Every path is validated before the entry is replaced.
import { CancelledError, UsageError, UserError } from '../../errors.js';
import type { Answers, Entry } from '../../domain/entry.js';
import { answersFromPairs } from '../../worksheets/coerce.js';
import { answersSchema, formatIssues, isEmptyAnswer, pruneAnswers } from '../../worksheets/answers.js';
import { runWorksheet } from '../../worksheets/runner.js';
import { dateRuleProblems } from '../../worksheets/date-rules.js';
import { repeatedRowsProblem } from '../../worksheets/pick-rows.js';
import type { WorksheetDefinition } from '../../worksheets/definition.js';
import type { App } from '../context.js';
import { editAnswersInEditor } from '../edit-in-editor.js';
import { folderEncrypted } from '../../store/encrypted-files.js';
import { definitionOf, entryName, resolveEntry } from '../journal-entry.js';
import { dayFlag } from '../options.js';
import { forDay } from '../checkin-wording.js';
import { rememberedAnswers } from '../fill.js';
import { syncMilestones } from '../milestones.js';

export interface JournalEditOptions {
  set?: string[];
  editor?: boolean;
  date?: string;
  json?: boolean;
}

function validated(def: WorksheetDefinition, raw: unknown, entry: Entry, today: string): Answers {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError('the answers must be an object of answers by field id');
  const parsed = answersSchema(def).safeParse(raw);
  if (!parsed.success) throw new UsageError(`the answers do not fit ${def.id}: ${formatIssues(parsed.error).join('; ')}`, 'nothing was changed');
  const dates = dateRuleProblems(def.fields, parsed.data, today, entry.answers);
  if (dates.length > 0) throw new UsageError(dates.join('; '), 'nothing was changed');
  // A pick group's rows (the pie's areas) are each given once; an older entry's repeats stay until that field is edited.
  for (const field of def.fields) {
    if (JSON.stringify(parsed.data[field.id]) === JSON.stringify(entry.answers[field.id])) continue;
    const repeated = repeatedRowsProblem(field, parsed.data[field.id]);
    if (repeated) throw new UsageError(`${repeated}, so nothing was changed`);
  }
  return parsed.data;
}

/** Longer than this, a text answer is someone's writing: at a terminal, --set asks before replacing it. */
export const LONG_TEXT = 200;

/** True when no long text is replaced, or the person says it may be; a script's --set is taken as meant. */
async function longTextsMayGo(app: App, before: Answers, given: Answers): Promise<boolean> {
  if (!app.io.isInteractive) return true;
  const prompter = await app.prompter();
  for (const [id, value] of Object.entries(given)) {
    const old = before[id];
    if (typeof old !== 'string' || old.length <= LONG_TEXT || old === value) continue;
    const start = old.slice(0, 40).replace(/\s+/g, ' ');
    const ok = await prompter.confirm({ name: `replace.${id}`, field: id, message: `Replace your ${id} of ${old.length.toLocaleString('en')} characters ("${start}…")?`, default: false });
    if (!ok) return false;
  }
  return true;
}

async function newAnswers(o: JournalEditOptions, app: App, def: WorksheetDefinition, entry: Entry): Promise<Answers | undefined> {
  const pairs = o.set ?? [];
  if (o.editor && pairs.length > 0) throw new UsageError('use --editor or --set, not both');
  if (o.editor) {
    // An editor works on a plain file: with encryption on, that would put the answers on disk unencrypted.
    if (folderEncrypted(app.dataDir)) throw new UsageError('--editor would put your answers on disk unencrypted while encryption is on', 'edit at the prompts, or with --set field=value');
    return validated(def, editAnswersInEditor(app.io, entry.answers), entry, app.today());
  }
  if (pairs.length > 0) {
    // --set note= clears an answer.
    const given = answersFromPairs(def, pairs);
    const merged = Object.entries({ ...entry.answers, ...given }).filter(([, v]) => !isEmptyAnswer(v));
    const answers = validated(def, pruneAnswers(def.fields, Object.fromEntries(merged)), entry, app.today());
    return (await longTextsMayGo(app, entry.answers, given)) ? answers : undefined;
  }
  if (!app.io.isInteractive) {
    if (o.date) return entry.answers;
    throw new UsageError('not at a terminal: say what to change', 'pass --set field=value (repeat for more), or --editor');
  }
  const prompter = await app.prompter();
  const today = app.today();
  // A check-in is asked about its own day; its own free-text answers are offered as choices.
  const asked = entry.kind === 'checkin' ? forDay(def, entry.date, today) : def;
  try {
    return await runWorksheet(asked, prompter, { today, profile: app.store.profile(), defaults: entry.answers, remembered: rememberedAnswers(def, [entry]) });
  } catch (error) {
    if (error instanceof CancelledError) throw new CancelledError(`Stopped. The ${entryName(app, entry)} is as it was.`);
    throw error;
  }
}

export async function run(o: JournalEditOptions, app: App, args: string[]): Promise<void> {
  const entry = resolveEntry(app, args[0] ?? '');
  const def = definitionOf(app, entry);
  if (!def) throw new UserError(`cannot edit the ${entryName(app, entry)}: its worksheet definition is not installed`);
  // An entry is about a day that has come: today or earlier, as a check-in's --date is.
  const date = dayFlag('--date', o.date, app.today(), 'past') ?? entry.date;
  const answers = await newAnswers(o, app, def, entry);
  if (!answers) {
    app.say('Nothing was changed.');
    return;
  }
  // Only what this edit changed is applied, to the entry as stored at the moment of saving (under the
  // lock): an edit made meanwhile by another fourpoint, to other answers, is kept, not overwritten.
  const changed = changedAnswers(entry.answers, answers);
  const dateChanged = date !== entry.date;
  const next = app.store.updateEntry(entry.id, (fresh) => ({
    ...fresh,
    date: dateChanged ? date : fresh.date,
    answers: validated(def, pruneAnswers(def.fields, applyChanges(fresh.answers, changed)), fresh, app.today()),
    updatedAt: app.io.now().toISOString(),
  }));
  if (o.json) app.out(JSON.stringify(next, null, 2));
  app.say(`${app.theme.good('Saved')} your changes to the ${entryName(app, next)}.`);
  // Milestones an edit interrupts are taken away; new ones are announced by the next check-in or progress.
  syncMilestones(app, { add: false });
}

/** Each answer this edit set (a value) or cleared (undefined), against the copy the edit started from. */
function changedAnswers(before: Answers, after: Answers): Map<string, Answers[string] | undefined> {
  const out = new Map<string, Answers[string] | undefined>();
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]))
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out.set(key, after[key]);
  return out;
}

function applyChanges(answers: Answers, changed: Map<string, Answers[string] | undefined>): Answers {
  const out: Answers = { ...answers };
  for (const [key, value] of changed) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}
