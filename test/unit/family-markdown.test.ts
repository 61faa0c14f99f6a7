// The family document is valid Markdown whatever the family types, and the person's text stays literal.
import fc from 'fast-check';
import { lint } from 'markdownlint/sync';
import { describe, expect, it } from 'vitest';
import type { Answers, Entry } from '../../src/domain/entry.js';
import { readAssessment, type Intervention } from '../../src/domain/family/assessment.js';
import { NOT_A_SUBSTITUTE } from '../../src/domain/family/messages.js';
import { planPreset, recordFromPlanAnswers } from '../../src/domain/family/record.js';
import { recommend } from '../../src/domain/family/rules.js';
import { renderFamilyDocument } from '../../src/export/family-markdown.js';
import { Library, builtinDir } from '../../src/worksheets/loader.js';

const library = new Library(builtinDir());
const def = (id: string) => library.require(id).definition;

function entry(worksheet: string, answers: Answers, id = worksheet): Entry {
  return { id, kind: 'family', worksheet: { id: worksheet, version: 1 }, point: null, date: '2026-11-23', createdAt: '2026-11-23T10:00:00.000Z', updatedAt: '2026-11-23T10:00:00.000Z', answers, tags: [] };
}

function documentFor(assessment: Answers, chosen?: Intervention, plan: Answers = {}, map?: Answers): string {
  const rec = recommend(readAssessment(assessment));
  const planAnswers = { ...plan, ...planPreset(rec, 'a1', chosen ?? rec.intervention) };
  return renderFamilyDocument({
    assessment: { definition: def('family-assessment'), entry: entry('family-assessment', assessment, 'a1') },
    record: recordFromPlanAnswers(planAnswers)!,
    plan: { definition: def('family-plan'), entry: entry('family-plan', planAnswers) },
    map: map && { definition: def('family-map'), entry: entry('family-map', map) },
  });
}

function problems(md: string): string[] {
  const result = lint({ strings: { doc: md }, config: { default: true, MD013: false } });
  return result.doc!.map((e) => `${e.lineNumber}: ${e.ruleNames.join('/')} ${e.errorContext ?? ''}`);
}

const base: Answers = { ageGroup: 'adult', behaviour: ['alcohol'], duration: '5-15-years', pattern: 'long-term', attempts: 'several', familyAgrees: 'agree', safety: ['violence'], dangerNow: true, children: 'custody', hope: 4, energy: 4 };

describe('the family document', () => {
  it.each(['crisis', 'recovery', 'closure'] as const)('is valid Markdown for a %s plan with an emergency', (chosen) => {
    const md = documentFor(base, chosen);
    expect(problems(md)).toEqual([]);
    expect(md).toContain(NOT_A_SUBSTITUTE);
    expect(md.indexOf('Someone may be in danger now')).toBeLessThan(md.indexOf('## Recommended'));
  });

  it('keeps a name with Markdown in it literal, in the title and the reasons', () => {
    const md = documentFor({ ...base, name: '**Bo** <i>_x_</i>', ageGroup: 'under-18', attempts: 'none' });
    expect(md).toContain('# Family plan for \\*\\*Bo\\*\\* \\<i\\>\\_x\\_\\</i\\>, 2026-11-23');
    expect(md).toContain('- \\*\\*Bo\\*\\* \\<i\\>\\_x\\_\\</i\\> is under 18');
    expect(md).not.toMatch(/<i>/);
  });

  it('stays valid Markdown whatever text the family types', () => {
    // Random text, plus text that looks like Markdown, blank text and addresses that could become links.
    const tricky = ['  a  ', '\ta\tb', 'a\n\n\nb', '1. x', '2) q', '- x', '+ y', '> q', '***', '---', '```js', '~~~', '# h', '=====', '| a | b |', '<!-- c -->', '[a](b)', '![i](j)', '\\', 'a\r\nb', '  \n  ', 'jo@clinic.org', 'see https://clinic.org/a_b?x=1&y=2', 'www.clinic.org'];
    const text = fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.constantFrom(...tricky));
    fc.assert(
      fc.property(text, text, text, text, fc.constantFrom('crisis', 'recovery', 'closure' as const), (name, notes, lastOffer, hurts, chosen) => {
        const md = documentFor(
          { ...base, name, notes },
          chosen,
          { lastOffer, ifNo: notes, professional: name, team: [name, notes] },
          { people: [{ name, role: hurts, hurts, change: lastOffer }], patterns: notes },
        );
        expect(problems(md)).toEqual([]);
      }),
      { numRuns: Number(process.env.FAMILY_RUNS ?? 60) },
    );
  });
});
