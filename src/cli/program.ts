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
import { register as importCmd } from './register/import.js';
import { register as family } from './register/family.js';
import { register as config } from './register/config.js';
import { register as doctor } from './register/doctor.js';
import { register as learn } from './register/learn.js';
import { register as shortcuts } from './register/shortcuts.js';
import { examples, quiet, wire } from './register/wire.js';

const REGISTRARS = [init, checkin, urge, worksheet, journal, status, progress, exportCmd, importCmd, family, config, doctor, learn, shortcuts];

export function buildProgram(app: App): Command {
  const program = quiet(new Command('fourpoint'), app)
    .description('A private workbook for the SMART Recovery 4-Point Program, in your terminal (unofficial companion).')
    .version(VERSION, '-V, --version')
    .option('--data-dir <dir>', 'where your data lives (also FOURPOINT_HOME)')
    .option('--no-color', 'plain text, no colour (also NO_COLOR)')
    .option('--debug', 'show details when something goes wrong')
    .showSuggestionAfterError()
    .addHelpText('after', examples(['fourpoint', 'fourpoint checkin', 'fourpoint checkin --mood 7 --urge 2 --on-track', 'fourpoint worksheet list', 'fourpoint journal list']));
  wire(program, app, () => import('./commands/home.js'));
  for (const register of REGISTRARS) register(program, app);
  // The root has an action (the home menu), so commander would call `fourpoint chekin` "too many arguments".
  // Set after the registrars so the subcommands, which copy this setting when created, still refuse extra words.
  program.allowExcessArguments().hook('preAction', (_root, action) => {
    if (action === program && program.args.length > 0) (program as unknown as { unknownCommand(): never }).unknownCommand();
  });
  return program;
}
