import type { Command } from 'commander';
import type { App } from '../context.js';
import { collect } from '../options.js';
import { examples, quiet, wire } from './wire.js';

export function register(program: Command, app: App): void {
  const worksheet = quiet(program.command('worksheet').description('the 4-Point worksheets: list, show, fill'), app);
  worksheet.addHelpText('after', examples(['fourpoint worksheet list', 'fourpoint worksheet show cost-benefit-analysis', 'fourpoint worksheet fill cost-benefit-analysis']));
  wire(
    worksheet
      .command('list')
      .description('the worksheets, grouped by point')
      .option('--json', 'print as JSON')
      .addHelpText('after', examples(['fourpoint worksheet list', 'fourpoint worksheet list --json'])),
    app,
    () => import('../commands/worksheet-list.js'),
  );
  wire(
    worksheet
      .command('show')
      .argument('<id>', 'worksheet id or shortcut, such as cost-benefit-analysis or cba')
      .description('what a worksheet asks, field by field')
      .option('--json', 'print the definition as JSON')
      .addHelpText('after', examples(['fourpoint worksheet show cost-benefit-analysis', 'fourpoint worksheet show daily-check-in --json'])),
    app,
    () => import('../commands/worksheet-show.js'),
  );
  wire(
    worksheet
      .command('fill')
      .argument('<id>', 'worksheet id or shortcut, such as cost-benefit-analysis or cba')
      .description('fill in a worksheet, at the prompts or from flags')
      .option('--answers <file>', 'a JSON file of answers by field id (- for stdin)')
      .option('--set <field=value>', 'one answer (repeat; repeat a list field for more items)', collect, [])
      .option('--date <date>', 'the day this entry is about (default today)')
      .option('--json', 'print the saved entry as JSON')
      .addHelpText(
        'after',
        examples([
          'fourpoint worksheet fill cost-benefit-analysis',
          'fourpoint worksheet fill cost-benefit-analysis --answers cba.json',
          'fourpoint worksheet fill cost-benefit-analysis --set conclusion="keep going"',
        ]),
      ),
    app,
    () => import('../commands/worksheet-fill.js'),
  );
}
