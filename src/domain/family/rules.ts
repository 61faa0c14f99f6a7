// The intervention rules: weigh the factors, choose crisis, recovery or closure, and explain the choice
// and the two not chosen. Safety is judged first and separately: no score can outweigh a danger.
import { interventions, type Assessment, type Intervention, type SafetyRisk } from './assessment.js';
import { FACTORS } from './factors.js';
import { EMERGENCY, EMERGENCY_FIRST, HOPELESSNESS, RISK_GUIDANCE, lovedOne } from './messages.js';

export interface Reason {
  id: string;
  text: string;
}

export interface Safety {
  /** emergency: someone may be in danger now; concerns: risks to plan around; none. */
  level: 'emergency' | 'concerns' | 'none';
  risks: SafetyRisk[];
  guidance: string[];
}

export interface NotChosen {
  intervention: Intervention;
  ruledOut: boolean;
  why: Reason[];
}

export interface Recommendation {
  safety: Safety;
  intervention: Intervention;
  reasons: Reason[];
  notChosen: NotChosen[];
  /** Cautions for any plan (a split family, children, being the only one worried). */
  notes: Reason[];
  scores: Record<Intervention, number>;
  /** The loved one refuses help: CRAFT and SMART Family & Friends come first, whatever the intervention. */
  craftFirst: boolean;
}

/** When scores tie, the less drastic step comes first: closure only when it clearly leads. */
const TIE_ORDER: Intervention[] = ['recovery', 'crisis', 'closure'];

export function judgeSafety(a: Assessment): Safety {
  const guidance = a.risks.map((r) => RISK_GUIDANCE[r]);
  // Hopelessness gets the crisis guidance even when self-harm was not ticked among the risks.
  if (a.hopeless && !a.risks.includes('self-harm')) guidance.push(HOPELESSNESS);
  if (a.dangerNow) return { level: 'emergency', risks: a.risks, guidance: [EMERGENCY_FIRST, EMERGENCY, ...guidance] };
  return { level: guidance.length > 0 ? 'concerns' : 'none', risks: a.risks, guidance };
}

function notesFor(a: Assessment, who: string): Reason[] {
  const notes: Reason[] = [];
  if (a.familyAgrees === 'split')
    notes.push({ id: 'note.split', text: `The family does not agree yet. Whatever the plan, start by meeting without ${who} to agree on what you all see; a professional can chair that meeting.` });
  if (a.familyAgrees === 'alone')
    notes.push({ id: 'note.alone', text: 'You are the only one worried. Look for one ally in the family or among friends, and for support of your own.' });
  if (a.children !== 'none')
    notes.push({
      id: 'note.children',
      text: `Children come first: make sure they are safe and looked after whatever happens${a.children === 'custody' ? ', and ask a family lawyer or social worker about the custody questions' : ''}.`,
    });
  return notes;
}

export function recommend(a: Assessment): Recommendation {
  const who = lovedOne(a.name);
  const held = FACTORS.filter((f) => f.holds(a));
  const scores = { crisis: 0, recovery: 0, closure: 0 } as Record<Intervention, number>;
  for (const f of held) scores[f.intervention] += f.weight;
  // Compared, not subtracted: two ruled-out scores (-Infinity) would give NaN.
  const best = [...TIE_ORDER].sort((x, y) => (scores[y] === scores[x] ? 0 : scores[y] > scores[x] ? 1 : -1))[0]!;
  const reasonsOf = (i: Intervention, sign: 1 | -1) =>
    held.filter((f) => f.intervention === i && Math.sign(f.weight) === sign).map((f) => ({ id: f.id, text: f.reason(a, who) }));

  let reasons = reasonsOf(best, 1);
  if (reasons.length === 0)
    reasons = [{ id: `${best}.default`, text: 'No answer points strongly elsewhere, and this is the gentlest step that still moves things forward.' }];

  const notChosen = interventions
    .filter((i) => i !== best)
    .map((i): NotChosen => {
      const against = reasonsOf(i, -1);
      const ruledOut = scores[i] === Number.NEGATIVE_INFINITY;
      if (ruledOut) return { intervention: i, ruledOut, why: against.filter((r) => r.id.includes('.out.')) };
      const forIt = reasonsOf(i, 1);
      const weaker = forIt.length
        ? { id: `${i}.weaker`, text: `What points this way: ${forIt.map((r) => r.text).join(' ')} But more of your answers point to a ${best} intervention.` }
        : { id: `${i}.unsupported`, text: 'None of your answers point this way.' };
      return { intervention: i, ruledOut, why: [...against, weaker] };
    });

  return { safety: judgeSafety(a), intervention: best, reasons, notChosen, notes: notesFor(a, who), scores, craftFirst: a.willingness === 'refuses' };
}
