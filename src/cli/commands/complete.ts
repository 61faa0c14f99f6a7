// fourpoint __complete -- WORDS...: the candidates for the last word (maybe empty) of `fourpoint WORDS`,
// for the Tab-completion scripts (src/cli/completion-scripts.ts). Commands and options come from the
// program itself, so a new one completes without a change here; worksheet ids, journal ids and learn
// topics from the same places the commands read them. Nothing here asks for a passphrase or writes:
// an encrypted or unreadable data folder just gives no journal ids.
import type { Command, Option } from 'commander';
import { entryKinds } from '../../domain/entry-kinds.js';
import { POINT_TITLES } from '../../domain/points.js';
import { loadTopics } from '../../learn/topics.js';
import { folderEncrypted } from '../../store/encrypted-files.js';
import { isListedWorksheet } from '../../worksheets/choices.js';
import type { App } from '../context.js';
import { buildProgram } from '../program.js';

export interface Candidate {
  value: string;
  description?: string;
}

/** The one line that asks the shell for its own file-name completion. */
export const FILES: Candidate = { value: '__files__' };

/** The commands a person can type under `cmd` (hidden ones, such as __complete itself, left out). */
function subcommands(cmd: Command): Command[] {
  return cmd.commands.filter((c) => !(c as unknown as { _hidden?: boolean })._hidden);
}

function findCommand(cmd: Command, word: string): Command | undefined {
  return subcommands(cmd).find((c) => c.name() === word || c.aliases().includes(word));
}

/**
 * `cmd`'s options and those of the commands above it (commander accepts them after a subcommand too),
 * but --version only where it means something: before any command.
 */
function optionsOf(cmd: Command): Option[] {
  const all: Option[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) all.push(...c.options.filter((o) => !o.hidden && (c === cmd || o.long !== '--version')));
  return all;
}

function findOption(cmd: Command, flag: string): Option | undefined {
  return optionsOf(cmd).find((o) => o.long === flag || o.short === flag);
}

const takesValue = (o: Option) => o.required || o.optional;

async function worksheets(app: App): Promise<Candidate[]> {
  await app.loadLibrary();
  const listed = app.library.all().filter((l) => isListedWorksheet(l.definition));
  return listed.flatMap(({ definition: d }) => [{ value: d.id, description: d.title }, ...(d.shortcut ? [{ value: d.shortcut, description: d.title }] : [])]);
}

function topics(): Candidate[] {
  return loadTopics().map((t) => ({ value: t.id, description: t.title }));
}

/** The 8-character ids `journal list` shows, newest first; none from a folder that needs a passphrase. */
function journalIds(app: App): Candidate[] {
  if (folderEncrypted(app.dataDir) || !app.store.exists()) return [];
  return app.store
    .entries()
    .reverse()
    .map((e) => ({ value: e.id.slice(0, 8), description: `${e.date} ${e.worksheet?.id ?? e.kind}` }));
}

/** What may follow an option that takes a value. */
async function optionValues(app: App, option: Option): Promise<Candidate[]> {
  if (option.argChoices) return option.argChoices.map((value) => ({ value }));
  if (/<(file|dir)>/.test(option.flags)) return [FILES];
  if (option.long === '--worksheet') return worksheets(app);
  if (option.long === '--kind') return entryKinds.map((value) => ({ value }));
  if (option.long === '--point') return Object.entries(POINT_TITLES).map(([value, description]) => ({ value, description }));
  return [];
}

/** What may stand at the next argument of `cmd`, by the argument's name. */
async function argumentValues(app: App, cmd: Command, index: number): Promise<Candidate[]> {
  const args = cmd.registeredArguments;
  const arg = args[Math.min(index, args.length - 1)];
  if (!arg || (index >= args.length && !arg.variadic)) return [];
  if (arg.argChoices) return arg.argChoices.map((value) => ({ value }));
  const name = arg.name();
  if (name === 'file') return [FILES];
  if (name === 'topic') return topics();
  if (name === 'id' && cmd.parent?.name() === 'worksheet') return worksheets(app);
  if (name === 'id' && cmd.parent?.name() === 'journal') return journalIds(app);
  return [];
}

function commandCandidates(cmd: Command): Candidate[] {
  return subcommands(cmd).map((c) => ({ value: c.name(), description: c.description() }));
}

function optionCandidates(cmd: Command): Candidate[] {
  const options = optionsOf(cmd).map((o) => ({ value: o.long ?? o.short ?? '', description: o.description }));
  return [...options, { value: '--help', description: 'help for this command' }].filter((c) => c.value);
}

/** The candidates for the last of `words` (the words after `fourpoint`), those that start with it. */
export async function candidates(app: App, words: readonly string[]): Promise<Candidate[]> {
  const program = buildProgram(app);
  const current = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  let cmd = program;
  let positional: string[] = [];
  let waiting: Option | undefined; // the option whose value comes next
  const valueOf = (option: Option, value: string) => {
    if (option.long === '--data-dir') app.globals.dataDir = value;
  };
  for (let i = 0; i < before.length; i++) {
    const word = before[i]!;
    if (waiting) {
      valueOf(waiting, word);
      waiting = undefined;
    } else if (word === '=') {
      // bash splits --option=value into three words; the value (if typed yet) comes next.
      const option = findOption(cmd, before[i - 1] ?? '');
      if (option && i + 1 < before.length) valueOf(option, before[++i]!);
    } else if (word.startsWith('-') && word !== '-') {
      const [flag, ...value] = word.split('=');
      const option = findOption(cmd, flag!);
      if (option && value.length > 0) valueOf(option, value.join('='));
      else if (option && takesValue(option) && before[i + 1] !== '=') waiting = option;
    } else {
      const sub = positional.length === 0 ? findCommand(cmd, word) : undefined;
      if (sub) cmd = sub;
      else positional.push(word);
    }
  }

  let found: Candidate[];
  let prefix = '';
  let typed = current;
  const splitOption = before.at(-1) === '=' ? findOption(cmd, before.at(-2) ?? '') : undefined;
  if (waiting) found = await optionValues(app, waiting);
  else if (splitOption) found = await optionValues(app, splitOption);
  else if (current === '=') found = [];
  else if (current.startsWith('-') && current.includes('=')) {
    // --option=va (zsh, fish): values, each written whole.
    const option = findOption(cmd, current.slice(0, current.indexOf('=')));
    prefix = current.slice(0, current.indexOf('=') + 1);
    typed = current.slice(prefix.length);
    found = option ? await optionValues(app, option) : [];
  } else if (current.startsWith('-')) found = optionCandidates(cmd);
  else if (subcommands(cmd).length > 0 && positional.length === 0) found = commandCandidates(cmd);
  else if (cmd === program && positional.length === 1 && positional[0] === 'help') found = commandCandidates(program);
  else found = await argumentValues(app, cmd, positional.length);

  if (found.length === 1 && found[0] === FILES) return [FILES];
  const seen = new Set<string>();
  return found
    .filter((c) => c.value.startsWith(typed) && !seen.has(c.value) && seen.add(c.value))
    .map((c) => ({ value: prefix + c.value, description: c.description?.replace(/\s+/g, ' ') }));
}
