// The worksheet definition format: what a YAML file in worksheets/ may say.
// A JSON Schema of it is generated from this zod schema (see schema/ and its sync test).
import { z } from 'zod';

const fieldId = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, 'expected an identifier: a letter, then letters, digits or _');

const scalar = z.union([z.string(), z.number(), z.boolean()]);

const when = z
  .object({
    field: fieldId.describe('id of an earlier field at the same level'),
    equals: scalar.optional(),
    in: z.array(scalar).optional(),
    notEquals: scalar.optional(),
  })
  .strict()
  .describe('Ask this field only if the other answer matches');

const choice = z.union([
  z.string().min(1),
  z.object({ value: z.string().min(1), label: z.string().min(1) }).strict(),
]);

const base = {
  id: fieldId,
  label: z.string().min(1).describe('The question, as asked'),
  help: z.string().optional().describe('One or two sentences shown with the question'),
  example: z.string().optional(),
  required: z.boolean().default(false),
  when: when.optional(),
};

const textField = z.object({ ...base, type: z.literal('text'), default: z.string().optional(), maxLength: z.number().int().positive().optional() }).strict();
const longtextField = z.object({ ...base, type: z.literal('longtext'), default: z.string().optional() }).strict();
const numberField = z
  .object({ ...base, type: z.literal('number'), default: z.number().optional(), min: z.number().optional(), max: z.number().optional(), integer: z.boolean().default(false), unit: z.string().optional() })
  .strict();
const scaleField = z
  .object({
    ...base,
    type: z.literal('scale'),
    default: z.number().int().optional(),
    min: z.number().int(),
    max: z.number().int(),
    labels: z.tuple([z.string(), z.string()]).optional().describe('What the two ends mean'),
  })
  .strict();
const booleanField = z.object({ ...base, type: z.literal('boolean'), default: z.boolean().optional() }).strict();
const choiceField = z
  .object({ ...base, type: z.literal('choice'), default: z.string().optional(), choices: z.array(choice).min(1), other: z.boolean().default(false) })
  .strict();
const multichoiceField = z
  .object({
    ...base,
    type: z.literal('multichoice'),
    default: z.array(z.string()).optional(),
    choices: z.array(choice).default([]),
    other: z.boolean().default(true).describe('Offer free text for answers not in the list'),
    remember: z.boolean().default(false).describe('Offer answers given in earlier fills as choices'),
  })
  .strict();
const listField = z
  .object({
    ...base,
    type: z.literal('list'),
    default: z.array(z.string()).optional(),
    min: z.number().int().nonnegative().optional(),
    max: z.number().int().positive().optional(),
    itemLabel: z.string().optional().describe('What one item is called, such as "step": journal list counts them by it'),
  })
  .strict();
const dateField = z
  .object({
    ...base,
    type: z.literal('date'),
    default: z.string().optional(),
    allow: z.enum(['past', 'future', 'any']).default('any').describe('past: today or earlier; future: today or later; any: either'),
  })
  .strict();

const leafField = z.discriminatedUnion('type', [
  textField,
  longtextField,
  numberField,
  scaleField,
  booleanField,
  choiceField,
  multichoiceField,
  listField,
  dateField,
]);

const groupField = z
  .object({
    ...base,
    type: z.literal('group'),
    fields: z.array(leafField).min(1),
    min: z.number().int().nonnegative().optional(),
    max: z.number().int().positive().optional(),
    itemLabel: z.string().optional().describe('What one row is called, such as "value" or "option"'),
    pick: z
      .boolean()
      .default(false)
      .describe('Rows are picked once each: at a terminal their first field (a choice) is a checklist, then the rest is asked for each; a first answer given twice is refused'),
  })
  .strict();

export const fieldSchema = z.discriminatedUnion('type', [
  textField,
  longtextField,
  numberField,
  scaleField,
  booleanField,
  choiceField,
  multichoiceField,
  listField,
  dateField,
  groupField,
]);

const showBefore = fieldId
  .optional()
  .describe('At a terminal, the table so far is shown before this field is asked (the CBA\'s boxes before its conclusion)');

const renderHints = z
  .object({
    grid: z
      .object({
        columns: z.array(z.string()).min(1),
        rows: z.array(z.object({ label: z.string(), cells: z.array(fieldId) }).strict()).min(1),
        showBefore: showBefore,
      })
      .strict()
      .optional()
      .describe('Render these fields as a table (the CBA as 2 by 2)'),
    bars: z
      .object({ field: fieldId, label: fieldId, value: fieldId, target: fieldId.optional(), max: z.number().positive(), showBefore: showBefore })
      .strict()
      .optional()
      .describe('Render a group as a table with bars (the balance pie)'),
    line: z
      .array(z.union([fieldId, z.object({ field: fieldId, label: z.string().min(1) }).strict()]))
      .min(1)
      .optional()
      .describe('What journal list sums an entry up with: a group or list is counted, other answers quoted (after label: when given)'),
  })
  .strict();

export const definitionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected lower-case words joined by -'),
    version: z.number().int().positive(),
    title: z.string().min(1),
    point: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.null()], { error: 'expected 1, 2, 3, 4 or null (not tied to one point)' }),
    kind: z.enum(['worksheet', 'checkin', 'urge', 'profile', 'family']).default('worksheet'),
    summary: z.string().min(1).describe('One line for the list'),
    intro: z.string().optional(),
    shortcut: z.string().regex(/^[a-z]+$/).optional().describe('A top-level command, such as cba'),
    hidden: z.boolean().default(false).describe('Not shown by worksheet list (used by other commands)'),
    fields: z.array(fieldSchema).min(1),
    render: renderHints.optional(),
  })
  .strict()
  .superRefine((def, ctx) => {
    checkFields(def.fields, ['fields'], { addIssue: (issue) => ctx.addIssue(issue) });
  });

type AnyField = z.infer<typeof fieldSchema>;

type Issue = { code: 'custom'; path: (string | number)[]; message: string };
type RawField = { id: string; when?: { field: string; equals?: unknown; in?: unknown; notEquals?: unknown }; type: string; min?: number; max?: number; fields?: unknown };

/**
 * The cross-field checks on a raw definition. zod skips refinements once a definition has other
 * problems, so validate runs these by themselves too and a person sees every problem at once.
 */
export function crossFieldIssues(raw: unknown): Issue[] {
  const issues: Issue[] = [];
  const fields = raw !== null && typeof raw === 'object' ? (raw as { fields?: unknown }).fields : undefined;
  if (Array.isArray(fields)) checkFields(fields as RawField[], ['fields'], { addIssue: (issue: Issue) => void issues.push(issue) });
  return issues;
}

function checkFields(fields: readonly RawField[], path: (string | number)[], ctx: { addIssue(issue: Issue): void }): void {
  const seen = new Set<string>();
  fields.forEach((field, i) => {
    if (field === null || typeof field !== 'object') return;
    if (seen.has(field.id)) ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `duplicate field id "${field.id}"` });
    if (field.when && typeof field.when === 'object' && !seen.has(field.when.field))
      ctx.addIssue({ code: 'custom', path: [...path, i, 'when', 'field'], message: `"${field.when.field}" is not an earlier field` });
    // A when with no condition would always hold, which is never what its author meant.
    if (field.when && field.when.equals === undefined && field.when.in === undefined && field.when.notEquals === undefined)
      ctx.addIssue({ code: 'custom', path: [...path, i, 'when'], message: 'needs equals, in or notEquals' });
    if (field.min !== undefined && field.max !== undefined && field.min > field.max)
      ctx.addIssue({ code: 'custom', path: [...path, i, 'max'], message: `max (${field.max}) is below min (${field.min})` });
    if (field.type === 'group' && Array.isArray(field.fields)) checkFields(field.fields as RawField[], [...path, i, 'fields'], ctx);
    seen.add(field.id);
  });
}

export type WorksheetDefinition = z.infer<typeof definitionSchema>;
export type Field = AnyField;
export type LeafField = z.infer<typeof leafField>;
export type FieldType = Field['type'];
export type Choice = z.infer<typeof choice>;

// Re-exported for the modules that already load the schema (and for tests).
export { choiceLabel, choiceValue, isListedWorksheet } from './choices.js';
