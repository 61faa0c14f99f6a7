import type { Command } from 'commander';
import type { App } from '../context.js';
import { examples, wire } from './wire.js';

export function register(program: Command, app: App): void {
  wire(
    program
      .command('status')
      .description('one line for a shell prompt or a script: days on track, checked in today or not')
      .option('--json', 'print as JSON: today, checkedInToday, daysOnTrack, since, lastLapse, hasProfile, meeting')
      .addHelpText(
        'after',
        `\nExit status:\n  0  you have checked in today\n  1  no check-in yet today\n  2  bad usage\n  3  the data could not be read (damaged or unreadable; the message says which file)\n${examples([
          'fourpoint status',
          'fourpoint status --json',
          'fourpoint status >/dev/null || echo "time for a check-in"',
          "PS1='$(fourpoint status 2>/dev/null) \\$ '",
        ])}`,
      ),
    app,
    () => import('../commands/status.js'),
  );
}
