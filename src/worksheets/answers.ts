// The answers schema derived from a definition: one check for prompts, flags, answers files, imports.
import { z } from 'zod';
import type { Answers, AnswerValue } from '../domain/entry.js';
import { isIsoDay } from '../domain/dates.js';
import { choiceValue } from './choices.js';
import type { Field, LeafField, WorksheetDefinition } from './definition.js';
import { isEmptyAnswer, whenMatches } from './answer-rules.js';

export { isEmptyAnswer, pruneAnswers, whenMatches } from './answer-rules.js';

import { MAX_LONGTEXT, MAX_TEXT } from './limits.js';

export function fieldValueSchema(field: Field): z.ZodType<AnswerValue> {
  switch (field.type) {
    case 'text':
    case 'longtext': {
      const limit = field.type === 'text' ? Math.min(field.maxLength ?? MAX_TEXT, MAX_TEXT) : MAX_LONGTEXT;
      return z.string({ error: 'must be text' }).max(limit, `must be at most ${limit} characters`);
    }
    case 'number': {
      let n = z.number({ error: 'must be a number' }).refine(Number.isFinite, 'must be a number');
      if (field.integer) n = n.refine(Number.isInteger, 'must be a whole number');
      if (field.min !== undefined) n = n.refine((v) => v >= field.min!, `must be at least ${field.min}`);
      if (field.max !== undefined) n = n.refine((v) => v <= field.max!, `must be at most ${field.max}`);
      return n;
    }
    case 'scale':
      return z
        .number({ error: `must be a whole number from ${field.min} to ${field.max}` })
        .refine((v) => Number.isInteger(v) && v >= field.min && v <= field.max, `must be a whole number from ${field.min} to ${field.max}`);
    case 'boolean':
      return z.boolean({ error: 'must be yes or no (true or false)' });
    case 'choice': {
      const values = field.choices.map(choiceValue);
      return field.other
        ? z.string().min(1, 'must not be empty').max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`)
        : z.string({ error: `must be one of: ${values.join(', ')}` }).refine((v) => values.includes(v), `must be one of: ${values.join(', ')}`);
    }
    case 'multichoice': {
      const values = field.choices.map(choiceValue);
      const item = field.other || field.remember
        ? z.string().min(1, 'must not be empty').max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`)
        : z.string().refine((v) => values.includes(v), `each must be one of: ${values.join(', ')}`);
      return z.array(item, { error: 'must be a list of answers' });
    }
    case 'list': {
      let a = z.array(z.string().min(1, 'must not be empty').max(MAX_TEXT, `must be at most ${MAX_TEXT} characters`), { error: 'must be a list of answers' });
      if (field.min !== undefined) a = a.min(field.min, `needs at least ${field.min}`);
      if (field.max !== undefined) a = a.max(field.max, `takes at most ${field.max}`);
      return a;
    }
    case 'date':
      return z.string({ error: 'must be a date as YYYY-MM-DD' }).refine(isIsoDay, 'must be a date as YYYY-MM-DD');
    case 'group': {
      let a = z.array(fieldsSchema(field.fields), { error: 'must be a list of rows' });
      if (field.min !== undefined) a = a.min(field.min, `needs at least ${field.min}`);
      if (field.max !== undefined) a = a.max(field.max, `takes at most ${field.max}`);
      return a as unknown as z.ZodType<AnswerValue>;
    }
  }
}

function fieldsSchema(fields: readonly (Field | LeafField)[]): z.ZodType<Answers> {
  const shape: Record<string, z.ZodType> = {};
  for (const f of fields) shape[f.id] = fieldValueSchema(f).optional();
  return z
    .object(shape)
    .strict()
    .superRefine((answers, ctx) => {
      for (const f of fields) {
        if (f.required && whenMatches(f.when, answers) && isEmptyAnswer(answers[f.id]))
          ctx.addIssue({ code: 'custom', path: [f.id], message: 'is required' });
      }
    }) as unknown as z.ZodType<Answers>;
}

const cache = new WeakMap<WorksheetDefinition, z.ZodType<Answers>>();

export function answersSchema(def: WorksheetDefinition): z.ZodType<Answers> {
  let schema = cache.get(def);
  if (!schema) {
    schema = fieldsSchema(def.fields);
    cache.set(def, schema);
  }
  return schema;
}

/** "path: message" lines for a failed parse, in the order zod found them. */
export function formatIssues(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    const message = issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` : issue.message;
    return path ? `${path}: ${message}` : message;
  });
}
