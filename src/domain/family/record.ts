// How a recommendation is kept inside a family-plan entry, and read back, so an old plan renders
// with the reasons it was given even after the rules change.
import type { Answers } from '../entry.js';
import { interventions, type Intervention } from './assessment.js';
import { EMERGENCY_FIRST, INTERVENTION_TITLES } from './messages.js';
import type { Recommendation } from './rules.js';

/** Plan fields the planner fills from the recommendation; the family never types these. */
export const COMPUTED_PLAN_FIELDS = ['recommended', 'reasons', 'notChosen', 'safety', 'notes', 'assessment', 'differs'] as const;

export interface PlanRecord {
  intervention: Intervention;
  recommended: Intervention;
  whyDifferent?: string;
  reasons: string[];
  notChosen: string[];
  safety: string[];
  emergency: boolean;
  notes: string[];
  /** The loved one refuses help: CRAFT and SMART Family & Friends lead (read from the assessment, not stored). */
  craftFirst: boolean;
}

export function notChosenLines(rec: Recommendation): string[] {
  return rec.notChosen.map((n) => `${INTERVENTION_TITLES[n.intervention]}${n.ruledOut ? ' (ruled out)' : ''}: ${n.why.map((w) => w.text).join(' ')}`);
}

export function recordFromRecommendation(rec: Recommendation, chosen: Intervention = rec.intervention): PlanRecord {
  return {
    intervention: chosen,
    recommended: rec.intervention,
    reasons: rec.reasons.map((r) => r.text),
    notChosen: notChosenLines(rec),
    safety: rec.safety.guidance,
    emergency: rec.safety.level === 'emergency',
    notes: rec.notes.map((n) => n.text),
    craftFirst: rec.craftFirst,
  };
}

/** The computed answers of a plan entry: every one given, even an empty list, so none is asked. */
export function planPreset(rec: Recommendation, assessmentId: string, chosen: Intervention): Answers {
  const r = recordFromRecommendation(rec, chosen);
  return {
    intervention: chosen,
    recommended: r.recommended,
    reasons: r.reasons,
    notChosen: r.notChosen,
    safety: r.safety,
    notes: r.notes,
    assessment: assessmentId,
    differs: chosen !== r.recommended,
  };
}

function isIntervention(v: unknown): v is Intervention {
  return typeof v === 'string' && (interventions as readonly string[]).includes(v);
}

const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** craftFirst comes from the assessment the plan was drafted from; a plan entry does not keep it. */
export function recordFromPlanAnswers(a: Answers, craftFirst = false): PlanRecord | undefined {
  if (!isIntervention(a.intervention)) return undefined;
  const safety = strings(a.safety);
  return {
    intervention: a.intervention,
    recommended: isIntervention(a.recommended) ? a.recommended : a.intervention,
    whyDifferent: typeof a.whyDifferent === 'string' && a.whyDifferent.trim() ? a.whyDifferent : undefined,
    reasons: strings(a.reasons),
    notChosen: strings(a.notChosen),
    safety,
    emergency: safety[0] === EMERGENCY_FIRST,
    notes: strings(a.notes),
    craftFirst,
  };
}
