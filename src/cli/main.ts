// The one entry point: builds the program, runs it, and turns every error into a line and an exit code.
import { CommanderError } from 'commander';
import { ExitCode, FourpointError } from '../errors.js';
import { processIo, type Io } from '../io/io.js';
import { App } from './context.js';
import { buildProgram } from './program.js';
import { describeSystemError } from './system-error.js';

export async function run(argv: string[], io: Io = processIo()): Promise<number> {
  const app = new App(io);
  const program = buildProgram(app, argv);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return app.exitCode;
  } catch (error) {
    return report(error, app);
  }
}

function report(thrown: unknown, app: App): number {
  const { stderr } = app.io;
  const error = describeSystemError(thrown) ?? thrown;
  if (error instanceof CommanderError) {
    // Commander has already printed its message (help, version or a usage problem).
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return ExitCode.ok;
    return ExitCode.usage;
  }
  if (error instanceof FourpointError) {
    stderr.write(`fourpoint: ${error.message}\n`);
    if (error.hint) stderr.write(`  ${error.hint}\n`);
    const stack = thrown instanceof Error ? thrown.stack : undefined;
    if (app.globals.debug && stack) stderr.write(`${stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  stderr.write(`fourpoint: something went wrong: ${message}\n`);
  stderr.write(app.globals.debug && error instanceof Error && error.stack ? `${error.stack}\n` : '  run again with --debug for details\n');
  return ExitCode.failed;
}
