// Build step: checks every shipped worksheet definition with the same loader the program uses and
// writes the results to dist/worksheets.json (see src/worksheets/compiled.ts). A bad definition fails the build.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { builtinDir, loadDefinitionFile } from '../dist/worksheets/loader.js';
import { compiledFile } from '../dist/worksheets/compiled.js';

const shipped = builtinDir();
const out = {};
for (const entry of readdirSync(shipped, { withFileTypes: true, recursive: true })) {
  if (!entry.isFile() || !/\.ya?ml$/.test(entry.name)) continue;
  const file = join(entry.parentPath, entry.name);
  const rel = relative(shipped, file).split('\\').join('/');
  const { size, mtimeMs } = statSync(file);
  out[rel] = { size, mtimeMs, definition: loadDefinitionFile(file, `worksheets/${rel}`) };
}
writeFileSync(compiledFile(shipped), `${JSON.stringify(out)}\n`);
