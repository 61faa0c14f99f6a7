import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAssessment } from '../../src/domain/family/assessment.js';
import { FACTORS } from '../../src/domain/family/factors.js';
import * as messages from '../../src/domain/family/messages.js';
import { flagsWithdrawalRisk, outlinePlan } from '../../src/domain/family/plan.js';
import { Library, builtinDir } from '../../src/worksheets/loader.js';
import { planPreset, recordFromPlanAnswers } from '../../src/domain/family/record.js';
import { recommend } from '../../src/domain/family/rules.js';

const library = new Library(builtinDir());
const teen = readAssessment({ name: 'Jo', ageGroup: 'under-18', behaviour: ['cannabis'], duration: 'under-1-year', pattern: 'experimenting', attempts: 'none', familyAgrees: 'agree', safety: ['none'], children: 'none', hope: 8, energy: 7 });
const decades = readAssessment({ ageGroup: 'older', behaviour: ['alcohol'], duration: 'over-15-years', pattern: 'long-term', attempts: 'several', familyAgrees: 'agree', safety: ['none'], children: 'custody', hope: 2, energy: 2 });

describe('the plan outline', () => {
  it('lays out a continuum of care for recovery, with a choice of groups', () => {
    const steps = outlinePlan('recovery', decades).steps.join('\n');
    expect(steps).toMatch(/Inpatient or residential treatment[\s\S]*Sober living afterwards, for up to six months[\s\S]*Outpatient/);
    for (const group of ['12-step', 'SMART Recovery', 'faith-based']) expect(steps).toContain(group);
  });

  // The worries offered by the shipped assessment, and words a family might type instead.
  const offered = (library.require('family-assessment').definition.fields.find((f) => f.id === 'behaviour') as { choices: (string | { value: string })[] }).choices.map((c) => (typeof c === 'string' ? c : c.value));
  const SEDATIVE = /seizures and can kill[\s\S]*[Tt]alk to a doctor/;
  const OPIOID = /tolerance falls[\s\S]*naloxone/;
  const CASES: [string, string[], { sedative: boolean; opioid: boolean }][] = [
    ['alcohol (offered)', ['alcohol'], { sedative: true, opioid: false }],
    ['opioids (offered)', ['opioids'], { sedative: false, opioid: true }],
    ['prescription medicines (offered): sedatives or painkillers', ['prescription medicines'], { sedative: true, opioid: true }],
    ['free text: Xanax', ['Xanax'], { sedative: true, opioid: false }],
    ['free text: vodka most nights', ['vodka most nights'], { sedative: true, opioid: false }],
    ['free text: sleeping pills', ['sleeping pills'], { sedative: true, opioid: false }],
    ['free text: Fentanyl', ['Fentanyl'], { sedative: false, opioid: true }],
    ['free text: painkillers after surgery', ['painkillers after surgery'], { sedative: false, opioid: true }],
    ['gambling (offered)', ['gambling'], { sedative: false, opioid: false }],
    ['gaming and cannabis (offered)', ['gaming', 'cannabis'], { sedative: false, opioid: false }],
    ['stimulants (offered)', ['stimulants'], { sedative: false, opioid: false }],
    ['free text that only contains the letters: drumming, begin', ['drumming', 'begin'], { sedative: false, opioid: false }],
  ];

  it('offers in the shipped assessment every worry the table uses', () => {
    for (const [name, behaviour] of CASES) if (name.includes('(offered)')) for (const b of behaviour) expect(offered).toContain(b);
  });

  it.each(CASES)('carries the medical-safety step in all three plans as fits: %s', (_name, behaviour, want) => {
    for (const intervention of ['crisis', 'recovery', 'closure'] as const) {
      // Experimenting or long-standing, the step is there: it is about stopping, not about how long.
      for (const pattern of ['experimenting', 'long-term'] as const) {
        const steps = outlinePlan(intervention, { ...decades, behaviour, pattern, risks: [] }).steps;
        const text = steps.join('\n');
        expect(SEDATIVE.test(text), `${intervention}: sedative step`).toBe(want.sedative);
        expect(OPIOID.test(text), `${intervention}: opioid step`).toBe(want.opioid);
        // Medical safety comes first.
        if (want.sedative || want.opioid) expect(steps[0]).toMatch(/^Medical safety:/);
        // Never advice on how to taper.
        expect(text).not.toMatch(/\btaper/i);
      }
    }
  });

  it('flags withdrawal risk for those substances, or when the family has seen overdoses or dangerous withdrawal', () => {
    expect(flagsWithdrawalRisk({ ...decades, behaviour: ['alcohol'], risks: [] })).toBe(true);
    expect(flagsWithdrawalRisk({ ...decades, behaviour: ['gambling'], risks: [] })).toBe(false);
    expect(flagsWithdrawalRisk({ ...decades, behaviour: ['gambling'], risks: ['overdose'] })).toBe(true);
  });

  it('cautions about homelessness and overdose when support is withdrawn, and keeps children out of the offer', () => {
    const steps = outlinePlan('closure', { ...decades, behaviour: ['gambling'] }).steps.join('\n');
    expect(steps).toMatch(/homeless/);
    expect(steps).toMatch(/overdose/);
    expect(steps).toMatch(/never as part of the offer/);
  });

  it('adds medically supervised withdrawal only where stopping can be dangerous', () => {
    expect(outlinePlan('recovery', decades).steps.join('\n')).toMatch(/medically supervised withdrawal/i);
    const gambling = { ...decades, behaviour: ['gambling'], risks: [] };
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

describe('the shipped plan worksheet', () => {
  const plan = library.require('family-plan').definition;
  const field = (id: string) => plan.fields.find((f) => f.id === id) as { default?: unknown; example?: string } | undefined;

  it('pre-selects no step of care: a professional assessment decides', () => {
    expect(field('levels')?.default).toBeUndefined();
  });

  it('has no example that makes children or housing an ultimatum', () => {
    for (const f of plan.fields) expect(f.example ?? '', f.id).not.toMatch(/\b(children|kids|rent|house|housing|home|evict\w*|grandparents)\b/i);
  });
});
