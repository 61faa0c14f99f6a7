// fourpoint family: where a worried relative or friend starts; what the planner does, step by step.
import { readAssessment } from '../../domain/family/assessment.js';
import { CRAFT, EMERGENCY, INTERVENTION_SUMMARIES, INTERVENTION_TITLES, MODEL_ORIGIN, NOT_A_SUBSTITUTE, RULE_OF_THUMB } from '../../domain/family/messages.js';
import { recommend } from '../../domain/family/rules.js';
import type { App } from '../context.js';
import { ASSESSMENT, MAP, PLAN, familyEntries } from '../family.js';

const STEPS: [string, string][] = [
  ['fourpoint family assess', 'questions about your loved one and the family; ends with a recommendation and why'],
  ['fourpoint family plan', 'turn the recommendation into the family\'s own plan'],
  ['fourpoint family map', 'who is around your loved one, what helps and what hurts'],
  ['fourpoint family show', 'everything as Markdown, to bring to a professional (--out FILE)'],
];

export async function run(_o: unknown, app: App): Promise<void> {
  const t = app.theme;
  app.out(t.heading('Family and friends: planning for someone you care about'));
  app.out(`\n${t.warn(NOT_A_SUBSTITUTE)}\n${t.warn(EMERGENCY)}\n`);
  app.out('The planner suggests one of three kinds of intervention, fitted to your answers:');
  for (const [i, text] of Object.entries(INTERVENTION_SUMMARIES)) app.out(`  ${t.accent(INTERVENTION_TITLES[i as keyof typeof INTERVENTION_TITLES])}: ${text}`);
  app.out(`\n${MODEL_ORIGIN}\n${RULE_OF_THUMB}`);
  app.out('\nStep by step:');
  STEPS.forEach(([cmd, what], i) => app.out(`  ${i + 1}. ${t.accent(cmd.padEnd(24))} ${what}`));
  app.out(`\n${t.dim(CRAFT)}\n`);
  app.out(`Treatment and recovery, and the steps of care: ${t.accent('fourpoint learn treatment-and-recovery')}\n`);
  const assessment = familyEntries(app, ASSESSMENT).at(-1);
  if (!assessment) app.out('Start with: fourpoint family assess');
  else {
    const rec = recommend(readAssessment(assessment.answers));
    const plans = familyEntries(app, PLAN).filter((e) => e.answers.assessment === assessment.id).length;
    app.out(`Your latest assessment (${assessment.date}) recommends a ${t.accent(rec.intervention)} intervention.`);
    if (rec.craftFirst) app.out('Your loved one refuses help: start with CRAFT and SMART Family & Friends (see fourpoint family show).');
    app.out(plans > 0 ? 'You have drafted a plan from it.' : 'Next: fourpoint family plan');
    if (familyEntries(app, MAP).length === 0) app.out('You have not drawn a family map yet: fourpoint family map');
  }
  if (app.io.isInteractive) await guide(app, assessment !== undefined);
}

/** At a terminal the overview ends with a choice, so nobody has to remember a command. */
async function guide(app: App, assessed: boolean): Promise<void> {
  const prompter = await app.prompter();
  const choices = [
    { value: 'assess', label: assessed ? 'Answer the assessment again' : 'Start the assessment' },
    ...(assessed ? [{ value: 'plan', label: 'Draft the plan' }] : []),
    { value: 'map', label: 'Draw the family map' },
    ...(assessed ? [{ value: 'show', label: 'Show everything as Markdown' }] : []),
    { value: 'leave', label: 'Nothing for now' },
  ];
  const picked = await prompter.select({ name: 'step', field: 'step', message: 'What would you like to do?', choices, default: assessed ? 'plan' : 'assess', back: 'leave', required: true });
  const modules: Record<string, () => Promise<{ run(o: object, app: App): Promise<void> }>> = {
    assess: () => import('./family-assess.js'),
    plan: () => import('./family-plan.js'),
    map: () => import('./family-map.js'),
    show: () => import('./family-show.js'),
  };
  const load = modules[picked];
  if (load) await (await load()).run({}, app);
}
