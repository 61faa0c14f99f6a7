// Checks of what the store reads back, written by hand: the same rules as the zod schemas in
// src/domain (a test keeps them in step), at a fraction of the cost, so a read-only command never
// loads zod and reading years of entries stays cheap. Each returns the first problem as "path: reason".
import { isIsoDay } from '../domain/dates.js';
import { isRecord } from '../domain/records.js';
import { entryKinds } from '../domain/entry-kinds.js';
import type { Draft, Entry } from '../domain/entry.js';
import { ENTRY_ID, ENTRY_ID_RULE } from '../domain/entry-id.js';
import type { Profile } from '../domain/profile.js';

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const KINDS = new Set<string>(entryKinds);

class Problem extends Error {}

function fail(path: string, reason: string): never {
  throw new Problem(path ? `${path}: ${reason}` : reason);
}

function isString(v: unknown): v is string {
  return typeof v === 'string';
}

function object(v: unknown, path: string): Record<string, unknown> {
  if (!isRecord(v)) fail(path, 'expected an object');
  return v;
}

function text(v: unknown, path: string, { nonEmpty = false } = {}): string {
  if (typeof v !== 'string') fail(path, 'expected text');
  if (nonEmpty && v.length === 0) fail(path, 'must not be empty');
  return v;
}

function day(v: unknown, path: string): string {
  if (typeof v !== 'string' || !isIsoDay(v)) fail(path, 'expected a date as YYYY-MM-DD');
  return v;
}

function positiveInt(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) fail(path, 'expected a whole number above 0');
  return v;
}

function list(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) fail(path, 'expected a list');
  return v;
}

/**
 * The last instant that passed, starting from a valid one: a month's entries share a few times, so
 * most checks become one comparison. The check is pure, so the answer is the same. (Days need no such
 * memory: isIsoDay reads ten characters. Checking every one also keeps the check's code on one path,
 * which the optimizing compiler prefers to a branch taken once a day.)
 */
let lastInstant = '2000-01-01T00:00Z';

function isDay(v: unknown): boolean {
  return typeof v === 'string' && isIsoDay(v);
}

function isInstant(v: unknown): boolean {
  if (v === lastInstant) return true;
  if (typeof v !== 'string' || !INSTANT.test(v)) return false;
  lastInstant = v;
  return true;
}

/** Where an entry's problem is ("entries.3.date"): put together only when there is one. */
function at(index: number, key?: string): string {
  return key === undefined ? `entries.${index}` : `entries.${index}.${key}`;
}

/**
 * The quick yes of every read: whether an entry holds what fourpoint expects, with no message made. Kept
 * apart from explainEntry (which names the problem) so the code run for every entry stays small, which
 * the optimizing compiler gets through sooner. The store-guards test holds both to the zod schema.
 */
function entryOk(v: unknown): v is Record<string, unknown> {
  if (!isRecord(v)) return false;
  const e = v;
  if (typeof e.id !== 'string' || !ENTRY_ID.test(e.id) || typeof e.kind !== 'string' || !KINDS.has(e.kind)) return false;
  const w = e.worksheet;
  if (w !== undefined && !(isRecord(w) && typeof w.id === 'string' && w.id.length > 0 && typeof w.version === 'number' && Number.isInteger(w.version) && w.version > 0)) return false;
  const p = e.point;
  if (p !== undefined && p !== null && p !== 1 && p !== 2 && p !== 3 && p !== 4) return false;
  if (!isDay(e.date) || !isInstant(e.createdAt) || !isInstant(e.updatedAt) || !isRecord(e.answers)) return false;
  return e.tags === undefined || (Array.isArray(e.tags) && e.tags.every(isString));
}

/** Checks the entry at `index` of a month file (a month holds hundreds, so no path is built unless needed). */
function checkEntry(v: unknown, index: number): Entry {
  if (!entryOk(v)) explainEntry(v, index);
  const e = v as Record<string, unknown>;
  if (e.tags === undefined) e.tags = [];
  return e as unknown as Entry;
}

/** One entry on its own (a search's pick from a month file checked whole before): the entry, or undefined. */
export function checkedEntry(v: unknown): Entry | undefined {
  if (!entryOk(v)) return undefined;
  if (v.tags === undefined) v.tags = [];
  return v as unknown as Entry;
}

/** Throws the first problem with an entry that entryOk refused, as "entries.3.date: expected ...". */
function explainEntry(v: unknown, index: number): void {
  if (!isRecord(v)) fail(at(index), 'expected an object');
  const e = v;
  if (typeof e.id !== 'string' || !ENTRY_ID.test(e.id)) fail(at(index, 'id'), `an id is ${ENTRY_ID_RULE}`);
  if (typeof e.kind !== 'string' || !KINDS.has(e.kind)) fail(at(index, 'kind'), `expected one of ${entryKinds.join(', ')}`);
  if (e.worksheet !== undefined) {
    const w = object(e.worksheet, at(index, 'worksheet'));
    if (typeof w.id !== 'string' || w.id.length === 0) text(w.id, at(index, 'worksheet.id'), { nonEmpty: true });
    if (typeof w.version !== 'number' || !Number.isInteger(w.version) || w.version <= 0) positiveInt(w.version, at(index, 'worksheet.version'));
  }
  if (e.point !== undefined && e.point !== null && !(e.point === 1 || e.point === 2 || e.point === 3 || e.point === 4)) fail(at(index, 'point'), 'expected 1, 2, 3 or 4');
  if (!isDay(e.date)) day(e.date, at(index, 'date'));
  if (!isInstant(e.createdAt)) fail(at(index, 'createdAt'), 'expected a date and time');
  if (!isInstant(e.updatedAt)) fail(at(index, 'updatedAt'), 'expected a date and time');
  if (!isRecord(e.answers)) object(e.answers, at(index, 'answers'));
  if (e.tags !== undefined && (!Array.isArray(e.tags) || !e.tags.every(isString))) list(e.tags, at(index, 'tags')).forEach((t, i) => text(t, at(index, `tags.${i}`)));
}

function checkDraft(v: unknown, path: string): Draft {
  const d = object(v, path);
  text(d.worksheetId, `${path}.worksheetId`, { nonEmpty: true });
  positiveInt(d.worksheetVersion, `${path}.worksheetVersion`);
  day(d.date, `${path}.date`);
  text(d.savedAt, `${path}.savedAt`);
  object(d.answers, `${path}.answers`);
  if (d.inProgress !== undefined) text(d.inProgress, `${path}.inProgress`);
  return d as unknown as Draft;
}

function checkProfileShape(v: unknown, path: string): Profile {
  const p = object(v, path);
  const behaviours = list(p.behaviours, `${path}.behaviours`);
  if (behaviours.length === 0) fail(`${path}.behaviours`, 'needs at least one');
  behaviours.forEach((b, i) => text(b, `${path}.behaviours.${i}`, { nonEmpty: true }));
  day(p.startDate, `${path}.startDate`);
  if (p.why === undefined) p.why = '';
  else text(p.why, `${path}.why`);
  if (p.supportContacts === undefined) p.supportContacts = [];
  list(p.supportContacts, `${path}.supportContacts`).forEach((c, i) => {
    const contact = object(c, `${path}.supportContacts.${i}`);
    text(contact.name, `${path}.supportContacts.${i}.name`, { nonEmpty: true });
    for (const k of ['phone', 'note']) if (contact[k] !== undefined) text(contact[k], `${path}.supportContacts.${i}.${k}`);
  });
  if (p.meeting !== undefined) text(p.meeting, `${path}.meeting`);
  if (p.graduation === undefined) p.graduation = {};
  for (const [k, n] of Object.entries(object(p.graduation, `${path}.graduation`))) if (typeof n !== 'number') fail(`${path}.graduation.${k}`, 'expected a number');
  return p as unknown as Profile;
}

function version(raw: Record<string, unknown>, expected: number): void {
  if (raw.schemaVersion !== expected) fail('schemaVersion', `expected ${expected}`);
}

function guarded<T>(check: () => T): Checked<T> {
  try {
    return { ok: true, value: check() };
  } catch (error) {
    if (error instanceof Problem) return { ok: false, problem: error.message };
    throw error;
  }
}

export interface MainShape {
  schemaVersion: number;
  profile: Profile | null;
  drafts: Draft[];
}

export interface PartitionShape {
  schemaVersion: number;
  month: string;
  entries: Entry[];
}

/** A profile on its own (after a change to it). */
export function checkProfile(raw: unknown): Checked<Profile> {
  return guarded(() => checkProfileShape(structuredClone(raw), 'profile'));
}

/** store.json: the schema version, the profile (or null) and the drafts. Fills the same defaults zod would. */
export function checkMainFile(raw: unknown, schemaVersion: number): Checked<MainShape> {
  return guarded(() => {
    const m = object(raw, '');
    version(m, schemaVersion);
    const profile = m.profile === null ? null : checkProfileShape(m.profile, 'profile');
    const drafts = list(m.drafts, 'drafts').map((d, i) => checkDraft(d, `drafts.${i}`));
    return { schemaVersion, profile, drafts };
  });
}

/** entries/YYYY-MM.json: one month of entries. */
export function checkPartitionFile(raw: unknown, schemaVersion: number): Checked<PartitionShape> {
  return guarded(() => {
    const p = object(raw, '');
    version(p, schemaVersion);
    if (typeof p.month !== 'string' || !/^\d{4}-\d{2}$/.test(p.month)) fail('month', 'expected YYYY-MM');
    const entries = list(p.entries, 'entries');
    for (let i = 0; i < entries.length; i++) checkEntry(entries[i], i);
    return { schemaVersion, month: p.month, entries: entries as Entry[] };
  });
}

/**
 * What a month file's name promises beyond its shape: entries/YYYY-MM.json says it holds YYYY-MM, every
 * entry's day is in that month, and no id appears twice. A file that breaks a promise is damaged: a
 * write would otherwise go to the month named inside it and overwrite another month's file.
 */
export function partitionProblem(part: PartitionShape, month: string): string | undefined {
  if (part.month !== month) return `it says it holds month ${part.month}, but its name says ${month}`;
  const ids = new Set<string>();
  for (let i = 0; i < part.entries.length; i++) {
    const e = part.entries[i]!;
    if (!e.date.startsWith(month)) return `${at(i, 'date')}: ${e.date} is not in ${month}`;
    if (ids.has(e.id)) return `${at(i, 'id')}: the id ${JSON.stringify(e.id.slice(0, 40))} appears twice`;
    ids.add(e.id);
  }
  return undefined;
}
