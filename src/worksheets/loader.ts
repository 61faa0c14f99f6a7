// Loads worksheet definitions: the shipped ones in worksheets/ and the person's own in <data-dir>/worksheets/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { UsageError } from '../errors.js';
import { crossFieldIssues, definitionSchema, type WorksheetDefinition } from './definition.js';
import { compiledFor, readCompiled, type CompiledDefinitions } from './compiled.js';

/** The YAML parser, loaded on first use: shipped definitions usually come precompiled (compiled.ts). */
let yaml: typeof import('yaml') | undefined;
const parseDocument: typeof import('yaml').parseDocument = (...args) => {
  yaml ??= createRequire(import.meta.url)('yaml') as typeof import('yaml');
  return yaml.parseDocument(...args);
};

export interface Loaded {
  definition: WorksheetDefinition;
  file: string;
  builtin: boolean;
}

export type Checked = { ok: true; definition: WorksheetDefinition } | { ok: false; problems: string[] };

/** The shipped worksheets/ folder, found from this module up to the package root. */
export function builtinDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'worksheets'))) return join(dir, 'worksheets');
    dir = dirname(dir);
  }
  throw new Error('cannot find the worksheets folder beside package.json');
}

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

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.ya?ml$/.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

export class Library {
  private readonly byId = new Map<string, Loaded>();
  private compiled?: CompiledDefinitions;
  /** Problems with the person's own definitions; shown, never fatal to other commands. */
  readonly problems: string[] = [];

  constructor(
    private readonly shipped: string,
    private readonly custom?: string,
  ) {}

  static open(dataDir: string): Library {
    return new Library(builtinDir(), join(dataDir, 'worksheets'));
  }

  /** One definition by id, reading only its file when it is a shipped one. */
  get(id: string): Loaded | undefined {
    if (this.byId.has(id)) return this.byId.get(id);
    if (!/^[a-z0-9-]+$/.test(id)) return undefined;
    for (const file of [join(this.shipped, `${id}.yaml`), join(this.shipped, 'family', `${id}.yaml`)]) {
      if (existsSync(file)) return this.remember(file, true);
    }
    return this.all().find((l) => l.definition.id === id) ?? this.all().find((l) => l.definition.shortcut === id);
  }

  require(id: string): Loaded {
    const found = this.get(id);
    if (!found) {
      // A definition of the person's own that does not validate: say why, rather than "not found".
      const broken = this.problems.filter((p) => p.includes(`/${id}.yaml:`) || p.includes(`/${id}.yml:`));
      if (broken.length > 0) throw new UsageError(broken.join('\n'), 'check it with: fourpoint worksheet validate FILE');
      throw new UsageError(`no worksheet called "${id}"`, 'see the list: fourpoint worksheet list');
    }
    return found;
  }

  all(): Loaded[] {
    for (const file of yamlFiles(this.shipped)) this.remember(file, true);
    for (const file of this.custom ? yamlFiles(this.custom) : []) {
      const checked = checkDefinition(readFileSync(file, 'utf8'), file);
      if (!checked.ok) {
        this.problems.push(...checked.problems);
        continue;
      }
      const clash = this.byId.get(checked.definition.id);
      if (clash && clash.file !== file) {
        this.problems.push(`${file}: id: "${checked.definition.id}" is already used by ${clash.builtin ? 'a shipped worksheet' : clash.file}`);
        continue;
      }
      this.byId.set(checked.definition.id, { definition: checked.definition, file, builtin: false });
    }
    return [...this.byId.values()];
  }

  private remember(file: string, builtin: boolean): Loaded | undefined {
    const known = [...this.byId.values()].find((l) => l.file === file);
    if (known) return known;
    if (builtin) this.compiled ??= readCompiled(this.shipped);
    const definition =
      (builtin ? compiledFor(this.compiled!, this.shipped, file) : undefined) ?? loadDefinitionFile(file, builtin ? relative(dirname(this.shipped), file) : file);
    const loaded = { definition, file, builtin };
    this.byId.set(definition.id, loaded);
    return loaded;
  }
}
