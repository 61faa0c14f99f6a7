// The store: a small main file (schema version, profile, drafts) and the entries partitioned by month,
// so a write rewrites one month, never the whole history. Every read is validated; a bad file is never overwritten.
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { StoreError, UserError } from '../errors.js';
import { localDay, monthOf } from '../domain/dates.js';
import type { Draft, Entry } from '../domain/entry.js';
import type { Profile } from '../domain/profile.js';
import { ensureDir, fileStamp, readIfExists, readStampedShared, writeAtomic, type FileStamp } from './files.js';
import { withLock } from './lock.js';
import { COMMIT_JOURNAL, commitFiles } from './commit.js';
import { storeFiles } from './paths.js';
import { dailyBackup, makeBackup, newestBackupOf, stampedName } from './backup.js';
import { folderEncrypted, isEncrypted } from './encrypted-files.js';
import { monthSummaries, stampedSummaries, type SummaryKind, type SummarySource } from './summaries.js';
import { ENTRY_SPANS, entriesHolding, searchableNeedle } from './entry-spans.js';

import { checkedEntry, checkMainFile, checkPartitionFile, checkProfile, partitionProblem, type Checked, type MainShape, type PartitionShape } from './guards.js';
import { SCHEMA_VERSION } from './version.js';

export { SCHEMA_VERSION };
type MainFile = MainShape;
type PartitionFile = PartitionShape;

/** Upgrades a file's raw content from version n to n + 1, by n. Run in memory before validation. */
export type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;
export const migrations: Record<number, Migration> = {};

/** Turns file bytes into JSON text and back; the plain codec, or encryption at rest. */
export interface Codec {
  encode(text: string): string | Buffer;
  decode(data: Buffer, file: string): string;
}
export const plainCodec: Codec = {
  encode: (t) => t,
  decode: (d, file) => {
    if (isEncrypted(d)) throw new StoreError(`${file} is encrypted and no passphrase was given`, file, 'set FOURPOINT_PASSPHRASE, or run fourpoint at a terminal to be asked');
    return d.toString('utf8');
  },
};

export interface StoreOptions {
  /** The local day, for naming the daily backup. */
  today?: () => string;
  /** How many daily backups to keep. */
  keepBackups?: number;
}

export interface EntryRange {
  since?: string;
  until?: string;
}

export class Store {
  private mainCache?: MainFile;
  private readonly partitionCache = new Map<string, PartitionFile>();
  private monthsCache?: string[];
  /** Month files' stamps as first looked at by this process (one stat each, however many summaries ask), until it writes. */
  private readonly stamps = new Map<string, FileStamp | undefined>();

  /** The entries folder with a separator after it, joined once: a whole-history command names hundreds of month files. */
  private readonly entriesPrefix: string;

  private migrationBackedUp = false;
  /** Whether the folder was encrypted when this store was opened (its codec was chosen then). */
  private readonly openedEncrypted: boolean;

  constructor(
    readonly dir: string,
    readonly codec: Codec = plainCodec,
    private readonly options: StoreOptions = {},
  ) {
    this.openedEncrypted = folderEncrypted(dir);
    this.entriesPrefix = join(dir, storeFiles.entriesDir, sep);
  }

  private get mainFile() {
    return join(this.dir, storeFiles.main);
  }
  private partitionFile(month: string) {
    return `${this.entriesPrefix}${month}.json`;
  }

  exists(): boolean {
    return existsSync(this.mainFile);
  }

  /** A file's bytes as JSON text (decrypted when the store is encrypted). */
  private decode(file: string, data: Buffer): string {
    try {
      return this.codec.decode(data, file);
    } catch (error) {
      // A file that cannot be decrypted is damage too: name its newest backup (a missing passphrase is not).
      if (error instanceof StoreError) throw error.hint === 'run: fourpoint doctor' ? new StoreError(error.message, file, this.repairHint(file)) : error;
      throw new StoreError(`${file} is not valid JSON, so it was left untouched`, file, this.repairHint(file));
    }
  }

  /** A file read, decoded, parsed and checked; `data` is its bytes, or its text already decoded. */
  private parse<T>(file: string, check: (raw: unknown, version: number) => Checked<T>, fallback: () => T, data: Buffer | string | undefined = readIfExists(file)): T {
    if (data === undefined) return fallback();
    const text = typeof data === 'string' ? data : this.decode(file, data);
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new StoreError(`${file} is not valid JSON, so it was left untouched`, file, this.repairHint(file));
    }
    const from = (raw as { schemaVersion?: unknown } | null)?.schemaVersion;
    if (typeof from === 'number' && from < SCHEMA_VERSION) this.backupBeforeMigration(from);
    raw = migrate(raw, file);
    const checked = check(raw, SCHEMA_VERSION);
    if (!checked.ok) throw new StoreError(`${file} does not hold what fourpoint expects (${checked.problem}), so it was left untouched`, file, this.repairHint(file, true));
    return checked.value;
  }

  /**
   * A change of many files (an import) that a killed process left half-done is finished or undone by
   * whoever takes the lock next; a reader that finds one takes the lock once, so it never reads half of it.
   */
  private finishInterruptedCommit(): void {
    if (existsSync(join(this.dir, COMMIT_JOURNAL))) withLock(this.dir, () => undefined);
  }

  /** Names the newest backup of a bad file and the command that restores it. */
  private repairHint(file: string, parsed = false): string {
    const rel = relative(this.dir, file).split(sep).join('/');
    const backup = newestBackupOf(this.dir, rel);
    // Without a backup, doctor --repair can still mend a month file whose only fault is its month field.
    return backup ? `newest backup: ${backup}; to restore it run: fourpoint doctor --repair` : `there is no backup of it yet; run: fourpoint doctor${parsed ? ' --repair' : ''}`;
  }

  /** A whole copy before a file is upgraded to a new schema (once per process). */
  private backupBeforeMigration(from: number) {
    if (this.migrationBackedUp) return;
    makeBackup(this.dir, stampedName(new Date(), `before-schema-${from + 1}`));
    this.migrationBackedUp = true;
  }

  private readMain(fresh = false): MainFile {
    if (!this.mainCache) this.finishInterruptedCommit();
    if (!this.mainCache || fresh)
      this.mainCache = this.parse(this.mainFile, checkMainFile, () => ({ schemaVersion: SCHEMA_VERSION, profile: null, drafts: [] }));
    return this.mainCache;
  }

  private readPartition(month: string, fresh = false): PartitionFile {
    let part = fresh ? undefined : this.partitionCache.get(month);
    if (!part) {
      part = this.parsePartition(month);
      this.partitionCache.set(month, part);
    }
    return part;
  }

  /** A month file checked (an absent one is an empty month), from disk or from bytes already read. */
  private parsePartition(month: string, data?: Buffer | string): PartitionFile {
    const file = this.partitionFile(month);
    // Held to everything its name promises, so a write never goes to a month other than the file's own.
    const check = (raw: unknown, version: number): Checked<PartitionFile> => {
      const checked = checkPartitionFile(raw, version);
      const problem = checked.ok ? partitionProblem(checked.value, month) : undefined;
      return problem ? { ok: false, problem } : checked;
    };
    // Read into the store's one reading buffer unless given: the bytes are decoded at once, never kept.
    return this.parse(file, check, () => ({ schemaVersion: SCHEMA_VERSION, month, entries: [] }), data ?? readStampedShared(file)?.data);
  }

  /**
   * A month read fresh, with the stamp of the file it came from (undefined when the file is gone) and its
   * bytes as decoded (valid until the store's next read). Not kept: summaries made of every month would
   * otherwise hold years of entries at once (130 MB at 50,000).
   */
  private readPartitionStamped(month: string): { entries: Entry[]; bytes: Buffer; stamp: FileStamp } | undefined {
    const file = this.partitionFile(month);
    const read = readStampedShared(file);
    if (!read) return undefined;
    const text = this.decode(file, read.data);
    return { entries: this.parsePartition(month, text).entries, bytes: this.plainBytes(read.data, text), stamp: read.stamp };
  }

  /** A file's bytes as JSON text in UTF-8: as read, or (encrypted) its text decrypted. */
  private plainBytes(data: Buffer, text: string): Buffer {
    return this.codec === plainCodec ? data : Buffer.from(text, 'utf8');
  }

  private writeMain(main: MainFile) {
    writeAtomic(this.mainFile, this.codec.encode(`${JSON.stringify(main, null, 2)}\n`));
    this.mainCache = main;
  }

  private writePartition(part: PartitionFile) {
    part.entries.sort(byDayThenSaved);
    writeAtomic(this.partitionFile(part.month), this.codec.encode(`${JSON.stringify(part)}\n`));
    this.stamps.delete(part.month);
    this.partitionCache.set(part.month, part);
    if (this.monthsCache && !this.monthsCache.includes(part.month)) this.monthsCache = [...this.monthsCache, part.month].sort();
  }

  /** Months that hold entries, oldest first (a copy: callers reverse it). Listed once, then kept up to date by our writes. */
  months(): string[] {
    // store.json is checked first, so a damaged main file stops every command, not only those that write.
    this.readMain();
    if (!this.monthsCache) {
      const dir = join(this.dir, storeFiles.entriesDir);
      this.monthsCache = existsSync(dir)
        ? readdirSync(dir)
            .filter((n) => /^\d{4}-\d{2}\.json$/.test(n))
            .map((n) => n.slice(0, 7))
            .sort()
        : [];
    }
    return [...this.monthsCache];
  }

  profile(): Profile | undefined {
    return this.readMain().profile ?? undefined;
  }

  drafts(): Draft[] {
    return this.readMain().drafts;
  }

  /** Entries by day, oldest first, reading only the months the range touches. */
  entries(range: EntryRange = {}): Entry[] {
    const out: Entry[] = [];
    for (const month of this.monthsIn(range)) for (const e of this.inRange(this.readPartition(month).entries, range)) out.push(e);
    return out;
  }

  /**
   * The same entries a month at a time, each month read afresh and not kept: for a pass over years of
   * history (an export), so each month's entries can be let go once used.
   */
  *entriesByMonth(range: EntryRange = {}): Generator<Entry[]> {
    for (const month of this.monthsIn(range)) {
      const part = this.partitionCache.get(month) ?? this.parsePartition(month);
      yield this.inRange(part.entries, range);
    }
  }

  /**
   * The entries of each month that may hold `needle` (lower case) in a value: every one that does, and
   * perhaps some that do not, for the caller's own test. A month whose file is unchanged since it was last
   * read whole (its spans are kept) is searched in its text, and only the entries the needle is in are parsed.
   */
  *entriesMayHold(range: EntryRange, needle: string): Generator<Entry[]> {
    const months = this.monthsIn(range);
    if (!searchableNeedle(needle)) return yield* this.entriesByMonth(range);
    const kept = new Map(stampedSummaries(ENTRY_SPANS, this.summarySource(months)).map((s) => [s.month, s]));
    for (const month of months) {
      const spans = kept.get(month);
      const read = spans?.summary ? readStampedShared(this.partitionFile(month)) : undefined;
      const found = read && read.stamp === spans!.stamp ? this.entriesAt(month, read.data, spans!.summary!, needle) : undefined;
      yield this.inRange(found ?? (this.partitionCache.get(month) ?? this.parsePartition(month, read?.data)).entries, range);
    }
  }

  /** The entries of a month's file at `spans` whose bytes hold `needle`, each checked; undefined when anything is amiss. */
  private entriesAt(month: string, data: Buffer, spans: readonly number[], needle: string): Entry[] | undefined {
    try {
      const bytes = this.codec === plainCodec ? data : Buffer.from(this.codec.decode(data, this.partitionFile(month)), 'utf8');
      const at = entriesHolding(bytes, spans, needle);
      if (!at) return undefined;
      const found: Entry[] = [];
      for (let i = 0; i < at.length; i += 2) {
        const entry = checkedEntry(JSON.parse(bytes.toString('utf8', at[i], at[i + 1])));
        if (!entry || monthOf(entry.date) !== month) return undefined;
        found.push(entry);
      }
      return found;
    } catch {
      return undefined;
    }
  }

  private monthsIn(range: EntryRange): string[] {
    const from = range.since ? monthOf(range.since) : undefined;
    const to = range.until ? monthOf(range.until) : undefined;
    return this.months().filter((month) => !(from && month < from) && !(to && month > to));
  }

  private inRange(entries: readonly Entry[], range: EntryRange): Entry[] {
    if (!range.since && !range.until) return entries as Entry[];
    return entries.filter((e) => !(range.since && e.date < range.since) && !(range.until && e.date > range.until));
  }

  /**
   * A summary of each month that `include` picks, oldest first: kept from an earlier run while the
   * month's file is unchanged, otherwise made from its entries (see summaries.ts).
   */
  summaries<T>(kind: SummaryKind<T>, include: (month: string) => boolean): T[] {
    return monthSummaries(kind, this.summarySource(this.months().filter(include)));
  }

  private stampOf(month: string): FileStamp | undefined {
    if (!this.stamps.has(month)) this.stamps.set(month, fileStamp(this.partitionFile(month)));
    return this.stamps.get(month);
  }

  private summarySource(months: string[]): SummarySource {
    return {
      dir: this.dir,
      codec: this.codec,
      months,
      allMonths: this.months(),
      stamp: (month) => this.stampOf(month),
      read: (month) => this.readPartitionStamped(month),
      mayWrite: () => this.codec !== plainCodec || !folderEncrypted(this.dir),
    };
  }

  /**
   * The newest entry that matches (by day, then by when it was saved), reading months newest first and
   * stopping at the first match, or at the month of `stopBefore` (a day) if nothing matched by then.
   */
  latest(match: (e: Entry) => boolean, stopBefore?: string): Entry | undefined {
    for (const month of this.months().reverse()) {
      if (stopBefore && month < monthOf(stopBefore)) return undefined;
      const found = this.readPartition(month).entries.filter(match).at(-1);
      if (found) return found;
    }
    return undefined;
  }

  findEntry(id: string): Entry | undefined {
    for (const month of this.months().reverse()) {
      const found = this.readPartition(month).entries.find((e) => e.id === id || e.id.startsWith(id));
      if (found) return found;
    }
    return undefined;
  }

  /** Runs a change under the lock with freshly read files. */
  private change<T>(fn: () => T): T {
    ensureDir(this.dir);
    this.refusePlainInEncrypted();
    return withLock(this.dir, () => {
      // Encryption may have been turned on or off while we waited: never write in the other form.
      this.refuseCodecChangedWhileWaiting();
      // Another process may have added a month since we listed them: list again under the lock.
      this.monthsCache = undefined;
      this.stamps.clear();
      // Once a day, before the day's first change; a copy, so the cost of a write stays flat the rest of the day.
      const backUp = () => dailyBackup(this.dir, this.day(), this.keepBackups, (rel, data) => this.parses(rel, data));
      backUp();
      const result = fn();
      // A store's very first change had nothing to copy before it (no store.json): copy what it made, so the
      // first day (an import of years, say) has a backup too. A no-op whenever the backup above was made.
      // The change has landed by now: a failed copy (a full disk) must not report it as failed; the next change tries again.
      try {
        backUp();
      } catch {
        /* retried by the next change */
      }
      return result;
    });
  }

  /** Never write plain text into an encrypted folder (nor back it up as if its files were damaged). */
  private refusePlainInEncrypted(): void {
    if (this.codec === plainCodec && folderEncrypted(this.dir))
      throw new UserError('this data folder is encrypted and no passphrase was given', 'set FOURPOINT_PASSPHRASE, or run fourpoint at a terminal to be asked');
  }

  private refuseCodecChangedWhileWaiting(): void {
    const encrypted = folderEncrypted(this.dir);
    if (encrypted === this.openedEncrypted) return;
    throw new UserError(
      `encryption was turned ${encrypted ? 'on' : 'off'} for this data folder while this command waited, so nothing was changed`,
      'run the command again',
    );
  }

  /** The local day, naming the daily backup. */
  private day(): string {
    return this.options.today?.() ?? localDay(new Date());
  }

  private get keepBackups(): number {
    return this.options.keepBackups ?? 7;
  }

  /** Whether a file's bytes decode and parse as JSON (a cheap check that keeps damage out of backups). */
  private parses(rel: string, data: Buffer): boolean {
    try {
      JSON.parse(this.codec.decode(data, rel));
      return true;
    } catch {
      return false;
    }
  }

  addEntry(entry: Entry): void {
    this.addEntries([entry]);
  }

  /**
   * Adds entries; returns those added. `unless(entry, monthEntries)` is asked under the lock, against its
   * month as stored at that moment: an entry it finds there already is left out (milestones are kept once,
   * however many processes reach one at the same moment).
   */
  addEntries(entries: Entry[], unless?: (entry: Entry, stored: readonly Entry[]) => boolean): Entry[] {
    return this.change(() => {
      const touched = new Map<string, PartitionFile>();
      const added: Entry[] = [];
      for (const entry of entries) {
        const month = monthOf(entry.date);
        const part = touched.get(month) ?? this.readPartition(month, true);
        if (part.entries.some((e) => e.id === entry.id)) throw new UserError(`an entry with id ${entry.id} is already stored`);
        if (unless?.(entry, part.entries)) continue;
        part.entries.push(entry);
        added.push(entry);
        touched.set(month, part);
      }
      if (added.length === 0) return added;
      this.ensureMain();
      for (const part of touched.values()) this.writePartition(part);
      return added;
    });
  }

  /** Replaces a stored entry (found by id), moving it to another month if its date changed. */
  replaceEntry(next: Entry): void {
    this.updateEntry(next.id, () => next);
  }

  /**
   * Changes a stored entry read afresh under the lock (`change` gets that fresh copy and returns the
   * new one, with the same id), moving it to another month if its date changed. Two edits of one
   * entry at once then both land: the second applies its change to what the first saved.
   */
  updateEntry(id: string, change: (fresh: Entry) => Entry): Entry {
    return this.change(() => {
      const from = this.months().find((m) => this.readPartition(m, true).entries.some((e) => e.id === id));
      if (!from) throw new UserError(`no entry with id ${id}`);
      const old = this.readPartition(from);
      const next = change(old.entries.find((e) => e.id === id)!);
      if (next.id !== id) throw new Error('an entry cannot change its id');
      old.entries = old.entries.filter((e) => e.id !== next.id);
      const target = monthOf(next.date) === from ? old : this.readPartition(monthOf(next.date), true);
      target.entries.push(next);
      this.writePartition(target);
      if (target !== old) this.writePartition(old);
      return next;
    });
  }

  deleteEntry(id: string): void {
    this.change(() => {
      const month = this.months().find((m) => this.readPartition(m, true).entries.some((e) => e.id === id));
      if (!month) throw new UserError(`no entry with id ${id}`);
      const part = this.readPartition(month);
      part.entries = part.entries.filter((e) => e.id !== id);
      this.writePartition(part);
    });
  }

  /** Checks store.json (a damaged one stops the write) and creates it on the first write. */
  private ensureMain() {
    const main = this.readMain(true);
    if (!this.exists()) this.writeMain(main);
  }

  saveProfile(profile: Profile): void {
    this.change(() => this.writeMain({ ...this.readMain(true), profile }));
  }

  /** Saves the profile `change` makes from the one stored at that moment (read under the lock), or from none yet. */
  changeProfile(change: (fresh: Profile | undefined) => Profile): Profile {
    return this.change(() => {
      const main = this.readMain(true);
      const profile = change(main.profile ?? undefined);
      this.writeMain({ ...main, profile });
      return profile;
    });
  }

  /** Changes the profile read fresh under the lock, so a concurrent change is not lost. */
  updateProfile(change: (profile: Profile) => Profile): Profile {
    return this.change(() => {
      const main = this.readMain(true);
      if (!main.profile) throw new UserError('there is no profile yet', 'create one: fourpoint init');
      const checked = checkProfile(change(main.profile));
      if (!checked.ok) throw new UserError(`that change would leave the profile invalid (${checked.problem})`);
      const profile = checked.value;
      this.writeMain({ ...main, profile });
      return profile;
    });
  }

  saveDraft(draft: Draft): void {
    this.change(() => {
      const main = this.readMain(true);
      this.writeMain({ ...main, drafts: [...main.drafts.filter((d) => d.worksheetId !== draft.worksheetId), draft] });
    });
  }

  deleteDraft(worksheetId: string): void {
    this.change(() => {
      const main = this.readMain(true);
      if (!main.drafts.some((d) => d.worksheetId === worksheetId)) return;
      this.writeMain({ ...main, drafts: main.drafts.filter((d) => d.worksheetId !== worksheetId) });
    });
  }

  /**
   * Many entries at once (import), with the profile and drafts that come with them, as one change: every
   * month and the main file land together or not at all, even when killed. An entry whose id is already
   * stored is kept, or replaced (moved if its month differs) with `overwrite`. All reads come before any write.
   */
  mergeEntries(entries: readonly Entry[], { overwrite = false, profile, drafts = [] }: MergeOptions = {}): MergeResult {
    return this.change(() => {
      const parts = new Map<string, PartitionFile>();
      const load = (month: string) => {
        let part = parts.get(month);
        if (!part) parts.set(month, (part = this.readPartition(month, true)));
        return part;
      };
      const monthOfId = new Map<string, string>();
      for (const month of this.months()) for (const e of load(month).entries) monthOfId.set(e.id, month);
      const result: MergeResult = { added: [], replaced: [], skipped: [] };
      const touched = new Set<string>();
      for (const entry of entries) {
        const old = monthOfId.get(entry.id);
        if (old !== undefined && !overwrite) {
          result.skipped.push(entry.id);
          continue;
        }
        if (old !== undefined) {
          const part = load(old);
          part.entries = part.entries.filter((e) => e.id !== entry.id);
          touched.add(old);
          result.replaced.push(entry.id);
        } else result.added.push(entry.id);
        const month = monthOf(entry.date);
        load(month).entries.push(entry);
        monthOfId.set(entry.id, month);
        touched.add(month);
      }
      // Every touched month and the main file land together or not at all (commit.ts).
      const files = new Map<string, string | Buffer>();
      let main = this.readMain(true);
      if (profile || drafts.length > 0 || (touched.size > 0 && !this.exists())) {
        const replacing = new Set(drafts.map((d) => d.worksheetId));
        main = { ...main, profile: profile ?? main.profile, drafts: [...main.drafts.filter((d) => !replacing.has(d.worksheetId)), ...drafts] };
        files.set(storeFiles.main, this.codec.encode(`${JSON.stringify(main, null, 2)}\n`));
      }
      for (const month of touched) {
        const part = load(month);
        part.entries.sort(byDayThenSaved);
        files.set(`${storeFiles.entriesDir}/${month}.json`, this.codec.encode(`${JSON.stringify(part)}\n`));
      }
      commitFiles(this.dir, files);
      if (files.has(storeFiles.main)) this.mainCache = main;
      for (const month of touched) this.partitionCache.set(month, load(month));
      this.monthsCache = undefined;
      return result;
    });
  }
}

/** Entries in a month file: by day, then by when they were saved (Store.latest relies on it). */
export function byDayThenSaved(a: Entry, b: Entry): number {
  return compareText(a.date, b.date, DAY_SHAPE) || compareText(a.createdAt, b.createdAt, SAVED_SHAPE);
}

const DAY_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** What fourpoint writes (Date.toISOString); imported entries may carry other forms, such as an offset. */
const SAVED_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * localeCompare's order, without its cost: its first call loads the ICU collation data, a tenth of a
 * check-in. Two strings of the same fixed shape of digits and separators differ only at digits, where
 * the code-unit order is the collation order; anything else still goes to localeCompare.
 */
export function compareText(a: string, b: string, shape: RegExp): number {
  if (shape.test(a) && shape.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}

export interface MergeOptions {
  overwrite?: boolean;
  /** Replaces the stored profile, in the same change. */
  profile?: Profile;
  /** Added to the drafts, each replacing a stored one of the same worksheet, in the same change. */
  drafts?: Draft[];
}

export interface MergeResult {
  added: string[];
  replaced: string[];
  skipped: string[];
}

export function migrate(raw: unknown, file: string): unknown {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return raw;
  let obj = raw as Record<string, unknown>;
  let version = typeof obj.schemaVersion === 'number' ? obj.schemaVersion : undefined;
  if (version === undefined) return raw;
  if (version > SCHEMA_VERSION) throw new StoreError(`${file} was written by a newer fourpoint (schema ${version}); this one reads up to ${SCHEMA_VERSION}`, file, 'update fourpoint');
  while (version < SCHEMA_VERSION) {
    const step = migrations[version];
    if (!step) throw new StoreError(`${file} has schema ${version}, which this fourpoint cannot upgrade`, file);
    obj = { ...step(obj), schemaVersion: version + 1 };
    version += 1;
  }
  return obj;
}
