// `fourpoint status` as a shell prompt runs it, on every prompt: answered without commander and the
// rest of the CLI, which the launcher would otherwise load first (a fifth of Node's own start-up).
// Whatever this path is not sure of (other options, an encrypted folder, settings or files it cannot
// read) it leaves to the full CLI, which reads again and says what it always says.
import { localDay } from '../domain/dates.js';
import { endQuietlyOnClosedStdout } from '../io/io.js';
import { statusLine } from '../domain/status.js';
import { folderEncrypted } from '../store/encrypted-files.js';
import { dataDirFor } from '../store/paths.js';
import { readSettings } from '../store/settings.js';
import { Store } from '../store/store.js';
import { readStatus, STATUS_CHECKED_IN, STATUS_NOT_YET } from './commands/status.js';

export interface FastContext {
  env: Record<string, string | undefined>;
  cwd: string;
  now(): Date;
  write(text: string): void;
}

/** The running process, as the launcher hands it over. */
export function processContext(): FastContext {
  return {
    env: process.env,
    cwd: process.cwd(),
    now: () => new Date(),
    write: (text) => {
      endQuietlyOnClosedStdout();
      process.stdout.write(text);
    },
  };
}

/** The exit code after printing the status line, or undefined when the full CLI should answer instead. */
export function statusFast(args: readonly string[], ctx: FastContext = processContext()): number | undefined {
  const json = args.length === 2 && args[1] === '--json';
  if (args[0] !== 'status' || !(args.length === 1 || json)) return undefined;
  let line: string;
  let code: number;
  try {
    const dir = dataDirFor(undefined, ctx.env, ctx.cwd);
    if (folderEncrypted(dir)) return undefined;
    // Read as the full CLI reads them, so a settings file it would refuse sends the command there.
    readSettings(dir);
    const status = readStatus({ today: () => localDay(ctx.now()), store: new Store(dir) });
    line = json ? JSON.stringify(status) : statusLine(status);
    code = status.checkedInToday ? STATUS_CHECKED_IN : STATUS_NOT_YET;
  } catch {
    // Nothing was printed yet: the full CLI reports the problem in its own words.
    return undefined;
  }
  ctx.write(`${line}\n`);
  return code;
}
