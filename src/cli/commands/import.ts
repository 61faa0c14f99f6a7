// fourpoint import FILE: reads a JSON export back, checking all of it before writing anything, and merges
// by entry id. Entries already stored are kept unless --overwrite.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../../errors.js';
import { planImport, refuseCaseTwins } from '../../export/import-plan.js';
import { syncMilestones } from '../milestones.js';
import type { App } from '../context.js';

export interface ImportOptions {
  overwrite?: boolean;
  dryRun?: boolean;
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Years of daily entries as an export are a few MB; far more is not an export of ours. */
export const MAX_IMPORT_BYTES = 64 * 2 ** 20;
/** An export nests about 6 levels; the checks that follow recurse, so a hostile depth is stopped first. */
const MAX_DEPTH = 64;

/** Refuses a document nested deeper than MAX_DEPTH, measured without recursion. */
function checkNesting(raw: unknown, file: string): void {
  const stack: [unknown, number][] = [[raw, 1]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth > MAX_DEPTH) throw new UsageError(`${file} nests more than ${MAX_DEPTH} levels deep, which no fourpoint export does, so nothing was imported`, 'import reads what fourpoint export --format json writes');
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
}

export async function run(o: ImportOptions, app: App, args: string[]): Promise<number> {
  const [source] = args;
  if (!source) throw new UsageError('which file? fourpoint import FILE');
  const file = resolve(app.io.cwd, source);
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_IMPORT_BYTES)
      throw new UsageError(`${file} is ${Math.round(size / 2 ** 20)} MB, more than the ${MAX_IMPORT_BYTES / 2 ** 20} MB an import may be, so nothing was imported`, 'split it: export a period at a time with --since and --until');
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}), so nothing was imported`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UsageError(`${file} is not JSON, so nothing was imported`, 'import reads what fourpoint export --format json writes');
  }
  checkNesting(raw, file);
  const plan = planImport(raw, (id, version) => {
    const def = app.library.get(id)?.definition;
    return def && def.version === version ? def : undefined;
  }, file);

  const store = app.store;
  refuseCaseTwins(plan.entries, store.entries().map((e) => e.id), file);
  const overwrite = o.overwrite ?? false;
  const hadProfile = store.profile() !== undefined;
  const takeProfile = plan.profile !== undefined && (!hadProfile || overwrite);
  const existingDrafts = new Set(store.drafts().map((d) => d.worksheetId));
  const drafts = plan.drafts.filter((d) => overwrite || !existingDrafts.has(d.worksheetId));

  let added: number;
  let replaced: number;
  let skipped: number;
  if (o.dryRun) {
    const stored = new Set(store.entries().map((e) => e.id));
    const there = plan.entries.filter((e) => stored.has(e.id)).length;
    added = plan.entries.length - there;
    replaced = overwrite ? there : 0;
    skipped = overwrite ? 0 : there;
  } else {
    // One change: every month, the profile and the drafts land together, or nothing does.
    const result = store.mergeEntries(plan.entries, { overwrite, profile: takeProfile ? plan.profile : undefined, drafts });
    ({ length: added } = result.added);
    ({ length: replaced } = result.replaced);
    ({ length: skipped } = result.skipped);
    // Milestones an imported lapse interrupts are taken away; new ones wait for progress or a check-in,
    // so a restore into an empty folder brings back exactly what was exported.
    if (added + replaced > 0) syncMilestones(app, { add: false });
  }

  const verb = o.dryRun ? 'Would add' : 'Added';
  const parts = [`${verb} ${count(added, 'entry', 'entries')}`];
  if (replaced > 0) parts.push(`${o.dryRun ? 'would replace' : 'replaced'} ${replaced}`);
  parts.push(`skipped ${skipped} already here${skipped > 0 && !overwrite ? ' (--overwrite replaces them)' : ''}`);
  parts.push(`rejected ${plan.rejected.length}`);
  app.say(`${parts.join(', ')}.`);
  if (plan.profile !== undefined) app.say(takeProfile ? `${o.dryRun ? 'Would take' : 'Took'} the profile from the file.` : 'Kept your profile (--overwrite takes the one in the file).');
  if (drafts.length > 0) app.say(`${o.dryRun ? 'Would restore' : 'Restored'} ${count(drafts.length, 'draft')}.`);
  for (const r of plan.rejected) app.say(`  rejected ${r.what}: ${r.reason}`);
  if (o.dryRun) app.say('Nothing was written (--dry-run).');
  return plan.rejected.length > 0 ? 1 : 0;
}
