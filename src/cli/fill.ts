// Filling a definition and saving the entry: shared by checkin, worksheet fill and their shortcuts.
import { randomId } from '../store/random.js';
import type { Answers, Entry, EntryKind } from '../domain/entry.js';
import { CancelledError } from '../errors.js';
import type { Prompter } from '../prompts/prompter.js';
import type { WorksheetDefinition } from '../worksheets/definition.js';
import { runWorksheet, type RunContext } from '../worksheets/runner.js';
import { showAnswers } from './answers-screen.js';
import type { App } from './context.js';

export interface FillRequest {
  definition: WorksheetDefinition;
  date: string;
  preset: Answers;
  flagFor: (field: string) => string;
  defaults?: Answers;
  tags?: string[];
  /** Keep what was answered as a draft while a person fills it in, and drop the draft once saved. */
  drafts?: boolean;
  /** A prompter already made by the command (it may have asked something first). */
  prompter?: Prompter;
  /** An entry to update in place (same id): its answers are the defaults, or the base for flags when not at a terminal. */
  replace?: Entry;
  /** The command that picks a draft up again (said when the person stops). */
  resumeWith?: string;
  /** A draft's answers, picked up again: shown at a terminal before the first question. */
  sofar?: Answers;
}

/** Earlier free-text answers to remembered multichoice fields, most recent first. */
export function rememberedAnswers(def: WorksheetDefinition, recent: readonly Entry[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const field of def.fields) {
    if (field.type !== 'multichoice' || !field.remember) continue;
    const seen = new Set<string>();
    for (const e of [...recent].reverse()) {
      const v = e.answers[field.id];
      if (Array.isArray(v)) for (const x of v) if (typeof x === 'string') seen.add(x);
    }
    out[field.id] = [...seen];
  }
  return out;
}

export async function fillAndSave(app: App, req: FillRequest): Promise<Entry> {
  const def = req.definition;
  const prompter = req.prompter ?? (await app.prompter(req.flagFor));
  // Earlier answers are offered only at the prompts: a script's answers are all given, so none are read for it.
  const recent = prompter.interactive ? app.store.entries({ since: addMonths(app.today(), -2) }).filter((e) => e.worksheet?.id === def.id) : [];
  const base = req.replace?.answers;
  const ctx: RunContext = {
    today: app.today(),
    profile: app.store.profile(),
    preset: base && !prompter.interactive ? { ...base, ...req.preset } : req.preset,
    defaults: prompter.interactive ? (base ?? req.defaults) : undefined,
    // The entry being updated counts as the most recent, so its own free-text answers stay on offer (and ticked).
    remembered: rememberedAnswers(def, [...recent.filter((e) => e.id !== req.replace?.id), ...(req.replace ? [req.replace] : [])]),
    show: (answers, fields) => showAnswers(app, def, answers, fields, 'Your answers so far'),
    sofar: req.sofar,
  };
  let kept = 0;
  if (req.drafts && prompter.interactive) {
    // Written after every answer, so even a closed terminal keeps what was typed.
    ctx.onAnswer = (answers, inProgress) => {
      app.store.saveDraft({ worksheetId: def.id, worksheetVersion: def.version, date: req.date, savedAt: app.io.now().toISOString(), answers, ...(inProgress ? { inProgress } : {}) });
      kept = Object.keys(answers).length;
    };
  }
  let answers: Answers;
  try {
    answers = await runWorksheet(def, prompter, ctx);
  } catch (error) {
    if (!(error instanceof CancelledError)) throw error;
    const resume = req.resumeWith ?? `fourpoint worksheet fill ${def.id}`;
    if (kept > 0) throw new CancelledError(`Stopped. Your ${kept} answer${kept === 1 ? ' is' : 's are'} kept as a draft; pick it up with: ${resume}`);
    if (req.replace) throw new CancelledError(`Stopped. The ${def.title.toLowerCase()} of ${req.replace.date} is as it was.`);
    throw new CancelledError('Stopped before the first answer; nothing was saved.');
  }
  const now = app.io.now().toISOString();
  if (req.replace) {
    const updated: Entry = { ...req.replace, date: req.date, answers, updatedAt: now };
    app.store.replaceEntry(updated);
    return updated;
  }
  const entry: Entry = {
    id: randomId(),
    kind: kindOf(def),
    worksheet: { id: def.id, version: def.version },
    point: def.point,
    date: req.date,
    createdAt: now,
    updatedAt: now,
    answers,
    tags: req.tags ?? [],
  };
  app.store.addEntry(entry);
  if (req.drafts) app.store.deleteDraft(def.id);
  return entry;
}

function kindOf(def: WorksheetDefinition): EntryKind {
  return def.kind === 'profile' ? 'note' : def.kind;
}

function addMonths(day: string, n: number): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 10);
}
