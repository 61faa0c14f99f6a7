// Editing answers in the person's own editor: written as JSON to a private temporary file,
// read back, and checked with the definition's answers schema before anything is saved.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError, UserError } from '../errors.js';
import type { Answers } from '../domain/entry.js';
import type { Io } from '../io/io.js';
import { writeNew } from '../store/files.js';

/** $VISUAL or $EDITOR as a program and its arguments ("code --wait" is two words). */
export function editorCommand(env: Io['env']): string[] {
  const editor = env.VISUAL || env.EDITOR;
  if (!editor) throw new UsageError('--editor needs $VISUAL or $EDITOR to name your editor', 'such as: EDITOR=nano fourpoint journal edit ID --editor');
  const words = editorWords(editor);
  if (words.length === 0) throw new UsageError('$VISUAL or $EDITOR is set but names no editor', 'such as: EDITOR=nano fourpoint journal edit ID --editor');
  return words;
}

/**
 * Splits an editor setting into words the way a shell would, quotes and backslashes included
 * ('"/opt/My Editor/bin/ed" -w'), and nothing more: no variables, no $(…), no ; or |. So the
 * editor is run without a shell, and no text, ours or the setting's, is ever run as a command.
 */
export function editorWords(setting: string): string[] {
  const words: string[] = [];
  let word = '';
  // A word has begun (an empty pair of quotes is a word too).
  let inWord = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < setting.length; i++) {
    const c = setting[i]!;
    const next = setting[i + 1];
    if (quote === "'") {
      if (c === "'") quote = undefined;
      else word += c;
    } else if (quote === '"') {
      if (c === '"') quote = undefined;
      else if (c === '\\' && next !== undefined && '"\\$`'.includes(next)) word += setting[++i];
      else word += c;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      inWord = true;
      if (c === "'" || c === '"') quote = c;
      else if (c === '\\' && next !== undefined) word += setting[++i];
      else word += c;
    }
  }
  if (quote) throw new UsageError(`$VISUAL or $EDITOR has an unclosed ${quote} quote: ${setting}`);
  if (inWord) words.push(word);
  return words;
}

export function editAnswersInEditor(io: Io, answers: Answers): unknown {
  const [program, ...args] = editorCommand(io.env);
  const dir = mkdtempSync(join(tmpdir(), 'fourpoint-edit-'));
  // The name is ours, never made from the entry (an imported id once held shell text).
  const file = join(dir, 'answers.json');
  try {
    writeNew(file, `${JSON.stringify(answers, null, 2)}\n`);
    // The editor gets the real terminal and the file as its last argument; no shell in between.
    const result = spawnSync(program!, [...args, file], { stdio: 'inherit', env: io.env as NodeJS.ProcessEnv, cwd: io.cwd });
    if (result.error || result.status !== 0) throw new UserError(`the editor (${[program, ...args].join(' ')}) stopped with an error, so nothing was changed`);
    const text = readFileSync(file, 'utf8');
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new UsageError(`the edited answers are not valid JSON (${(error as Error).message}), so nothing was changed`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
