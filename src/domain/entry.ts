// Entries and the answers they hold. The one shape for prompts, flags, imports and store reads.
import { z } from 'zod';
import { isIsoDay } from './dates.js';
import { ENTRY_ID, ENTRY_ID_RULE } from './entry-id.js';

export const isoDay = z.string().refine(isIsoDay, { message: 'expected a date as YYYY-MM-DD' });

import { entryKinds, type EntryKind } from './entry-kinds.js';

export { entryKinds, type EntryKind };

export const answerValue: z.ZodType<AnswerValue> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(answerValue),
    z.record(z.string(), answerValue),
  ]),
);
export type AnswerValue = string | number | boolean | null | AnswerValue[] | { [key: string]: AnswerValue };
export type Answers = Record<string, AnswerValue>;

export const entrySchema = z.object({
  id: z.string().regex(ENTRY_ID, { message: `an id is ${ENTRY_ID_RULE}` }),
  kind: z.enum(entryKinds),
  worksheet: z.object({ id: z.string().min(1), version: z.number().int().positive() }).optional(),
  point: z.number().int().min(1).max(4).nullable().optional(),
  date: isoDay,
  createdAt: z.string().datetime({ offset: true }),
  updatedAt: z.string().datetime({ offset: true }),
  answers: z.record(z.string(), answerValue),
  tags: z.array(z.string()).default([]),
});
export type Entry = z.infer<typeof entrySchema>;

export const draftSchema = z.object({
  worksheetId: z.string().min(1),
  worksheetVersion: z.number().int().positive(),
  date: isoDay,
  savedAt: z.string(),
  answers: z.record(z.string(), answerValue),
  /** A list or group stopped part-way: its rows so far are in answers, offered again on resume. */
  inProgress: z.string().optional(),
});
export type Draft = z.infer<typeof draftSchema>;
