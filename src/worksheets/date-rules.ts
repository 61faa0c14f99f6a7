// Each date field's rule (allow: past, future or any) held against answers, however they came: prompts,
// flags, answers files, drafts or journal edit. An answer kept as it was (an old review date on an edit)
// is left alone: the rule is about the day a person gives now.
import type { Answers, AnswerValue } from '../domain/entry.js';
import { dayRuleProblem } from '../domain/dates.js';
import { isRecord } from '../domain/records.js';
import type { Field, LeafField } from './definition.js';

/** Every date answer that breaks its field's rule, as "field: 2026-11-01 has already passed: …". */
export function dateRuleProblems(fields: readonly (Field | LeafField)[], answers: Answers, today: string, before?: Answers): string[] {
  const problems: string[] = [];
  for (const f of fields) {
    const value = answers[f.id];
    const prior = before?.[f.id];
    if (f.type === 'date' && typeof value === 'string' && value !== prior) {
      const problem = dayRuleProblem(value, f.allow, today);
      if (problem) problems.push(`${f.label.replace(/[?:]\s*$/, '')} (${f.id}): ${value} ${problem}`);
    }
    if (f.type === 'group' && Array.isArray(value))
      value.forEach((row: AnswerValue, i) => {
        const priorRow = Array.isArray(prior) && isRecord<AnswerValue>(prior[i]) ? prior[i] : undefined;
        if (isRecord<AnswerValue>(row)) problems.push(...dateRuleProblems(f.fields, row, today, priorRow).map((p) => `${f.id}.${i}.${p}`));
      });
  }
  return problems;
}
