import type { Command } from 'commander';
import type { App } from '../context.js';
import { addFilterOptions } from '../filters.js';
import { examples, quiet, wire } from './wire.js';

export function register(program: Command, app: App): void {
  const journal = quiet(program.command('journal').description('your entries: check-ins and worksheets'), app);
  journal.addHelpText('after', examples(['fourpoint journal list', 'fourpoint journal list --since "last monday" --kind checkin']));
  wire(
    addFilterOptions(journal.command('list').description('entries, oldest first'))
      .option('--json', 'print as JSON')
      .addHelpText('after', examples(['fourpoint journal list', 'fourpoint journal list --since 2026-11-01 --json', 'fourpoint journal list --point 1 --worksheet cost-benefit-analysis'])),
    app,
    () => import('../commands/journal-list.js'),
  );
}
