import { z } from 'zod';
import { isoDay } from './entry.js';

export const supportContactSchema = z.object({
  name: z.string().min(1),
  phone: z.string().optional(),
  note: z.string().optional(),
});

export const profileSchema = z.object({
  behaviours: z.array(z.string().min(1)).min(1),
  startDate: isoDay,
  why: z.string().default(''),
  supportContacts: z.array(supportContactSchema).default([]),
  /** "My meeting": a SMART (or other) meeting the person goes to, as they describe it. Shown by status and urge. */
  meeting: z.string().optional(),
  /** Thresholds for progress and graduation; defaults live in domain/progress. */
  graduation: z.record(z.string(), z.number()).default({}),
});
export type Profile = z.infer<typeof profileSchema>;
export type SupportContact = z.infer<typeof supportContactSchema>;
