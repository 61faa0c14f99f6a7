// How a command is wired: its module is imported only when it runs, and it is handed the App.
import type { Command } from 'commander';
import type { App } from '../context.js';

export interface CommandModule {
  run(options: never, app: App, args: string[]): Promise<number | void>;
  /** false for commands that never read the store (no passphrase asked for them). */
  usesStore?: boolean;
  /** false for commands that never read a worksheet definition (they start without loading the engine). */
  usesLibrary?: boolean;
}

export function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

/** Sends commander's own output through the Io and makes it throw rather than exit. */
export function quiet(cmd: Command, app: App): Command {
  return cmd
    .exitOverride()
    .configureOutput({
      writeOut: (s) => void app.io.stdout.write(s),
      writeErr: (s) => void app.io.stderr.write(s),
      // Commander's own usage errors read like ours: "fourpoint: unknown option '--x'", not "error: ...".
      outputError: (s, write) => write(`fourpoint: ${s.replace(/^error: /, '')}`),
    });
}

/** Attaches a lazily imported command module as the action of `cmd`. */
export function wire(cmd: Command, app: App, load: () => Promise<CommandModule>): Command {
  quiet(cmd, app).action(async (...params: unknown[]) => {
    const self = params[params.length - 1] as Command;
    app.globals = self.optsWithGlobals();
    const args = params.slice(0, -2).flat().filter((a): a is string => typeof a === 'string');
    const mod = await load();
    if (mod.usesStore !== false) await app.unlock();
    if (mod.usesLibrary !== false) await app.loadLibrary();
    const code = await mod.run(self.opts() as never, app, args);
    if (typeof code === 'number') app.exitCode = code;
    (await import('../nudge.js')).nudge(self, app);
  });
  return cmd;
}
