import type { Command } from 'commander';
import type { App } from '../context.js';
import { collect } from '../options.js';
import { examples, wire } from './wire.js';

export function register(program: Command, app: App): void {
  wire(
    program
      .command('init')
      .description('set up or update your profile: behaviours, start date, why, support contacts')
      .option('--behaviour <name>', 'a behaviour you are changing (repeat for more)', collect, [])
      .option('--start-date <date>', 'when you started (YYYY-MM-DD, today, yesterday)')
      .option('--why <text>', 'why you want to change, in a sentence')
      .option('--contact <name:phone>', 'someone to reach when it is hard (repeat for more)', collect, [])
      .option('--meeting <text>', 'a meeting you go to, kept in view by status and urge ("" to clear)')
      .option('--json', 'print the profile as JSON')
      .addHelpText('after', examples(['fourpoint init', 'fourpoint init --behaviour alcohol --start-date 2026-11-01 --why "my health" --contact "Sam: 555 0100"', 'fourpoint init --meeting "Tuesday 7pm, online SMART meeting"'])),
    app,
    () => import('../commands/init.js'),
  );
}
