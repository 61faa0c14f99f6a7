// The JSON export's outer shape: named and versioned, so `fourpoint import` can tell a fourpoint
// export from any other JSON, and a newer file from one it understands.
import { z } from 'zod';
import { SCHEMA_VERSION } from '../store/store.js';

export const EXPORT_FORMAT_NAME = 'fourpoint-export';
/** The envelope's own version; bump it when the envelope (not the entries) changes shape. */
export const EXPORT_VERSION = 1;

export const envelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT_NAME, { error: `"format" must be "${EXPORT_FORMAT_NAME}"` }),
  version: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string(),
  // Checked one by one later, so one bad entry is reported rather than sinking the whole file.
  profile: z.unknown().optional(),
  entries: z.array(z.unknown(), { error: '"entries" must be a list' }),
  drafts: z.array(z.unknown(), { error: '"drafts" must be a list' }).default([]),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export { SCHEMA_VERSION };
