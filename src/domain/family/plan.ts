// What each intervention asks of the family, as ordered steps fitted to the assessment.
import type { Assessment, Intervention } from './assessment.js';
import { CLOSURE_CAUTION, lovedOne, opioidSafety, sedativeSafety } from './messages.js';
import { hasMedicalRisk, medicalRisk } from './substances.js';

export interface PlanOutline {
  intervention: Intervention;
  /** The ordered steps, each one sentence or two. */
  steps: string[];
}

/**
 * The plan flags withdrawal risk when the assessment names alcohol, sedatives or opioids (by name or in the
 * family's own words), or when the family has seen overdoses or dangerous withdrawal.
 */
export function flagsWithdrawalRisk(a: Assessment): boolean {
  return hasMedicalRisk(a.behaviour) || a.risks.includes('overdose');
}

/** The medical-safety steps every plan carries when the assessment names alcohol, sedatives or opioids. */
export function medicalSafetySteps(a: Assessment, who: string): string[] {
  const risk = medicalRisk(a.behaviour);
  return [...(risk.sedative ? [sedativeSafety(who)] : []), ...(risk.opioid ? [opioidSafety(who)] : [])];
}

function crisisSteps(a: Assessment, who: string): string[] {
  const steps = [
    `Meet as a family, without ${who}, and agree on one view of what is happening and one goal: treatment.`,
    'Choose the people who will take part and one person to speak first; everyone else backs them up rather than adding new demands.',
    'Before you talk to them, find a treatment service or professional with a place ready, so a "yes" can turn into action the same day.',
    `Talk with ${who} at a calm, sober moment: say what each of you has seen, why you care, and what you are asking them to do. No blame, no labels.`,
    'Agree in advance what the family will do if the answer is "not now", and say it calmly.',
    'Whether long-term recovery is needed is decided later, with the professionals, once treatment has started.',
  ];
  if (a.ageGroup === 'under-18')
    steps.splice(2, 0, `As parents or carers you can decide on an assessment for ${who}: a family doctor, a school counsellor or a youth service is a good first call.`);
  return steps;
}

function recoverySteps(a: Assessment, who: string): string[] {
  const steps = [
    `Ask a doctor or addiction professional to assess ${who} and advise which level of care fits.`,
    ...(flagsWithdrawalRisk(a) ? ['Plan for medically supervised withdrawal: stopping alcohol, opioids or sedatives suddenly can be dangerous.'] : []),
    'The usual steps of care follow; which of them fit is for that professional assessment to decide.',
    'Inpatient or residential treatment, for a start away from everyday triggers.',
    'Sober living afterwards, for up to six months, to practise a new routine with support close by.',
    'Outpatient treatment and monitoring, stepping down as things hold.',
    `Support groups that ${who} chooses: a 12-step fellowship, SMART Recovery, a faith-based group or another; the choice matters more than the brand.`,
    'The family takes part too: learn about recovery, change what feeds the old pattern, and get support for yourselves.',
    'The aim is a new way of living rather than just stopping: work, health, friends and meaning, rebuilt step by step.',
  ];
  return steps;
}

function closureSteps(a: Assessment, who: string): string[] {
  const steps = [
    'Meet as a family and agree that this is a last, clear offer; everyone must be ready to hold to it.',
    `Arrange a real new start for ${who} before you make the offer: a treatment place held for them, and what the family will support.`,
    'Write down the offer in kind, plain words, with a date for the answer.',
    'Write down what the family will do if the answer is yes, and what it will do if the answer is no, and keep to both.',
    'Saying no to the old pattern is not saying no to the person: the door to a new start can stay open.',
    'Look after yourselves: support for the family does not depend on what your loved one chooses.',
  ];
  if (a.children !== 'none') steps.splice(4, 0, 'Settle where the children will live and who cares for them, with legal advice if custody is in question. Their safety is decided for its own sake, never as part of the offer.');
  steps.splice(4, 0, CLOSURE_CAUTION);
  return steps;
}

export function outlinePlan(intervention: Intervention, a: Assessment): PlanOutline {
  const who = lovedOne(a.name);
  const steps = intervention === 'crisis' ? crisisSteps(a, who) : intervention === 'recovery' ? recoverySteps(a, who) : closureSteps(a, who);
  // Medical safety comes first in every plan: it matters before anyone stops or is asked to.
  return { intervention, steps: [...medicalSafetySteps(a, who), ...steps] };
}
