// The commander wiring: thin. Each noun registers its verbs from src/cli/register/, and each
// command's module is imported only when that command runs.
import { Command } from 'commander';
import type { App } from './context.js';
import { VERSION } from './version.js';
import { register as init } from './register/init.js';
import { register as checkin } from './register/checkin.js';
import { register as urge } from './register/urge.js';
import { register as worksheet } from './register/worksheet.js';
import { register as journal } from './register/journal.js';
import { register as status } from './register/status.js';
import { register as progress } from './register/progress.js';
import { register as exportCmd } from './register/export.js';
import { register as report } from './register/report.js';
import { register as importCmd } from './register/import.js';
import { register as family } from './register/family.js';
import { register as config } from './register/config.js';
import { register as doctor } from './register/doctor.js';
import { register as learn } from './register/learn.js';
import { register as shortcuts, SHORTCUTS } from './register/shortcuts.js';
import { register as completion } from './register/completion.js';
import { examples, quiet, wire } from './register/wire.js';

type Registrar = (program: Command, app: App) => void;

/** Each registrar with the top-level command names it adds. */
const REGISTRARS: [Registrar, readonly string[]][] = [
  [init, ['init']],
  [checkin, ['checkin']],
  [urge, ['urge']],
  [worksheet, ['worksheet']],
  [journal, ['journal']],
  [status, ['status']],
  [progress, ['progress']],
  [exportCmd, ['export']],
  [report, ['report']],
  [importCmd, ['import']],
  [family, ['family']],
  [config, ['config']],
  [doctor, ['doctor']],
  [learn, ['learn']],
  [shortcuts, Object.keys(SHORTCUTS)],
  [completion, ['completion', '__complete']],
];

/**
 * The registrars a run needs: only the named command's when argv names one (building every command's
 * options is a good part of start-up for `fourpoint status`), every one for help, the home menu or a typo.
 */
function registrarsFor(argv: readonly string[] | undefined): Registrar[] {
  const all = REGISTRARS.map(([r]) => r);
  if (!argv) return all;
  const first = argv.find((a, i) => !a.startsWith('-') && argv[i - 1] !== '--data-dir');
  const named = REGISTRARS.filter(([, names]) => first !== undefined && names.includes(first)).map(([r]) => r);
  return named.length > 0 ? named : all;
}

/** The program; with `argv`, only the commands that argv can reach are built. */
export function buildProgram(app: App, argv?: readonly string[]): Command {
  const program = quiet(new Command('fourpoint'), app)
    .description('A private workbook for the SMART Recovery 4-Point Program, in your terminal (unofficial companion).')
    .version(VERSION, '-V, --version')
    .option('--data-dir <dir>', 'where your data lives (also FOURPOINT_HOME)')
    .option('--no-color', 'plain text, no colour (also NO_COLOR)')
    .option('--debug', 'show details when something goes wrong')
    .showSuggestionAfterError()
    // The root has an action of its own (the home menu), so commander would not add `help` by itself.
    .helpCommand('help [command]', 'help for a command, such as: fourpoint help checkin')
    .addHelpText('after', examples(['fourpoint', 'fourpoint checkin', 'fourpoint checkin --mood 7 --urge 2 --on-track', 'fourpoint worksheet list', 'fourpoint journal list']));
  wire(program, app, () => import('./commands/home.js'));
  for (const register of registrarsFor(argv)) register(program, app);
  // The root has an action (the home menu), so commander would call `fourpoint chekin` "too many arguments".
  // Set after the registrars so the subcommands, which copy this setting when created, still refuse extra words.
  program.allowExcessArguments().hook('preAction', (_root, action) => {
    if (action === program && program.args.length > 0) (program as unknown as { unknownCommand(): never }).unknownCommand();
  });
  return program;
}
