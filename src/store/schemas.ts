// The store files' shapes as zod schemas: the reference the hand-written guards (guards.ts) are tested
// against, and what `fourpoint doctor` uses for its detailed report.
import { z } from 'zod';
import { draftSchema, entrySchema } from '../domain/entry.js';
import { profileSchema } from '../domain/profile.js';
import { SCHEMA_VERSION } from './version.js';

export const mainSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  profile: profileSchema.nullable(),
  drafts: z.array(draftSchema),
});

export const partitionSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  entries: z.array(entrySchema),
});
