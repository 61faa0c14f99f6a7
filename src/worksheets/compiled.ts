// The shipped definitions, checked once at build time (scripts/build.mjs) into
// dist/worksheets.json, so a command reads one JSON file instead of parsing YAML and validating it
// on every run. Each is used only while its YAML file is the one it was made from (same size and
// modification time); otherwise the loader reads the YAML itself, so an edit is never missed.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { WorksheetDefinition } from './definition.js';

export interface CompiledDefinition {
  size: number;
  mtimeMs: number;
  definition: WorksheetDefinition;
}

/** By path relative to the shipped worksheets/ folder, such as "family/family-map.yaml". */
export type CompiledDefinitions = Record<string, CompiledDefinition>;

export function compiledFile(shippedDir: string): string {
  return join(dirname(shippedDir), 'dist', 'worksheets.json');
}

export function readCompiled(shippedDir: string): CompiledDefinitions {
  try {
    return JSON.parse(readFileSync(compiledFile(shippedDir), 'utf8')) as CompiledDefinitions;
  } catch {
    return {};
  }
}

/** The compiled definition of `file`, if it was compiled from the file as it is now. */
export function compiledFor(compiled: CompiledDefinitions, shippedDir: string, file: string): WorksheetDefinition | undefined {
  const entry = compiled[relative(shippedDir, file).split('\\').join('/')];
  if (!entry) return undefined;
  try {
    const stat = statSync(file);
    return stat.size === entry.size && stat.mtimeMs === entry.mtimeMs ? entry.definition : undefined;
  } catch {
    return undefined;
  }
}
