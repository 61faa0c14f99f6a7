// What the family commands share: finding the latest family entries and putting a document together.
import { UserError } from '../errors.js';
import type { Answers, Entry } from '../domain/entry.js';
import { readAssessment } from '../domain/family/assessment.js';
import { SCREEN_NOTE } from '../domain/family/messages.js';
import { recordFromPlanAnswers, recordFromRecommendation } from '../domain/family/record.js';
import { recommend } from '../domain/family/rules.js';
import type { FamilyDocument, Filled } from '../export/family-markdown.js';
import { readAnswersFile } from './commands/worksheet-fill.js';
import { answersFromPairs } from '../worksheets/coerce.js';
import type { WorksheetDefinition } from '../worksheets/definition.js';
import type { App } from './context.js';

export const ASSESSMENT = 'family-assessment';
export const PLAN = 'family-plan';
export const MAP = 'family-map';

/** The limits of the tool and what to do in an emergency, on every family screen (stderr, so data stays clean). */
export function sayLimits(app: App): void {
  app.say(app.theme.warn(SCREEN_NOTE));
}

/**
 * Runs a family step with the limits note on screen: before the questions for a person at a terminal,
 * after the result otherwise, so that bad input still gets one clear line on stderr and nothing else.
 */
export async function withLimits<T>(app: App, step: () => Promise<T>): Promise<T> {
  if (app.io.isInteractive) sayLimits(app);
  const result = await step();
  if (!app.io.isInteractive) sayLimits(app);
  return result;
}

/** Answers from --answers FILE and --set field=value, the latter winning, as worksheet fill does. */
export function presetFrom(app: App, def: WorksheetDefinition, o: { answers?: string; set?: string[] }): Answers {
  return { ...(o.answers ? readAnswersFile(app, o.answers) : {}), ...answersFromPairs(def, o.set ?? []) };
}

export function flagFor(field: string): string {
  return `--set ${field}=… or --answers FILE`;
}

const byTime = (a: Entry, b: Entry) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt);

export function familyEntries(app: App, worksheetId: string): Entry[] {
  return app.store
    .entries()
    .filter((e) => e.kind === 'family' && e.worksheet?.id === worksheetId)
    .sort(byTime);
}

export function filled(app: App, entry: Entry): Filled {
  return { definition: entry.worksheet ? app.library.get(entry.worksheet.id)?.definition : undefined, entry };
}

/** The assessment to work from: the one named by id (or its first characters), else the latest. */
export function requireAssessment(app: App, id?: string): Entry {
  if (id) {
    const found = app.store.findEntry(id);
    if (!found || found.worksheet?.id !== ASSESSMENT) throw new UserError(`no family assessment with id ${id}`, 'see them with: fourpoint journal list --kind family');
    return found;
  }
  const latest = familyEntries(app, ASSESSMENT).at(-1);
  if (!latest) throw new UserError('there is no family assessment yet', 'start with: fourpoint family assess');
  return latest;
}

/** The assessment, the latest plan drafted from it (if any) and the latest map, ready to render. */
export function familyDocument(app: App, assessment: Entry): FamilyDocument {
  const plan = familyEntries(app, PLAN).filter((e) => e.answers.assessment === assessment.id).at(-1);
  const map = familyEntries(app, MAP).at(-1);
  const rec = recommend(readAssessment(assessment.answers));
  const stored = plan ? recordFromPlanAnswers(plan.answers, rec.craftFirst) : undefined;
  const record = stored ?? recordFromRecommendation(rec);
  return { assessment: filled(app, assessment), record, plan: plan && filled(app, plan), map: map && filled(app, map) };
}
