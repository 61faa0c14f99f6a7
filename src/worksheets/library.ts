// The worksheet library: the shipped definitions in worksheets/ (usually precompiled, see compiled.ts) and
// the person's own in <data-dir>/worksheets/. Reading a definition from YAML needs the YAML parser and
// the zod schema, the heaviest modules of all; they come in a DefinitionChecker (loader.ts), handed over
// only when some definition will need it, so a command reading precompiled definitions never loads them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, UserError } from '../errors.js';
import type { WorksheetDefinition } from './definition.js';
import { compiledFor, readCompiled, type CompiledDefinitions } from './compiled.js';

export interface Loaded {
  definition: WorksheetDefinition;
  file: string;
  builtin: boolean;
}

export type Checked = { ok: true; definition: WorksheetDefinition } | { ok: false; problems: string[] };

/** Reads definitions from YAML files (loader.ts). */
export interface DefinitionChecker {
  checkDefinition(text: string, file: string): Checked;
  loadDefinitionFile(file: string, shownAs?: string): WorksheetDefinition;
}

/** The shipped worksheets/ folder, found from this module up to the package root. */
export function builtinDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'worksheets'))) return join(dir, 'worksheets');
    dir = dirname(dir);
  }
  throw new Error('cannot find the worksheets folder beside package.json');
}

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.ya?ml$/.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/**
 * Whether opening a library on these folders may read a definition from YAML: the person has
 * definitions of their own, or a shipped one changed since it was compiled (or was never compiled).
 */
export function needsChecker(shipped: string, custom: string): boolean {
  if (yamlFiles(custom).length > 0) return true;
  const compiled = readCompiled(shipped);
  return yamlFiles(shipped).some((file) => compiledFor(compiled, shipped, file) === undefined);
}

export class Library {
  private readonly byId = new Map<string, Loaded>();
  private compiled?: CompiledDefinitions;
  /** Problems with the person's own definitions; shown, never fatal to other commands. */
  readonly problems: string[] = [];

  constructor(
    private readonly shipped: string,
    private readonly custom?: string,
    private readonly checker?: DefinitionChecker,
  ) {}

  /** What reads a definition from YAML; the caller promised one whenever a definition would need it (needsChecker). */
  private get check(): DefinitionChecker {
    if (!this.checker) throw new UserError('a worksheet definition changed while fourpoint was starting', 'run the command again');
    return this.checker;
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
      const checked = this.check.checkDefinition(readFileSync(file, 'utf8'), file);
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
      (builtin ? compiledFor(this.compiled!, this.shipped, file) : undefined) ?? this.check.loadDefinitionFile(file, builtin ? relative(dirname(this.shipped), file) : file);
    const loaded = { definition, file, builtin };
    this.byId.set(definition.id, loaded);
    return loaded;
  }
}
