// The passphrase for an encrypted data folder: FOURPOINT_PASSPHRASE, or asked at a terminal (hidden).
import { CancelledError, UserError } from '../errors.js';
import type { Io } from '../io/io.js';

export async function askPassphrase(io: Io, confirm: boolean): Promise<string> {
  const fromEnv = io.env.FOURPOINT_PASSPHRASE;
  if (fromEnv) return fromEnv;
  if (!io.isInteractive)
    throw new UserError(confirm ? 'a passphrase is needed to turn encryption on' : 'your data is encrypted and no passphrase was given', 'set FOURPOINT_PASSPHRASE, or run fourpoint at a terminal to be asked');
  const { password } = await import('@inquirer/prompts');
  const context = { input: io.stdin, output: io.stdout as NodeJS.WritableStream };
  const ask = async (message: string) => {
    try {
      return await password({ message, mask: '*', validate: (v) => (v.length > 0 ? true : 'Please type a passphrase.') }, context);
    } catch (error) {
      if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) throw new CancelledError();
      throw error;
    }
  };
  const first = await ask(confirm ? 'Choose a passphrase (without it your data cannot be opened)' : 'Passphrase');
  if (confirm && (await ask('Type it again')) !== first) throw new UserError('the two passphrases did not match; nothing was changed');
  return first;
}
