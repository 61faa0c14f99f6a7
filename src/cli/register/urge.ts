import { Option, type Command } from 'commander';
import type { App } from '../context.js';
import { collect } from '../options.js';
import { examples, wire } from './wire.js';

export function register(program: Command, app: App): void {
  wire(
    program
      .command('urge')
      .description('urge help now: who to call, your DEADS plan, a guided urge-surfing timer, then an urge-log entry')
      .option('--minutes <n>', 'how long the urge-surfing timer runs (default 15; 0 for no timer)')
      .addOption(new Option('--seconds <n>', 'timer length in seconds (for tests)').hideHelp())
      .option('--intensity <n>', 'how strong the urge is now, 0 to 10 (asked at a terminal)')
      .option('--after <n>', 'how strong it is at the end, 0 to 10 (asked at a terminal)')
      .option('--trigger <text>', 'what set it off')
      .option('--helped <text>', 'something that helped (repeat for more)', collect, [])
      .option('--outcome <outcome>', 'rode-it-out (default), ongoing, or used')
      .option('--json', 'print the saved urge-log entry as JSON')
      .addHelpText(
        'after',
        `\nAt a terminal the timer counts down live; press Enter or s to stop it early.\nNot at a terminal, the session is plain text and --intensity and --after are needed.\n${examples([
          'fourpoint urge',
          'fourpoint urge --minutes 20',
          'fourpoint urge --minutes 0 --intensity 7 --after 3 --trigger "payday" --helped "went for a walk"',
        ])}`,
      ),
    app,
    () => import('../commands/urge.js'),
  );
}
