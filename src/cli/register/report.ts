import { Option, type Command } from 'commander';
import type { App } from '../context.js';
import { examples, wire } from './wire.js';

export function register(program: Command, app: App): void {
  wire(
    program
      .command('report')
      .description('a private report of a period to keep or share: calendar, urge and mood charts, the four points, worksheets')
      .option('--since <length>', 'the last 4w (default), 30d, 3m, 1y, or since a day')
      .option('--from <date>', 'the first day (instead of --since)')
      .option('--to <date>', 'the last day (default today)')
      .option('--out <file>', 'write here (mode 0600; default fourpoint-report-<to>.html); - for stdout')
      .option('--include <list>', 'add your own words: notes, worksheets, lapses (comma-separated, or all)')
      .addOption(new Option('--format <format>', 'html: one self-contained page; md: Markdown').choices(['html', 'md']).default('html'))
      .option('--force', 'replace the file if it exists')
      .addHelpText(
        'after',
        '\nPrivate by default: notes, worksheet answers and what you wrote about lapses are left out unless --include names them.\n' +
          examples([
            'fourpoint report',
            'fourpoint report --since 3m --out report.html',
            'fourpoint report --from 2026-09-01 --to 2026-11-30 --include worksheets,lapses',
            'fourpoint report --format md --out - | less',
          ]),
      ),
    app,
    () => import('../commands/report.js'),
  );
}
