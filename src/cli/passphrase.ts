// The passphrase for an encrypted data folder: FOURPOINT_PASSPHRASE, or asked at a terminal (hidden).
import { CancelledError, UsageError, UserError } from '../errors.js';
import type { Io } from '../io/io.js';

/**
 * A new passphrase is at least this long: the key comes from it alone, and a short one is guessed by
 * trying them all (scrypt slows each try, but 8 characters is where that stops being quick).
 */
export const MIN_PASSPHRASE = 8;
const TOO_SHORT = `a passphrase needs at least ${MIN_PASSPHRASE} characters (a few words are easy to remember and hard to guess)`;

export async function askPassphrase(io: Io, confirm: boolean): Promise<string> {
  const fromEnv = io.env.FOURPOINT_PASSPHRASE;
  if (fromEnv && confirm && fromEnv.length < MIN_PASSPHRASE) throw new UsageError(`FOURPOINT_PASSPHRASE is too short: ${TOO_SHORT}`, 'nothing was changed');
  if (fromEnv) return fromEnv;
  const hint = 'set FOURPOINT_PASSPHRASE, or run fourpoint at a terminal to be asked';
  // Turning encryption on with nothing to take the passphrase from is bad usage (exit 2), and nothing is changed.
  if (!io.isInteractive && confirm) throw new UsageError('a passphrase is needed to turn encryption on', hint);
  if (!io.isInteractive) throw new UserError('your data is encrypted and no passphrase was given', hint);
  const { password } = await import('@inquirer/prompts');
  const context = { input: io.stdin, output: io.stdout as NodeJS.WritableStream };
  const ask = async (message: string) => {
    try {
      const validate = (v: string) => (v.length === 0 ? 'Please type a passphrase.' : confirm && v.length < MIN_PASSPHRASE ? `Please use at least ${MIN_PASSPHRASE} characters.` : true);
      return await password({ message, mask: '*', validate }, context);
    } catch (error) {
      if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) throw new CancelledError();
      throw error;
    }
  };
  const first = await ask(confirm ? 'Choose a passphrase (without it your data cannot be opened)' : 'Passphrase');
  if (confirm && (await ask('Type it again')) !== first) throw new UserError('the two passphrases did not match; nothing was changed');
  return first;
}
