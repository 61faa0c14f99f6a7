// The entry filters as flags (--since --until --point --kind --worksheet --tag --grep), shared by journal and export.
import type { Command } from 'commander';
import { UsageError } from '../errors.js';
import { entryKinds, type EntryKind } from '../domain/entry-kinds.js';
import { filterEntries, type EntryQuery } from '../domain/query.js';
import type { Entry } from '../domain/entry.js';
import type { App } from './context.js';
import { dayFlag } from './options.js';
import { mapEach } from './write-out.js';

export interface FilterOptions {
  since?: string;
  until?: string;
  point?: string;
  kind?: string;
  worksheet?: string;
  tag?: string;
  grep?: string;
}

export function addFilterOptions(cmd: Command, { grep = true } = {}): Command {
  cmd
    .option('--since <date>', 'from this day on (2026-11-01, yesterday, "last monday", "30 days ago")')
    .option('--until <date>', 'up to and including this day')
    .option('--point <n>', 'only entries about point 1, 2, 3 or 4')
    .option('--kind <kind>', `only one kind: ${entryKinds.join(', ')}`)
    .option('--worksheet <id>', 'only one worksheet, such as cost-benefit-analysis')
    .option('--tag <tag>', 'only entries with this tag');
  if (grep) cmd.option('--grep <text>', 'only entries whose text contains this');
  return cmd;
}

export function queryFromOptions(o: FilterOptions, app: App): EntryQuery {
  const today = app.today();
  const q: EntryQuery = {
    since: dayFlag('--since', o.since, today),
    until: dayFlag('--until', o.until, today),
    worksheet: o.worksheet ? (app.library.get(o.worksheet)?.definition.id ?? o.worksheet) : undefined,
    tag: o.tag,
    grep: o.grep,
  };
  if (q.since && q.until && q.since > q.until) throw new UsageError(`--since ${q.since} is after --until ${q.until}`);
  if (o.point !== undefined) {
    if (!['1', '2', '3', '4'].includes(o.point)) throw new UsageError(`--point expects 1, 2, 3 or 4, got "${o.point}"`);
    q.point = Number(o.point);
  }
  if (o.kind !== undefined) {
    if (!(entryKinds as readonly string[]).includes(o.kind)) throw new UsageError(`--kind expects one of ${entryKinds.join(', ')}, got "${o.kind}"`);
    q.kind = o.kind as EntryKind;
  }
  return q;
}

/**
 * The entries `query` keeps, a month at a time, read only as the caller asks for them. With --grep, a month
 * the store has read before is searched in its text first, so only the entries that may match are parsed.
 */
export function monthsMatching(app: App, query: EntryQuery): Generator<Entry[]> {
  const range = { since: query.since, until: query.until };
  const months = query.grep ? app.store.entriesMayHold(range, query.grep.toLowerCase()) : app.store.entriesByMonth(range);
  return mapEach(months, (month) => filterEntries(month, query));
}
