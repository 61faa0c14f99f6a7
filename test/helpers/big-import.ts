// Export files for import tests, built from a real export of the built CLI (so their shape is the one
// fourpoint writes): one check-in copied into `months` consecutive months, each with a fresh id.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, removeDir, tempDir } from './cli.js';

let template: Record<string, unknown> | undefined;

function exportTemplate(): Record<string, unknown> {
  if (template) return template;
  const home = tempDir();
  try {
    const made = cli(home, ['checkin', '--mood', '6', '--urge', '3', '--on-track', '--note', 'template']);
    if (made.code !== 0) throw new Error(made.stderr);
    template = JSON.parse(cli(home, ['export', '--format', 'json']).stdout) as Record<string, unknown>;
    return template;
  } finally {
    removeDir(home);
  }
}

/** Writes an export of `months` months from January 2000, ids `<tag>-<n>`, to `dir/<tag>.json`; returns its path. */
export function writeMonthsExport(dir: string, tag: string, months: number, note?: (i: number) => string): string {
  const base = exportTemplate();
  const [first] = base.entries as Record<string, unknown>[];
  const entries = Array.from({ length: months }, (_, i) => {
    const date = `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-10`;
    const at = `${date}T20:00:00.000Z`;
    const answers = { ...(first!.answers as object), ...(note ? { note: note(i) } : {}) };
    return { ...first, id: `${tag}-${i}`, date, createdAt: at, updatedAt: at, answers };
  });
  const file = join(dir, `${tag}.json`);
  writeFileSync(file, JSON.stringify({ ...base, profile: undefined, drafts: [], entries }));
  return file;
}
