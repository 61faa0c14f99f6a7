import { describe, expect, it } from 'vitest';
import { readAssessment, type Assessment, type Intervention } from '../../src/domain/family/assessment.js';
import { EMERGENCY, EMERGENCY_FIRST, HOPELESSNESS, RISK_GUIDANCE, SCREEN_NOTE } from '../../src/domain/family/messages.js';
import { recommend } from '../../src/domain/family/rules.js';

/** A middling assessment; each row changes what matters to it. */
const base: Assessment = readAssessment({
  ageGroup: 'adult',
  behaviour: ['alcohol'],
  duration: '1-5-years',
  pattern: 'regular',
  attempts: 'none',
  familyAgrees: 'agree',
  safety: ['none'],
  children: 'none',
  hope: 5,
  energy: 5,
});

interface Row {
  name: string;
  answers: Record<string, unknown>;
  expected: Intervention;
  reasons: string[];
  /** Interventions the rules must rule out, with the reason's id. */
  ruledOut?: Record<string, string>;
  safety?: 'emergency' | 'concerns' | 'none';
  /** CRAFT and SMART Family & Friends lead (the loved one refuses help); false unless said. */
  craftFirst?: boolean;
}

const TABLE: Row[] = [
  {
    name: 'a teenager experimenting for a few months',
    answers: { name: 'Jo', ageGroup: 'under-18', behaviour: ['cannabis'], duration: 'under-1-year', pattern: 'experimenting', hope: 8, energy: 7 },
    expected: 'crisis',
    reasons: ['crisis.minor', 'crisis.experimenting', 'crisis.recent', 'crisis.untreated'],
    ruledOut: { closure: 'closure.out.minor' },
    safety: 'none',
  },
  {
    name: 'a young adult who relapsed after treatment and asks for help',
    answers: { ageGroup: 'young-adult', attempts: 'once', willingness: 'wants-help', hope: 7, energy: 6 },
    expected: 'recovery',
    reasons: ['recovery.established', 'recovery.years', 'recovery.relapsed', 'recovery.willing', 'recovery.resources'],
    safety: 'none',
  },
  {
    name: 'decades of drinking, custody questions and an exhausted family',
    answers: { ageGroup: 'older', duration: 'over-15-years', pattern: 'long-term', attempts: 'several', willingness: 'refuses', children: 'custody', hope: 2, energy: 2 },
    expected: 'closure',
    reasons: ['closure.decades', 'closure.tried', 'closure.hopeless', 'closure.exhausted', 'closure.custody', 'closure.refuses'],

    craftFirst: true,
  },
  {
    name: 'the same decades, but a hopeful family that is split: not closure',
    answers: { ageGroup: 'older', duration: 'over-15-years', pattern: 'long-term', attempts: 'several', willingness: 'refuses', children: 'custody', familyAgrees: 'split', hope: 8, energy: 7 },
    expected: 'recovery',
    reasons: ['recovery.established', 'recovery.relapsed', 'recovery.resources'],

    craftFirst: true,
  },
  {
    name: 'long-standing use never treated, in two minds',
    answers: { duration: '5-15-years', pattern: 'long-term', willingness: 'unsure', hope: 6, energy: 6 },
    expected: 'recovery',
    reasons: ['recovery.established', 'recovery.years', 'recovery.ambivalent', 'recovery.resources'],
    ruledOut: { closure: 'closure.out.untried' },
  },
  {
    name: 'a recent problem with drink-driving',
    answers: { duration: 'under-1-year', safety: ['driving'], dangerNow: false, hope: 7, energy: 7 },
    expected: 'crisis',
    reasons: ['crisis.recent', 'crisis.untreated', 'crisis.risk'],
    safety: 'concerns',
  },
  {
    name: 'many attempts and no hope or energy left, without decades or custody',
    answers: { duration: '5-15-years', attempts: 'several', willingness: 'unsure', hope: 2, energy: 3 },
    expected: 'closure',
    reasons: ['closure.tried', 'closure.hopeless', 'closure.exhausted'],
  },
  {
    name: 'safety override: a teenager talking of self-harm, danger now',
    answers: { ageGroup: 'under-18', duration: 'under-1-year', pattern: 'experimenting', safety: ['self-harm'], dangerNow: true, hope: 8, energy: 8 },
    expected: 'crisis',
    reasons: ['crisis.minor', 'crisis.experimenting', 'crisis.recent', 'crisis.untreated', 'crisis.risk'],
    safety: 'emergency',
  },
  {
    name: 'safety override: violence at home now, in an exhausted family',
    answers: { duration: 'over-15-years', pattern: 'long-term', attempts: 'several', safety: ['violence', 'overdose'], dangerNow: true, hope: 1, energy: 1 },
    expected: 'closure',
    reasons: ['closure.decades', 'closure.tried', 'closure.hopeless', 'closure.exhausted'],
    safety: 'emergency',
  },
  {
    name: 'refusal with overdose or withdrawal risk and nothing tried: not long-term recovery; CRAFT leads',
    answers: { behaviour: ['opioids'], duration: '5-15-years', willingness: 'refuses', safety: ['overdose'], dangerNow: false, hope: 6, energy: 6 },
    expected: 'crisis',
    reasons: ['crisis.untreated', 'crisis.risk'],
    ruledOut: { recovery: 'recovery.out.refuses', closure: 'closure.out.untried' },
    safety: 'concerns',
    craftFirst: true,
  },
  {
    name: 'refusal with withdrawal risk after decades of drinking, nothing tried: not long-term recovery',
    answers: { ageGroup: 'older', duration: 'over-15-years', pattern: 'long-term', willingness: 'refuses', safety: ['overdose'], dangerNow: false, hope: 7, energy: 7 },
    expected: 'crisis',
    reasons: ['crisis.untreated', 'crisis.risk'],
    ruledOut: { recovery: 'recovery.out.refuses', closure: 'closure.out.untried' },
    craftFirst: true,
  },
  {
    name: 'refusal without a safety risk, nothing tried yet: CRAFT leads, recovery waits for agreement',
    answers: { duration: '1-5-years', willingness: 'refuses', hope: 8, energy: 8 },
    expected: 'crisis',
    reasons: ['crisis.untreated'],
    ruledOut: { recovery: 'recovery.out.refuses', closure: 'closure.out.untried' },
    safety: 'none',
    craftFirst: true,
  },
  {
    name: 'refusal after several attempts, in an exhausted family: closure, with CRAFT still first',
    answers: { duration: '5-15-years', attempts: 'several', willingness: 'refuses', hope: 2, energy: 2 },
    expected: 'closure',
    reasons: ['closure.tried', 'closure.hopeless', 'closure.exhausted', 'closure.refuses'],
    craftFirst: true,
  },
  {
    name: 'hopelessness spoken of, no other risk: crisis guidance, no emergency',
    answers: { attempts: 'once', willingness: 'unsure', hopeless: true, hope: 6, energy: 6 },
    expected: 'recovery',
    reasons: ['recovery.established', 'recovery.years', 'recovery.relapsed', 'recovery.ambivalent', 'recovery.resources'],
    safety: 'concerns',
  },
];

describe('family intervention rules', () => {
  it.each(TABLE)('$name -> $expected', (row) => {
    const rec = recommend(readAssessment({ ...toAnswers(base), ...row.answers } as never));
    expect(rec.intervention).toBe(row.expected);
    expect(rec.reasons.map((r) => r.id)).toEqual(row.reasons);
    // The other two are always explained, each with at least one reason.
    expect(rec.notChosen.map((n) => n.intervention).sort()).toEqual(['crisis', 'closure', 'recovery'].filter((i) => i !== row.expected).sort());
    for (const n of rec.notChosen) expect(n.why.length).toBeGreaterThan(0);
    for (const [i, id] of Object.entries(row.ruledOut ?? {})) {
      const n = rec.notChosen.find((x) => x.intervention === i)!;
      expect(n.ruledOut).toBe(true);
      expect(n.why.map((w) => w.id)).toContain(id);
    }
    if (row.safety) expect(rec.safety.level).toBe(row.safety);
    expect(rec.craftFirst).toBe(row.craftFirst ?? false);
  });

  it('shows crisis guidance with a crisis line when the loved one has spoken of hopelessness, once only', () => {
    const hopeless = recommend(readAssessment({ ...toAnswers(base), hopeless: true } as never)).safety.guidance;
    expect(hopeless).toEqual([HOPELESSNESS]);
    expect(HOPELESSNESS).toContain('988');
    // Self-harm named among the risks already brings the crisis guidance: not said twice.
    const both = recommend(readAssessment({ ...toAnswers(base), safety: ['self-harm'], dangerNow: false, hopeless: true } as never)).safety.guidance;
    expect(both).toEqual([RISK_GUIDANCE['self-harm']]);
    expect(RISK_GUIDANCE['self-harm']).toContain('988');
  });

  it('gives every emergency text a crisis line, a domestic-violence line and a treatment helpline', () => {
    const lines = [/988/, /domestic-violence helpline/, /SAMHSA National Helpline, 1-800-662-4357/];
    const rec = recommend(readAssessment({ ...toAnswers(base), safety: ['violence'], dangerNow: true } as never));
    for (const text of [EMERGENCY, SCREEN_NOTE, rec.safety.guidance.join(' ')]) for (const line of lines) expect(text).toMatch(line);
  });

  it('puts emergency guidance before anything else when someone is in danger now', () => {
    const rec = recommend(readAssessment({ ...toAnswers(base), safety: ['violence', 'driving'], dangerNow: true } as never));
    expect(rec.safety.guidance.slice(0, 4)).toEqual([EMERGENCY_FIRST, EMERGENCY, RISK_GUIDANCE.violence, RISK_GUIDANCE.driving]);
  });

  it('gives risk guidance without the emergency when no one is in danger now', () => {
    const rec = recommend(readAssessment({ ...toAnswers(base), safety: ['overdose'], dangerNow: false } as never));
    expect(rec.safety).toEqual({ level: 'concerns', risks: ['overdose'], guidance: [RISK_GUIDANCE.overdose] });
  });

  it('ignores a "danger now" answer when no risk was chosen', () => {
    expect(recommend(readAssessment({ ...toAnswers(base), safety: ['none'], dangerNow: true } as never)).safety.level).toBe('none');
  });

  it('uses the name the family gives, and "your loved one" otherwise', () => {
    const teen = { ...toAnswers(base), ageGroup: 'under-18', attempts: 'none' };
    expect(recommend(readAssessment({ ...teen, name: 'Sam' } as never)).reasons[0]!.text).toMatch(/^Sam is under 18/);
    expect(recommend(readAssessment(teen as never)).reasons[0]!.text).toMatch(/^Your loved one is under 18/);
  });

  it('adds cautions for a split family and for children, whatever the intervention', () => {
    const rec = recommend(readAssessment({ ...toAnswers(base), familyAgrees: 'split', children: 'in-home' } as never));
    expect(rec.notes.map((n) => n.id)).toEqual(['note.split', 'note.children']);
    expect(recommend(readAssessment(toAnswers(base) as never)).notes).toEqual([]);
  });
});

function toAnswers(a: Assessment): Record<string, unknown> {
  return { ...a, safety: a.risks.length ? a.risks : ['none'] };
}
