import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAssessment } from '../../src/domain/family/assessment.js';
import { FACTORS } from '../../src/domain/family/factors.js';
import * as messages from '../../src/domain/family/messages.js';
import { outlinePlan } from '../../src/domain/family/plan.js';
import { planPreset, recordFromPlanAnswers } from '../../src/domain/family/record.js';
import { recommend } from '../../src/domain/family/rules.js';

const teen = readAssessment({ name: 'Jo', ageGroup: 'under-18', behaviour: ['cannabis'], duration: 'under-1-year', pattern: 'experimenting', attempts: 'none', familyAgrees: 'agree', safety: ['none'], children: 'none', hope: 8, energy: 7 });
const decades = readAssessment({ ageGroup: 'older', behaviour: ['alcohol'], duration: 'over-15-years', pattern: 'long-term', attempts: 'several', familyAgrees: 'agree', safety: ['none'], children: 'custody', hope: 2, energy: 2 });

describe('the plan outline', () => {
  it('lays out a continuum of care for recovery, with a choice of groups', () => {
    const steps = outlinePlan('recovery', decades).steps.join('\n');
    expect(steps).toMatch(/Inpatient or residential treatment[\s\S]*Sober living afterwards, for up to six months[\s\S]*Outpatient/);
    for (const group of ['12-step', 'SMART Recovery', 'faith-based']) expect(steps).toContain(group);
  });

  it('adds medically supervised withdrawal only where stopping can be dangerous', () => {
    expect(outlinePlan('recovery', decades).steps.join('\n')).toMatch(/medically supervised withdrawal/i);
    const gambling = { ...decades, behaviour: ['gambling'] };
    expect(outlinePlan('recovery', gambling).steps.join('\n')).not.toMatch(/withdrawal/i);
  });

  it('has the family act as one unit towards treatment in a crisis, and a first call for a minor', () => {
    const steps = outlinePlan('crisis', teen).steps.join('\n');
    expect(steps).toMatch(/one goal: treatment/);
    expect(steps).toMatch(/long-term recovery is needed is decided later/);
    expect(steps).toMatch(/As parents or carers/);
    expect(outlinePlan('crisis', { ...teen, ageGroup: 'adult' }).steps.join('\n')).not.toMatch(/As parents or carers/);
  });

  it('asks for a last offer and what the family does either way in closure, and settles the children', () => {
    const steps = outlinePlan('closure', decades).steps.join('\n');
    expect(steps).toMatch(/last, clear offer/);
    expect(steps).toMatch(/if the answer is yes, and what it will do if the answer is no/);
    expect(steps).toMatch(/children/);
  });

  it('fits different families with different plans', () => {
    const a = recommend(teen);
    const b = recommend(decades);
    expect(a.intervention).not.toBe(b.intervention);
    expect(outlinePlan(a.intervention, teen).steps).not.toEqual(outlinePlan(b.intervention, decades).steps);
  });
});

describe('the plan record', () => {
  it('keeps the recommendation, its reasons and the emergency in the plan entry and reads them back', () => {
    const rec = recommend({ ...decades, risks: ['violence'], dangerNow: true });
    const answers = planPreset(rec, 'abc', 'recovery');
    const back = recordFromPlanAnswers(answers)!;
    expect(back).toMatchObject({ intervention: 'recovery', recommended: 'closure', emergency: true });
    expect(back.reasons).toEqual(rec.reasons.map((r) => r.text));
    expect(back.notChosen).toHaveLength(2);
    expect(answers.differs).toBe(true);
  });
});

describe('the words used', () => {
  const LABELS = /\b(addicts?|alcoholics?|patients?|junkies|junkie|abusers?)\b/i;
  it('never labels the loved one, in the messages, the reasons or the questions', () => {
    const all = Object.values(messages).filter((m): m is string => typeof m === 'string');
    all.push(...Object.values(messages.RISK_GUIDANCE), ...Object.values(messages.INTERVENTION_SUMMARIES));
    for (const f of FACTORS) all.push(f.reason(decades, 'your loved one'));
    for (const i of ['crisis', 'recovery', 'closure'] as const) all.push(...outlinePlan(i, decades).steps, ...outlinePlan(i, teen).steps);
    const dir = join(import.meta.dirname, '..', '..', 'worksheets', 'family');
    for (const file of readdirSync(dir)) all.push(readFileSync(join(dir, file), 'utf8'));
    for (const text of all) expect(text).not.toMatch(LABELS);
    expect(all.length).toBeGreaterThan(40);
  });
});
