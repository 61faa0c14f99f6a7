import type { Command } from 'commander';
import type { App } from '../context.js';
import { examples, wire } from './wire.js';

export function register(program: Command, app: App): void {
  const cmd = program
    .command('import')
    .description('bring back a JSON export: checks it all first, then adds the entries you do not have')
    .argument('<file>', 'a file written by: fourpoint export --format json')
    .option('--overwrite', 'replace entries (and the profile) you already have with the ones in the file')
    .option('--dry-run', 'check the file and say what would change, without writing')
    .addHelpText(
      'after',
      '\nExit codes: 0 all imported; 1 some entries were rejected (the rest were\n' +
        'imported); 2 not a valid export (nothing written).\n' +
        examples(['fourpoint import backup.json', 'fourpoint import backup.json --dry-run', 'fourpoint import backup.json --overwrite']),
    );
  wire(cmd, app, () => import('../commands/import.js'));
}
