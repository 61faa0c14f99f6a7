// The family plan as Markdown to bring to a professional: the limits and emergency note first, then
// safety, the recommendation and why, the plan's steps and what the family drafted, and the worksheets.
import type { Entry } from '../domain/entry.js';
import { readAssessment } from '../domain/family/assessment.js';
import { CRAFT, CRAFT_FIRST, EMERGENCY, INTERVENTION_SUMMARIES, INTERVENTION_TITLES, MODEL_ORIGIN, NOT_A_SUBSTITUTE, RULE_OF_THUMB, lovedOne } from '../domain/family/messages.js';
import { outlinePlan } from '../domain/family/plan.js';
import { COMPUTED_PLAN_FIELDS, type PlanRecord } from '../domain/family/record.js';
import type { WorksheetDefinition } from '../worksheets/definition.js';
import { renderAnswers, renderEntry } from '../worksheets/markdown.js';
import { inline } from '../worksheets/markdown-text.js';

export interface Filled {
  definition: WorksheetDefinition | undefined;
  entry: Entry;
}

export interface FamilyDocument {
  assessment: Filled;
  record: PlanRecord;
  /** The family-plan entry, once the family has drafted one. */
  plan?: Filled;
  map?: Filled;
}

const bullets = (items: readonly string[]) => items.map((s) => `- ${inline(s)}`);

export function limitsNote(): string[] {
  return [
    `> **Not a substitute for professional help.** ${inline(NOT_A_SUBSTITUTE)}`,
    '>',
    `> **In an emergency:** ${inline(EMERGENCY)}`,
    '>',
    `> **About this planner:** ${inline(MODEL_ORIGIN)}`,
  ];
}

/** Safety first, then the recommendation with its reasons and the two not chosen. */
export function recommendationLines(record: PlanRecord): string[] {
  const lines: string[] = [];
  if (record.safety.length > 0) {
    const [first, ...rest] = record.safety;
    lines.push('## Safety first', '');
    if (record.emergency) lines.push(`**${inline(first!)}**`, '', ...bullets(rest), '');
    else lines.push(...bullets(record.safety), '');
  }
  // A refusal is what CRAFT and SMART Family & Friends are built for, so they come before any intervention.
  if (record.craftFirst) lines.push('## Start here: CRAFT and SMART Family & Friends', '', inline(CRAFT_FIRST), '');
  const rec = record.recommended;
  lines.push(`## Recommended: ${INTERVENTION_TITLES[rec]}`, '', inline(INTERVENTION_SUMMARIES[rec]), '', inline(RULE_OF_THUMB), '');
  lines.push('### Why this intervention', '', ...bullets(record.reasons), '');
  if (record.notChosen.length > 0) lines.push('### Why not the others', '', ...bullets(record.notChosen), '');
  if (record.notes.length > 0) lines.push('### Keep in mind', '', ...bullets(record.notes), '');
  return lines;
}

function planLines(doc: FamilyDocument): string[] {
  const { record } = doc;
  const assessment = readAssessment(doc.assessment.entry.answers);
  const lines = [`## The plan: ${INTERVENTION_TITLES[record.intervention]}`, ''];
  if (record.intervention !== record.recommended) {
    const why = record.whyDifferent ? ` Why: ${record.whyDifferent}` : '';
    lines.push(inline(`The family chose a ${record.intervention} intervention rather than the recommended ${record.recommended} one.${why}`), '');
  }
  lines.push(...outlinePlan(record.intervention, assessment).steps.map((s, i) => `${i + 1}. ${inline(s)}`), '');
  const def = doc.plan?.definition;
  if (doc.plan && def) {
    const computed = new Set<string>([...COMPUTED_PLAN_FIELDS, 'intervention', 'whyDifferent']);
    const drafted = renderAnswers(def.fields.filter((f) => !computed.has(f.id)), doc.plan.entry.answers);
    if (record.intervention === 'closure' && doc.plan.entry.answers.lastOffer === undefined)
      drafted.push('- Still to write together: the last offer, and what the family will do if the answer is yes and if it is no.');
    if (drafted.length === 0) drafted.push(`- Nothing written yet: decide the details together, then run ${inline('fourpoint family plan')} again.`);
    lines.push('### What the family has decided', '', ...drafted, '');
  } else {
    lines.push(inline('Draft the details together with: fourpoint family plan'), '');
  }
  if (!record.craftFirst) lines.push('### Another approach: CRAFT', '', inline(CRAFT), '');
  return lines;
}

/** The whole document: one H1, valid Markdown, every answer escaped. */
export function renderFamilyDocument(doc: FamilyDocument): string {
  const who = lovedOne(readAssessment(doc.assessment.entry.answers).name);
  // The date ends the title, so a name ending in punctuation cannot end the heading.
  const lines = [`# Family plan for ${inline(who)}, ${doc.assessment.entry.date}`, '', ...limitsNote(), '', ...recommendationLines(doc.record), ...planLines(doc)];
  lines.push(renderEntry(doc.assessment.definition, doc.assessment.entry, 2));
  if (doc.map) lines.push(renderEntry(doc.map.definition, doc.map.entry, 2));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}
