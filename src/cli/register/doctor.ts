import type { Command } from 'commander';
import type { App } from '../context.js';
import { examples, wire } from './wire.js';

export function register(program: Command, app: App): void {
  wire(
    program
      .command('doctor')
      .description('check the store: every file parses and validates, counts, backups, lock, permissions')
      .option('--repair', 'restore damaged files from the newest good backup (the damaged ones are kept aside)')
      .option('--json', 'print the report as JSON')
      .addHelpText('after', examples(['fourpoint doctor', 'fourpoint doctor --json', 'fourpoint doctor --repair'])),
    app,
    () => import('../commands/doctor.js'),
  );
}
