// Folders shipped beside package.json (worksheets/, learn/), found from this module upwards, so the
// same code finds them from src/ (tests), dist/ (tsc) and dist/bundle/chunks/ (the bundle).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function packageFolder(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, name))) return join(dir, name);
    dir = dirname(dir);
  }
  throw new Error(`cannot find the ${name} folder beside package.json`);
}
