// Loads worksheet definitions from YAML, checked against the definition schema (zod), and the Library
// that reads them so. Commands that only need precompiled definitions open library.ts's Library instead.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { UsageError } from '../errors.js';
import { crossFieldIssues, definitionSchema, type WorksheetDefinition } from './definition.js';
import { builtinDir, Library as BaseLibrary, type Checked, type DefinitionChecker } from './library.js';

export { builtinDir, needsChecker, type Checked, type DefinitionChecker, type Loaded } from './library.js';

/** The YAML parser, loaded on first use: shipped definitions usually come precompiled (compiled.ts). */
let yaml: typeof import('yaml') | undefined;
const parseDocument: typeof import('yaml').parseDocument = (...args) => {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yaml.parseDocument(...args);
};

/** Parses and validates one definition; every problem as "file: path: reason". */
export function checkDefinition(text: string, file: string): Checked {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    // Only the first: later YAML errors are usually knock-on effects of it. Its position is given once, up front.
    const e = doc.errors[0]!;
    const message = e.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, problems: [`${file}:${e.linePos?.[0].line ?? '?'}:${e.linePos?.[0].col ?? '?'}: ${message}`] };
  }
  const raw: unknown = doc.toJS();
  const parsed = definitionSchema.safeParse(raw);
  if (!parsed.success) {
    const issues: { path: PropertyKey[]; message: string; code?: string; keys?: string[] }[] = [...parsed.error.issues];
    for (const extra of crossFieldIssues(raw)) if (!issues.some((i) => i.message === extra.message && i.path.join('.') === extra.path.join('.'))) issues.push(extra);
    return {
      ok: false,
      problems: issues.map((issue) => {
        const path = issue.path.map(String).join('.') || '(top)';
        const message = issue.code === 'unrecognized_keys' && issue.keys ? `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}` : friendlier(issue.message, valueAt(raw, issue.path));
        return `${file}: ${path}: ${message}${fieldName(raw, issue.path)}`;
      }),
    };
  }
  const expected = basename(file).replace(/\.ya?ml$/, '');
  if (expected !== parsed.data.id) return { ok: false, problems: [`${file}: id: "${parsed.data.id}" must match the file name "${expected}"`] };
  return { ok: true, definition: parsed.data };
}

/** zod's "Invalid discriminator value. Expected 'a' | 'b'" as: unknown type "x": expected one of a, b. */
function friendlier(message: string, value: unknown): string {
  const m = /^Invalid discriminator value\. Expected (.*)$/.exec(message);
  if (!m) return message;
  const options = m[1]!.replace(/'/g, '').split(' | ').join(', ');
  return value === undefined ? `missing; expected one of ${options}` : `unknown value ${JSON.stringify(value)}; expected one of ${options}`;
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let node = raw;
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined;
  return node;
}

/** Names the field a problem is in, since "fields.3" alone makes a person count. */
function fieldName(raw: unknown, path: PropertyKey[]): string {
  let node: unknown = raw;
  let name = '';
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key];
    const id = node !== null && typeof node === 'object' && !Array.isArray(node) ? (node as { id?: unknown }).id : undefined;
    if (typeof id === 'string' && typeof key === 'number') name = id;
  }
  return name ? ` (field "${name}")` : '';
}

export function loadDefinitionFile(file: string, shownAs = file): WorksheetDefinition {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${shownAs}`);
  }
  const checked = checkDefinition(text, shownAs);
  if (!checked.ok) throw new UsageError(checked.problems.join('\n'));
  return checked.definition;
}

export const definitionChecker: DefinitionChecker = { checkDefinition, loadDefinitionFile };

/** The library with its checker: it can read any definition, shipped or the person's own. */
export class Library extends BaseLibrary {
  constructor(shipped: string, custom?: string) {
    super(shipped, custom, definitionChecker);
  }

  static open(dataDir: string): Library {
    return new Library(builtinDir(), join(dataDir, 'worksheets'));
  }
}
