// The evidence the rules weigh: each factor reads the assessment and, when it holds, adds weight to one
// intervention (or rules it out) with a reason written from the family's own answers.
import type { Assessment, Intervention } from './assessment.js';
import { RISK_NAMES } from './messages.js';

export interface Factor {
  id: string;
  /** Which intervention this speaks for (weight > 0), against (weight < 0) or rules out (weight = -Infinity). */
  intervention: Intervention;
  weight: number;
  holds: (a: Assessment) => boolean;
  reason: (a: Assessment, who: string) => string;
}

const DURATION_WORDS = { 'under-1-year': 'less than a year', '1-5-years': 'one to five years', '5-15-years': 'five to fifteen years', 'over-15-years': 'more than fifteen years' } as const;
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const RULED_OUT = Number.NEGATIVE_INFINITY;

export const FACTORS: readonly Factor[] = [
  // crisis: an acute or early problem; the family acts now, together, towards treatment
  { id: 'crisis.minor', intervention: 'crisis', weight: 4, holds: (a) => a.ageGroup === 'under-18', reason: (_a, w) => `${cap(w)} is under 18: at this age an early, united response from the family matters most.` },
  { id: 'crisis.experimenting', intervention: 'crisis', weight: 3, holds: (a) => a.pattern === 'experimenting', reason: () => 'It sounds like trying things out rather than a settled habit, so the aim is to stop it early and get a professional assessment.' },
  { id: 'crisis.recent', intervention: 'crisis', weight: 2, holds: (a) => a.duration === 'under-1-year', reason: () => 'It has been going on for less than a year: a prompt, firm response has the best chance now.' },
  { id: 'crisis.untreated', intervention: 'crisis', weight: 2, holds: (a) => a.attempts === 'none', reason: (_a, w) => `Nothing has been tried yet, so getting ${w} to treatment is the first goal.` },
  { id: 'crisis.risk', intervention: 'crisis', weight: 2, holds: (a) => a.risks.length > 0, reason: (a) => `There is a safety risk (${a.risks.map((r) => RISK_NAMES[r]).join('; ')}) that cannot wait for a long process.` },
  { id: 'crisis.against.long', intervention: 'crisis', weight: -2, holds: (a) => a.pattern === 'long-term' || a.duration === 'over-15-years', reason: () => 'The use is long-standing: one push to treatment is unlikely to be enough on its own.' },

  // recovery: engagement in long-term recovery through a continuum of care
  { id: 'recovery.established', intervention: 'recovery', weight: 2, holds: (a) => a.pattern !== 'experimenting', reason: (a) => `The use is ${a.pattern === 'regular' ? 'regular and getting in the way of life' : 'long-standing'}, which usually needs more than one round of treatment.` },
  { id: 'recovery.years', intervention: 'recovery', weight: 2, holds: (a) => a.duration === '1-5-years' || a.duration === '5-15-years', reason: (a) => `It has gone on for ${DURATION_WORDS[a.duration]}: lasting change needs care in steps, not a single step.` },
  { id: 'recovery.relapsed', intervention: 'recovery', weight: 2, holds: (a) => a.attempts !== 'none' && a.hope >= 4, reason: () => 'Earlier treatment did not last on its own, and the family still has hope: a continuum of care adds what comes after treatment.' },
  { id: 'recovery.willing', intervention: 'recovery', weight: 3, holds: (a) => a.willingness === 'wants-help', reason: (_a, w) => `${cap(w)} has said they want help: that openness is the moment to build long-term recovery on.` },
  { id: 'recovery.ambivalent', intervention: 'recovery', weight: 1, holds: (a) => a.willingness === 'unsure', reason: (_a, w) => `${cap(w)} is in two minds about changing, and a plan that offers choices can work with that.` },
  { id: 'recovery.resources', intervention: 'recovery', weight: 1, holds: (a) => a.hope >= 5 && a.energy >= 5, reason: (a) => `The family still has the hope (${a.hope} of 10) and energy (${a.energy} of 10) a long-term plan asks for.` },
  { id: 'recovery.against.teen', intervention: 'recovery', weight: -2, holds: (a) => a.ageGroup === 'under-18' && a.pattern === 'experimenting', reason: () => 'A long-term recovery programme may be more than a young person who is experimenting needs; that can be decided after treatment.' },
  { id: 'recovery.out.refuses', intervention: 'recovery', weight: RULED_OUT, holds: (a) => a.willingness === 'refuses' && a.attempts === 'none', reason: (_a, w) => `${cap(w)} refuses help and nothing has been tried yet: long-term recovery needs their agreement first, and CRAFT and SMART Family & Friends are built to win it.` },
  { id: 'recovery.against.exhausted', intervention: 'recovery', weight: -2, holds: (a) => a.hope <= 3 && a.energy <= 3, reason: () => 'The family has little hope or energy left to carry another long programme.' },

  // closure: everything has been tried; a last, clear offer
  { id: 'closure.decades', intervention: 'closure', weight: 2, holds: (a) => a.duration === 'over-15-years', reason: () => 'It has gone on for more than fifteen years.' },
  { id: 'closure.tried', intervention: 'closure', weight: 2, holds: (a) => a.attempts === 'several', reason: () => 'Treatment or stopping has been tried several times already.' },
  { id: 'closure.hopeless', intervention: 'closure', weight: 3, holds: (a) => a.hope <= 3, reason: (a) => `The family has little hope left (${a.hope} of 10).` },
  { id: 'closure.exhausted', intervention: 'closure', weight: 2, holds: (a) => a.energy <= 3, reason: (a) => `The family is worn out (energy ${a.energy} of 10).` },
  { id: 'closure.custody', intervention: 'closure', weight: 2, holds: (a) => a.children === 'custody', reason: () => 'There are custody or discipline questions that need clear decisions, whatever happens.' },
  { id: 'closure.refuses', intervention: 'closure', weight: 1, holds: (a) => a.willingness === 'refuses' && a.attempts !== 'none', reason: (_a, w) => `${cap(w)} refuses to talk about it, even after earlier attempts.` },
  { id: 'closure.against.hopeful', intervention: 'closure', weight: -2, holds: (a) => a.hope >= 6, reason: (a) => `The family still has real hope (${a.hope} of 10): closure is for when everything else has been tried.` },
  { id: 'closure.against.split', intervention: 'closure', weight: -2, holds: (a) => a.familyAgrees === 'split', reason: () => 'The family is split, and a last offer only works when everyone holds to it.' },
  { id: 'closure.out.minor', intervention: 'closure', weight: RULED_OUT, holds: (a) => a.ageGroup === 'under-18', reason: (_a, w) => `${cap(w)} is under 18 and still depends on the family: a last offer is not where to start with a young person.` },
  { id: 'closure.out.untried', intervention: 'closure', weight: RULED_OUT, holds: (a) => a.attempts === 'none', reason: () => 'Nothing has been tried yet: a last offer comes only after other attempts.' },
];
