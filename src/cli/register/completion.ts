import { Argument, type Command } from 'commander';
import type { App } from '../context.js';
import { examples, quiet } from './wire.js';

/** The shells `completion` writes a script for (src/cli/completion-scripts.ts). */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;

/**
 * `completion <shell>` prints a script; the script asks the hidden `__complete` for the candidates at each
 * Tab, so they always match this program and the data folder. Neither reads the store through the
 * passphrase prompt nor nudges: a Tab must never print anything but candidates.
 */
export function register(program: Command, app: App): void {
  quiet(
    program
      .command('completion')
      .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
      .description('print a Tab-completion script for your shell (see the README: Tab completion)')
      .addHelpText('after', examples(['fourpoint completion bash', 'eval "$(fourpoint completion bash)"    # in ~/.bashrc', 'source <(fourpoint completion zsh)      # in ~/.zshrc', 'fourpoint completion fish > ~/.config/fish/completions/fourpoint.fish'])),
    app,
  ).action(async (shell: string) => {
    const { completionScript } = await import('../completion-scripts.js');
    app.io.stdout.write(completionScript(shell));
  });
  const complete = program
    .command('__complete', { hidden: true })
    .argument('[words...]', 'the words after fourpoint, the last one (maybe empty) to complete; after --')
    .description('the candidates for a Tab, one a line: what the completion scripts call')
    .addHelpText('after', examples(['fourpoint __complete -- worksheet fill c', "fourpoint __complete -- journal show ''"]));
  quiet(complete, app).action(async (words: string[]) => {
    const { candidates } = await import('../commands/complete.js');
    for (const c of await candidates(app, words)) app.out(c.description ? `${c.value}\t${c.description}` : c.value);
  });
}
