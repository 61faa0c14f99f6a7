// Answers from one worksheet offered as starting points in another: the benefits of carrying on from
// the person's latest Cost-Benefit Analysis, for VACI ("what did the behaviour give you?").
import type { Answers, Entry } from '../domain/entry.js';
import { plainLine } from '../domain/status.js';
import type { App } from './context.js';

/** The benefit items of a CBA entry, as the person wrote them. */
export function cbaBenefits(cba: Entry): string[] {
  const rows = cba.answers.benefitsOfDoing;
  if (!Array.isArray(rows)) return [];
  return rows
    .map((row) => (row !== null && typeof row === 'object' && !Array.isArray(row) ? row.item : undefined))
    .filter((item): item is string => typeof item === 'string' && item.trim().length > 0)
    .map((item) => plainLine(item));
}

/**
 * For VACI: says which benefits the latest CBA lists, and returns them as defaults for its "gives" field
 * when asked to. Nothing for other worksheets.
 */
export function startingPoints(app: App, worksheetId: string, asDefaults: boolean): Answers {
  if (worksheetId !== 'vaci') return {};
  const cba = app.store.latest((e) => e.worksheet?.id === 'cost-benefit-analysis');
  const benefits = cba ? cbaBenefits(cba) : [];
  if (!cba || benefits.length === 0) return {};
  app.say(app.theme.dim(`From your Cost-Benefit Analysis of ${cba.date}, carrying on gives you: ${benefits.join('; ')}. An interest that gives some of the same is a good place to start.`));
  return asDefaults ? { gives: benefits } : {};
}
