import type { Command } from 'commander';
import type { App } from '../context.js';
import { examples, wire } from './wire.js';

export function register(program: Command, app: App): void {
  wire(
    program
      .command('progress')
      .description('your progress toward graduation: days on track, the four points, urges and mood, what to do next')
      .option('--days <n>', 'days of urges and mood in the sparklines (7 to 365, default 30)')
      .option('--calendar [months]', 'the last months (3 unless given) as a calendar: on track, lapse, no check-in')
      .option('--json', 'print the whole report as JSON (shape: docs/progress.md)')
      .addHelpText('after', examples(['fourpoint progress', 'fourpoint progress --days 90', 'fourpoint progress --calendar 6', 'fourpoint progress --json'])),
    app,
    () => import('../commands/progress.js'),
  );
}
