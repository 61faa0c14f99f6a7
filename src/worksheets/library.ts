// The worksheet library: the shipped definitions in worksheets/ and the person's own in <data-dir>/worksheets/.
// Shipped ones usually come precompiled (compiled.ts). Reading a definition from YAML takes the YAML parser
// and the zod schema of the format (loader.ts), the heaviest modules there are, so this module leaves them
// out: the checker is handed in, and openLibrary() loads it only when some definition must come from YAML.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { UsageError, UserError } from '../errors.js';
import { packageFolder } from '../package-folder.js';
import type { WorksheetDefinition } from './definition.js';
import { compiledFor, readCompiled, type CompiledDefinitions } from './compiled.js';

export interface Loaded {
  definition: WorksheetDefinition;
  file: string;
  builtin: boolean;
}

export type Checked = { ok: true; definition: WorksheetDefinition } | { ok: false; problems: string[] };

/** Parses and validates the text of one definition file (loader.ts: checkDefinition). */
export type CheckDefinition = (text: string, file: string) => Checked;

/** The shipped worksheets/ folder. */
export function builtinDir(): string {
  return packageFolder('worksheets');
}

/** Reads and checks one definition file, throwing a UsageError that names every problem. */
export function readDefinitionFile(file: string, shownAs: string, check: CheckDefinition): WorksheetDefinition {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${shownAs}`);
  }
  const checked = check(text, shownAs);
  if (!checked.ok) throw new UsageError(checked.problems.join('\n'));
  return checked.definition;
}

export function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.ya?ml$/.test(d.name))
    .map((d) => join(d.parentPath, d.name))
    .sort();
}

/**
 * Stands in for the checker when openLibrary() found every definition precompiled: reached only if a
 * definition file appeared or changed in the moment since, and then running again reads it properly.
 */
const checkerNotLoaded: CheckDefinition = () => {
  throw new UserError('a worksheet definition changed while fourpoint was starting', 'run the command again');
};

/**
 * The library for a command. The YAML checker (loader.ts) is loaded only when a definition has to be
 * read from YAML: a shipped one that is not precompiled or changed since, or any of the person's own.
 */
export async function openLibrary(dataDir: string): Promise<Library> {
  const shipped = builtinDir();
  const custom = join(dataDir, 'worksheets');
  const compiled = readCompiled(shipped);
  const needsYaml = yamlFiles(shipped).some((file) => !compiledFor(compiled, shipped, file)) || yamlFiles(custom).length > 0;
  const check = needsYaml ? (await import('./loader.js')).checkDefinition : checkerNotLoaded;
  return new Library(shipped, custom, check, compiled);
}

export class Library {
  private readonly byId = new Map<string, Loaded>();
  /** Problems with the person's own definitions; shown, never fatal to other commands. */
  readonly problems: string[] = [];

  constructor(
    private readonly shipped: string,
    private readonly custom: string | undefined,
    private readonly check: CheckDefinition,
    private compiled?: CompiledDefinitions,
  ) {}

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
      const checked = this.check(readFileSync(file, 'utf8'), file);
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
      (builtin ? compiledFor(this.compiled!, this.shipped, file) : undefined) ??
      readDefinitionFile(file, builtin ? relative(dirname(this.shipped), file) : file, this.check);
    const loaded = { definition, file, builtin };
    this.byId.set(definition.id, loaded);
    return loaded;
  }
}
