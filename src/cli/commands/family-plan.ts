// fourpoint family plan: turn the recommendation into the family's own plan, kept as a family entry.
import { UsageError } from '../../errors.js';
import { interventions, readAssessment, type Intervention } from '../../domain/family/assessment.js';
import { INTERVENTION_TITLES } from '../../domain/family/messages.js';
import { flagsWithdrawalRisk } from '../../domain/family/plan.js';
import { COMPUTED_PLAN_FIELDS, planPreset } from '../../domain/family/record.js';
import { recommend } from '../../domain/family/rules.js';
import { renderFamilyDocument } from '../../export/family-markdown.js';
import { screenWidth } from '../../ui/layout.js';
import { markdownToTerminal } from '../../ui/markdown-terminal.js';
import type { WorksheetDefinition } from '../../worksheets/definition.js';
import type { App } from '../context.js';
import { PLAN, familyDocument, flagFor, presetFrom, requireAssessment, sayLimits } from '../family.js';
import { fillAndSave } from '../fill.js';

export interface PlanOptions {
  answers?: string;
  set?: string[];
  assessment?: string;
  json?: boolean;
}

function withDefault(def: WorksheetDefinition, id: string, value: string[]): WorksheetDefinition {
  return { ...def, fields: def.fields.map((f) => (f.id === id && f.type === 'multichoice' ? { ...f, default: value } : f)) };
}

function isIntervention(v: unknown): v is Intervention {
  return typeof v === 'string' && (interventions as readonly string[]).includes(v);
}

export async function run(o: PlanOptions, app: App): Promise<void> {
  const definition = app.library.require(PLAN).definition;
  const given = presetFrom(app, definition, o);
  const computed = COMPUTED_PLAN_FIELDS.filter((f) => given[f] !== undefined);
  if (computed.length > 0) throw new UsageError(`${computed.join(', ')} ${computed.length > 1 ? 'are' : 'is'} filled from the assessment, not by hand`, 'set intervention (and whyDifferent) to choose another plan');
  if (given.intervention !== undefined && !isIntervention(given.intervention)) throw new UsageError(`intervention: must be one of: ${interventions.join(', ')}`);
  const assessment = requireAssessment(app, o.assessment);
  // With no terminal and no answers there is nothing of the family's to keep: never save an empty plan.
  if (!app.io.isInteractive && Object.keys(given).length === 0)
    throw new UsageError(
      'no plan to save: not at a terminal, and no answers were given',
      'pass --answers FILE or --set field=value, such as --set intervention=crisis --set firstStep="Mum calls the clinic" (every field: fourpoint worksheet show family-plan)',
    );
  const assessed = readAssessment(assessment.answers);
  const recommendation = recommend(assessed);
  if (app.io.isInteractive) sayLimits(app);

  let chosen = given.intervention as Intervention | undefined;
  if (!chosen && app.io.isInteractive) {
    // The family may disagree with the rules: ask, with the recommendation as the default.
    const prompter = await app.prompter(flagFor);
    // Safety before any plan: an emergency is said before the first question.
    if (recommendation.safety.level === 'emergency') prompter.say(app.theme.warn(recommendation.safety.guidance.slice(0, 2).join('\n')));
    prompter.say(`Recommended: ${INTERVENTION_TITLES[recommendation.intervention]}. See why with: fourpoint family show`);
    const picked = await prompter.select({
      name: 'intervention',
      field: 'intervention',
      message: 'Which intervention will the family plan for?',
      required: true,
      default: recommendation.intervention,
      choices: interventions.map((i) => ({ value: i, label: `${INTERVENTION_TITLES[i]}${i === recommendation.intervention ? ' (recommended)' : ''}` })),
    });
    chosen = isIntervention(picked) ? picked : recommendation.intervention;
  }
  chosen ??= recommendation.intervention;
  const preset = { ...given, ...planPreset(recommendation, assessment.id, chosen) };
  // Nothing is ticked in the steps of care (a professional decides), except supervised withdrawal when the plan flags that risk.
  const asked = app.io.isInteractive && flagsWithdrawalRisk(assessed) ? withDefault(definition, 'levels', ['detox']) : definition;
  const entry = await fillAndSave(app, { definition: asked, date: app.today(), preset, flagFor });
  if (!app.io.isInteractive) sayLimits(app);
  if (o.json) app.out(JSON.stringify({ entry, recommendation }, null, 2));
  else app.out(markdownToTerminal(renderFamilyDocument(familyDocument(app, assessment)), screenWidth(app.io), app.theme).trimEnd());
  app.say(`${app.theme.good('Saved')} the plan. To bring it to a professional: fourpoint family show --out family-plan.md`);
}
