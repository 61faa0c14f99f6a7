// A folder's files and their bytes, to show a command left the data folder exactly as it was.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  for (const d of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (d.isFile()) out[relative(dir, join(d.parentPath, d.name))] = readFileSync(join(d.parentPath, d.name)).toString('base64');
  }
  return out;
}
