// The family assessment as the rules see it: typed values read from the answers of the
// family-assessment worksheet (validated there), with missing optional answers made explicit.
import type { Answers } from '../entry.js';

export const interventions = ['crisis', 'recovery', 'closure'] as const;
export type Intervention = (typeof interventions)[number];

export const safetyRisks = ['self-harm', 'violence', 'overdose', 'driving'] as const;
export type SafetyRisk = (typeof safetyRisks)[number];

export type AgeGroup = 'under-18' | 'young-adult' | 'adult' | 'older';
export type Duration = 'under-1-year' | '1-5-years' | '5-15-years' | 'over-15-years';
export type Pattern = 'experimenting' | 'regular' | 'long-term';
export type Attempts = 'none' | 'once' | 'several';
export type Willingness = 'wants-help' | 'unsure' | 'refuses' | 'unknown';
export type Agreement = 'agree' | 'mostly' | 'split' | 'alone';
export type Children = 'none' | 'in-home' | 'custody';

export interface Assessment {
  name?: string;
  ageGroup: AgeGroup;
  behaviour: string[];
  duration: Duration;
  pattern: Pattern;
  attempts: Attempts;
  willingness: Willingness;
  familyAgrees: Agreement;
  risks: SafetyRisk[];
  dangerNow: boolean;
  /** Has spoken of hopelessness or self-harm (asked apart from the list of risks, so it is never missed). */
  hopeless: boolean;
  children: Children;
  hope: number;
  energy: number;
}

function pick<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

/** Reads answers already validated against the worksheet; unknown or missing values get a cautious default. */
export function readAssessment(a: Answers): Assessment {
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const risks = list(a.safety).filter((r): r is SafetyRisk => (safetyRisks as readonly string[]).includes(r));
  return {
    name: typeof a.name === 'string' && a.name.trim() ? a.name.trim() : undefined,
    ageGroup: pick(a.ageGroup, ['under-18', 'young-adult', 'adult', 'older'], 'adult'),
    behaviour: list(a.behaviour),
    duration: pick(a.duration, ['under-1-year', '1-5-years', '5-15-years', 'over-15-years'], '1-5-years'),
    pattern: pick(a.pattern, ['experimenting', 'regular', 'long-term'], 'regular'),
    attempts: pick(a.attempts, ['none', 'once', 'several'], 'none'),
    willingness: pick(a.willingness, ['wants-help', 'unsure', 'refuses'], 'unknown'),
    familyAgrees: pick(a.familyAgrees, ['agree', 'mostly', 'split', 'alone'], 'mostly'),
    risks,
    dangerNow: risks.length > 0 && a.dangerNow === true,
    hopeless: a.hopeless === true,
    children: pick(a.children, ['none', 'in-home', 'custody'], 'none'),
    hope: typeof a.hope === 'number' ? a.hope : 5,
    energy: typeof a.energy === 'number' ? a.energy : 5,
  };
}
