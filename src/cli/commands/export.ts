// fourpoint export: the journal as Markdown, JSON or CSV, to stdout or a file (or one file per entry).
import { join, resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { filterEntries, keepsAll, type EntryQuery } from '../../domain/query.js';
import type { Entry } from '../../domain/entry.js';
import { exporterFor, type ExportData, type Period } from '../../export/registry.js';
import { ensureOutDir, exists, writeExportFile } from '../../export/write-file.js';
import type { App } from '../context.js';
import { folderEncrypted } from '../../store/encrypted-files.js';
import { monthsMatching, queryFromOptions, type FilterOptions } from '../filters.js';
import { outlineOf, outlines } from '../month-outline.js';
import { mapEach, writeInTurn } from '../write-out.js';

export interface ExportOptions extends FilterOptions {
  format?: string;
  out?: string;
  split?: string;
  force?: boolean;
}

function definitionsIn(app: App): ExportData['definitionFor'] {
  return (e: Entry) => (e.worksheet ? app.library.get(e.worksheet.id)?.definition : undefined);
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * How many entries the export holds and their first and last days, before the first is drawn: from the
 * months' outlines when every entry is exported, else by reading the selected months once more.
 */
function periodOf(app: App, query: EntryQuery): Period {
  const range = { since: query.since, until: query.until };
  const months = keepsAll(query) ? outlines(app, range) : mapEach(monthsMatching(app, query), outlineOf);
  const period: Period = { count: 0 };
  for (const m of months) {
    if (m.count === 0) continue;
    period.count += m.count;
    period.first ??= m.first;
    period.last = m.last;
  }
  return period;
}

export async function run(o: ExportOptions, app: App): Promise<void> {
  const format = o.format ?? 'md';
  const exporter = await exporterFor(format);
  if (o.split !== undefined && format !== 'md') throw new UsageError('--split writes Markdown files; use it with --format md');
  if (o.split !== undefined && o.out !== undefined) throw new UsageError('use either --out FILE or --split DIR, not both');
  const query = queryFromOptions(o, app);
  const range = { since: query.since, until: query.until };
  // Encryption protects the data folder, not what export writes: say so, on stderr (stdout stays the data).
  if (folderEncrypted(app.dataDir)) app.say('Note: your data folder is encrypted, but this export is plain text. Keep it somewhere private, and delete it when you are done with it.');
  const about = { profile: app.store.profile(), drafts: app.store.drafts(), query, definitionFor: definitionsIn(app), exportedAt: app.io.now() };
  if (o.split !== undefined) return split(o.split, filterEntries(app.store.entries(range), query), about.definitionFor, app, o.force ?? false);
  // A month at a time from the store to the output: the history is never all in memory.
  const written = { entries: 0, checkins: 0 };
  const batches = mapEach(monthsMatching(app, query), (kept) => {
    written.entries += kept.length;
    for (const e of kept) if (e.kind === 'checkin') written.checkins += 1;
    return kept;
  });
  const pieces = exporter.pieces({ ...about, batches, period: () => periodOf(app, query) });
  if (o.out === undefined) return writeInTurn(app.io.stdout, pieces);
  const file = resolve(app.io.cwd, o.out);
  // Written into a temporary file and put in place when whole, so a half-written export never replaces a good one.
  writeExportFile(file, pieces, { force: o.force });
  const what = format === 'csv' ? plural(written.checkins, 'check-in') : plural(written.entries, 'entry', 'entries');
  app.say(`Wrote ${what} to ${file}`);
}

/** A name a file system accepts everywhere: lower-case letters, digits and dashes. */
function slug(text: string, max: number): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, max) || 'entry'
  );
}

async function split(dirOption: string, entries: readonly Entry[], definitionFor: ExportData['definitionFor'], app: App, force: boolean): Promise<void> {
  const { renderEntryDocument } = await import('../../export/markdown.js');
  const dir = resolve(app.io.cwd, dirOption);
  const names = new Set<string>();
  const files = entries.map((entry) => {
    const base = `${entry.date}-${slug(entry.worksheet?.id ?? entry.kind, 40)}-${slug(entry.id, 8)}`;
    let name = `${base}.md`;
    for (let n = 2; names.has(name); n++) name = `${base}-${n}.md`;
    names.add(name);
    return { file: join(dir, name), entry };
  });
  // Every name is checked before the first write, so a clash leaves nothing half done.
  if (!force) {
    const taken = files.find((f) => exists(f.file));
    if (taken) throw new UsageError(`${taken.file} already exists, so nothing was written`, 'add --force to replace existing files, or choose another folder');
  }
  ensureOutDir(dir);
  for (const { file, entry } of files) writeExportFile(file, renderEntryDocument({ definitionFor }, entry), { force });
  app.say(`Wrote ${plural(files.length, 'file')} to ${dir}`);
}
