// Reading an export back: the whole file is checked before anything is written. A file that is not a
// fourpoint export is refused outright; inside a good one, each entry stands or falls on its own.
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { draftSchema, entrySchema, type Draft, type Entry } from '../domain/entry.js';
import { ENTRY_ID, ENTRY_ID_RULE } from '../domain/entry-id.js';
import { isRecord } from '../domain/records.js';
import { profileSchema, type Profile } from '../domain/profile.js';
import { answersSchema, formatIssues } from '../worksheets/answers.js';
import type { WorksheetDefinition } from '../worksheets/definition.js';
import { EXPORT_FORMAT_NAME, EXPORT_VERSION, SCHEMA_VERSION, envelopeSchema } from './envelope.js';

export interface Rejection {
  /** "entry 3 (id …)" or "draft 1": where in the file. */
  what: string;
  reason: string;
}

export interface ImportPlan {
  entries: Entry[];
  profile: Profile | undefined;
  drafts: Draft[];
  rejected: Rejection[];
}

/** The definition an entry's answers are checked against: same id and same version, else none. */
export type DefinitionLookup = (id: string, version: number) => WorksheetDefinition | undefined;

function firstIssue(error: z.ZodError, prefix = ''): string {
  return formatIssues(error, prefix)[0] ?? 'is not valid';
}

function describe(index: number, raw: unknown): string {
  const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : undefined;
  return id ? `entry ${index + 1} (id ${JSON.stringify(id.slice(0, 40))})` : `entry ${index + 1}`;
}

export function planImport(raw: unknown, definitionFor: DefinitionLookup, source = 'the file'): ImportPlan {
  const head = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
  if (!head || head.format !== EXPORT_FORMAT_NAME)
    throw new UsageError(`${source} is not a fourpoint export (no "format": "${EXPORT_FORMAT_NAME}"), so nothing was imported`, 'make one with: fourpoint export --format json --out FILE');
  const envelope = envelopeSchema.safeParse(raw);
  if (!envelope.success) throw new UsageError(`${source} is not a valid fourpoint export (${firstIssue(envelope.error)}), so nothing was imported`);
  const { version, schemaVersion } = envelope.data;
  if (version > EXPORT_VERSION || schemaVersion > SCHEMA_VERSION)
    throw new UsageError(`${source} was written by a newer fourpoint (export ${version}, schema ${schemaVersion}), so nothing was imported`, 'update fourpoint, then import again');

  let profile: Profile | undefined;
  if (envelope.data.profile !== undefined && envelope.data.profile !== null) {
    const parsed = profileSchema.safeParse(envelope.data.profile);
    if (!parsed.success) throw new UsageError(`${source} holds a profile that is not valid (${firstIssue(parsed.error, 'profile')}), so nothing was imported`);
    profile = parsed.data;
  }

  refuseUnsafeIds(envelope.data.entries, source);

  const rejected: Rejection[] = [];
  const entries: Entry[] = [];
  const seen = new Set<string>();
  envelope.data.entries.forEach((item, index) => {
    const what = describe(index, item);
    const parsed = entrySchema.safeParse(item);
    if (!parsed.success) return void rejected.push({ what, reason: firstIssue(parsed.error) });
    const entry = parsed.data;
    if (seen.has(entry.id)) return void rejected.push({ what, reason: 'the same id appears earlier in the file' });
    const def = entry.worksheet ? definitionFor(entry.worksheet.id, entry.worksheet.version) : undefined;
    if (def) {
      const answers = answersSchema(def).safeParse(entry.answers);
      if (!answers.success) return void rejected.push({ what, reason: `${firstIssue(answers.error, 'answers')} (${def.id})` });
    }
    seen.add(entry.id);
    entries.push(entry);
  });

  const drafts: Draft[] = [];
  envelope.data.drafts.forEach((item, index) => {
    const parsed = draftSchema.safeParse(item);
    if (parsed.success) drafts.push(parsed.data);
    else rejected.push({ what: `draft ${index + 1}`, reason: firstIssue(parsed.error) });
  });
  return { entries, profile, drafts, rejected };
}

/**
 * An id that breaks the rule (shell or terminal characters, say) or differs only in case from another is
 * no slip of one entry but a file not made by fourpoint: the whole import is refused, naming the entry.
 */
function refuseUnsafeIds(items: readonly unknown[], source: string): void {
  const byLower = new Map<string, string>();
  items.forEach((item, index) => {
    const id = isRecord(item) ? item.id : undefined;
    if (typeof id !== 'string') return;
    if (!ENTRY_ID.test(id))
      throw new UsageError(`${source}: entry ${index + 1} has the id ${JSON.stringify(id.slice(0, 40))}, and an id is ${ENTRY_ID_RULE}, so nothing was imported`);
    const other = byLower.get(id.toLowerCase());
    if (other !== undefined && other !== id)
      throw new UsageError(`${source}: entry ${index + 1} has the id ${JSON.stringify(id)}, which differs only in case from ${JSON.stringify(other)}, so nothing was imported`);
    byLower.set(id.toLowerCase(), id);
  });
}

/** Ids in the file that differ only in case from a stored one (neither could then be named): refused. */
export function refuseCaseTwins(entries: readonly Entry[], stored: Iterable<string>, source: string): void {
  const byLower = new Map<string, string>();
  for (const id of stored) byLower.set(id.toLowerCase(), id);
  for (const e of entries) {
    const other = byLower.get(e.id.toLowerCase());
    if (other !== undefined && other !== e.id)
      throw new UsageError(`${source}: the id ${JSON.stringify(e.id)} differs only in case from the stored entry ${JSON.stringify(other)}, so nothing was imported`);
  }
}
