// Summaries of months kept beside the entries (cache/<name>.json), so a report over years of history reads
// one small file instead of every month. A month's summary is used only while the month's file has the
// stamp it was made from; anything else (a changed month, a damaged or older cache) is made again from the
// entries. The cache is written through the store's codec, so it is encrypted when the store is.
import { join } from 'node:path';
import type { Entry } from '../domain/entry.js';
import { readIfExists, writeAtomic, type FileStamp } from './files.js';
import { withLockIfFree } from './lock.js';
import { storeFiles } from './paths.js';
import type { Codec } from './store.js';
import { SCHEMA_VERSION } from './version.js';

export interface SummaryKind<T> {
  /** Names the cache file. */
  name: string;
  /** Changes whenever `summarize` does, so summaries made by another version are made again. */
  format: number;
  /** The month's summary, from its entries and the bytes of its file (decrypted when encrypted). */
  summarize(entries: readonly Entry[], bytes: Buffer): T;
  toJson(summary: T): unknown;
  /** The summary back from JSON, or undefined when it is not one. */
  fromJson(raw: unknown): T | undefined;
}

/** What the cache needs of the store. */
export interface SummarySource {
  dir: string;
  codec: Codec;
  /** The months to summarize, oldest first. */
  months: readonly string[];
  /** Every month the store holds: summaries of others are kept for other callers, of gone months dropped. */
  allMonths: readonly string[];
  stamp(month: string): FileStamp | undefined;
  /** The month's entries, the bytes they were parsed from (decrypted) and the stamp of the file read. */
  read(month: string): { entries: readonly Entry[]; bytes: Buffer; stamp: FileStamp } | undefined;
  /** False when a write now would put plain text into a folder that has been encrypted. */
  mayWrite(): boolean;
}

interface Kept {
  stamp: FileStamp;
  summary: unknown;
}

const cacheFile = (dir: string, name: string) => join(dir, storeFiles.cache, `${name}.json`);
const formatOf = (kind: { name: string; format: number }) => `${kind.name}/${kind.format}/schema-${SCHEMA_VERSION}`;

/** One summary per month of `source.months`, in order. */
export function monthSummaries<T>(kind: SummaryKind<T>, source: SummarySource): T[] {
  return stampedSummaries(kind, source).map((s) => s.summary);
}

/** The same, each with its month and the stamp of the file it was made from. */
export function stampedSummaries<T>(kind: SummaryKind<T>, source: SummarySource): { month: string; stamp: FileStamp; summary: T }[] {
  const file = cacheFile(source.dir, kind.name);
  const format = formatOf(kind);
  const kept = readKept(file, format, source.codec);
  // What other callers asked for stays kept (checked against its stamp when used); a gone month is dropped.
  const next: Record<string, Kept> = {};
  for (const month of source.allMonths) if (kept[month]) next[month] = kept[month];
  const out: { month: string; stamp: FileStamp; summary: T }[] = [];
  let made = 0;
  for (const month of source.months) {
    const old = kept[month];
    const summary = old && old.stamp === source.stamp(month) ? kind.fromJson(old.summary) : undefined;
    if (summary !== undefined) {
      next[month] = old!;
      out.push({ month, stamp: old!.stamp, summary });
      continue;
    }
    const read = source.read(month);
    if (!read) continue;
    const fresh = kind.summarize(read.entries, read.bytes);
    next[month] = { stamp: read.stamp, summary: kind.toJson(fresh) };
    out.push({ month, stamp: read.stamp, summary: fresh });
    made += 1;
  }
  if (made > 0) keep(file, { format, months: next }, source);
  return out;
}

/** The kept summaries by month; none when the file is missing, damaged, undecodable or of another format. */
function readKept(file: string, format: string, codec: Codec): Record<string, Kept> {
  try {
    const data = readIfExists(file);
    if (data === undefined) return {};
    const raw = JSON.parse(codec.decode(data, file)) as { format?: unknown; months?: unknown };
    if (raw?.format !== format || raw.months === null || typeof raw.months !== 'object') return {};
    const out: Record<string, Kept> = {};
    for (const [month, k] of Object.entries(raw.months as Record<string, Partial<Kept>>)) {
      if (k && typeof k.stamp === 'string') out[month] = { stamp: k.stamp, summary: k.summary };
    }
    return out;
  } catch {
    return {};
  }
}

/**
 * Writes the cache if the lock is free this moment (a reader never waits for it), so it cannot interleave
 * with a change of encryption. A cache that cannot be written is simply made again next time.
 */
function keep(file: string, content: unknown, source: SummarySource): void {
  try {
    withLockIfFree(source.dir, () => {
      if (source.mayWrite()) writeAtomic(file, source.codec.encode(JSON.stringify(content)));
    });
  } catch {
    /* a read-only folder, a full disk: the summaries are made again next time */
  }
}
