import { Option, type Command } from 'commander';
import type { App } from '../context.js';
import { addFilterOptions } from '../filters.js';
import { EXPORT_FORMATS } from '../../export/registry.js';
import { examples, wire } from './wire.js';

export function register(program: Command, app: App): void {
  const cmd = addFilterOptions(
    program
      .command('export')
      .description('your journal as Markdown, JSON or CSV (to stdout unless --out)')
      .addOption(new Option('--format <format>', 'md: a readable document; json: everything, for import; csv: check-ins, for a spreadsheet').choices(EXPORT_FORMATS).default('md'))
      .option('--out <file>', 'write to this file (mode 0600) instead of stdout; never replaces a file unless --force')
      .option('--split <dir>', 'Markdown only: one file per entry in this folder')
      .option('--force', 'replace files that already exist'),
  ).addHelpText(
    'after',
    "\nCSV: one row per check-in. A cell that starts with = + - or @ gets a leading '\n" +
      'so a spreadsheet shows it as text rather than running it as a formula.\n' +
      examples([
        'fourpoint export > journal.md',
        'fourpoint export --since "30 days ago" --out last-month.md',
        'fourpoint export --format json --out backup.json',
        'fourpoint export --format csv --kind checkin --out checkins.csv',
        'fourpoint export --split journal/',
      ]),
  );
  wire(cmd, app, () => import('../commands/export.js'));
}
