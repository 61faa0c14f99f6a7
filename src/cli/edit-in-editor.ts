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

export function editorCommand(env: Io['env']): string {
  const editor = env.VISUAL || env.EDITOR;
  if (!editor) throw new UsageError('--editor needs $VISUAL or $EDITOR to name your editor', 'such as: EDITOR=nano fourpoint journal edit ID --editor');
  return editor;
}

export function editAnswersInEditor(io: Io, answers: Answers, name: string): unknown {
  const editor = editorCommand(io.env);
  const dir = mkdtempSync(join(tmpdir(), 'fourpoint-edit-'));
  const file = join(dir, `${name}.json`);
  try {
    writeNew(file, `${JSON.stringify(answers, null, 2)}\n`);
    // The editor gets the real terminal; a shell runs the command so "code --wait" works.
    const result = spawnSync(`${editor} "${file}"`, { shell: true, stdio: 'inherit', env: io.env as NodeJS.ProcessEnv, cwd: io.cwd });
    if (result.error || result.status !== 0) throw new UserError(`the editor (${editor}) stopped with an error, so nothing was changed`);
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
