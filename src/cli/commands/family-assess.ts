// fourpoint family assess: the assessment about a loved one and the family, then the recommendation.
import { UsageError } from '../../errors.js';
import { readAssessment } from '../../domain/family/assessment.js';
import { recordFromRecommendation } from '../../domain/family/record.js';
import { recommend } from '../../domain/family/rules.js';
import { limitsNote, recommendationLines } from '../../export/family-markdown.js';
import { screenWidth } from '../../ui/layout.js';
import { markdownToTerminal } from '../../ui/markdown-terminal.js';
import type { App } from '../context.js';
import { ASSESSMENT, flagFor, presetFrom, withLimits } from '../family.js';
import { fillAndSave } from '../fill.js';

export interface AssessOptions {
  answers?: string;
  set?: string[];
  json?: boolean;
}

export async function run(o: AssessOptions, app: App): Promise<void> {
  const definition = app.library.require(ASSESSMENT).definition;
  const preset = presetFrom(app, definition, o);
  // The scripted prompter answers a missing yes/no with "no"; about danger, silence must not mean no.
  const risky = Array.isArray(preset.safety) && preset.safety.some((r) => r !== 'none');
  if (risky && preset.dangerNow === undefined && !app.io.isInteractive)
    throw new UsageError('missing an answer for "Is anyone in danger right now, or likely to be in the next day"', 'not at a terminal, so pass --set dangerNow=yes or --set dangerNow=no');
  // Hopelessness is asked on its own (unless self-harm was named): a script must answer it too, never by silence.
  const selfHarm = Array.isArray(preset.safety) && preset.safety.includes('self-harm');
  if (preset.safety !== undefined && !selfHarm && preset.hopeless === undefined && !app.io.isInteractive)
    throw new UsageError('missing an answer for "Has your loved one spoken of feeling hopeless, of not wanting to live, or of hurting themselves"', 'not at a terminal, so pass --set hopeless=yes or --set hopeless=no');
  const entry = await withLimits(app, () => fillAndSave(app, { definition, date: app.today(), preset, flagFor }));
  const recommendation = recommend(readAssessment(entry.answers));
  if (o.json) {
    app.out(JSON.stringify({ entry, recommendation }, null, 2));
  } else {
    // Safety comes first in recommendationLines, so an emergency is read before any plan.
    const markdown = [...limitsNote(), '', ...recommendationLines(recordFromRecommendation(recommendation))].join('\n');
    app.out(markdownToTerminal(markdown, screenWidth(app.io), app.theme).trimEnd());
  }
  const next = recommendation.safety.level === 'emergency' ? 'When everyone is safe, draft the plan' : 'Next, draft the plan together';
  app.say(`${app.theme.good('Saved')} the assessment. ${next}: fourpoint family plan`);
}
