import type { Command } from 'commander';
import type { App } from '../context.js';
import { collect } from '../options.js';
import { examples, quiet, wire } from './wire.js';

export function register(program: Command, app: App): void {
  const worksheet = quiet(program.command('worksheet').description('the 4-Point worksheets: list, show, fill, history, drafts, validate'), app);
  worksheet.addHelpText('after', examples(['fourpoint worksheet list', 'fourpoint worksheet show cost-benefit-analysis', 'fourpoint worksheet fill cost-benefit-analysis', 'fourpoint worksheet history cba --markdown', 'fourpoint worksheet drafts', 'fourpoint worksheet validate my-worksheet.yaml']));
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
    addFillOptions(worksheet.command('fill').argument('<id>', 'worksheet id or shortcut, such as cost-benefit-analysis or cba').description('fill in a worksheet, at the prompts or from flags')).addHelpText(
      'after',
      examples([
        'fourpoint worksheet fill cost-benefit-analysis',
        'fourpoint worksheet fill cost-benefit-analysis --answers cba.json',
        'fourpoint worksheet fill goals --set goal="walk 5 km" --set steps="walk 1 km a day"',
        'fourpoint worksheet fill abc --resume',
      ]),
    ),
    app,
    () => import('../commands/worksheet-fill.js'),
  );
  wire(
    worksheet
      .command('history')
      .argument('<id>', 'worksheet id or shortcut')
      .description('the times you filled a worksheet, oldest first')
      .option('--json', 'print the entries as JSON')
      .option('--markdown', 'print every fill as Markdown, to compare them')
      .addHelpText('after', examples(['fourpoint worksheet history cba', 'fourpoint worksheet history cba --markdown > cba.md', 'fourpoint worksheet history pie --json'])),
    app,
    () => import('../commands/worksheet-history.js'),
  );
  wire(
    worksheet
      .command('drafts')
      .description('worksheets you stopped part-way, kept until you finish them')
      .option('--json', 'print as JSON')
      .addHelpText('after', examples(['fourpoint worksheet drafts', 'fourpoint worksheet fill abc --resume'])),
    app,
    () => import('../commands/worksheet-drafts.js'),
  );
  wire(
    worksheet
      .command('validate')
      .argument('<file>', 'a worksheet definition (YAML)')
      .description('check a worksheet definition of your own and list every problem')
      .option('--json', 'print the result as JSON')
      .addHelpText('after', examples(['fourpoint worksheet validate my-sleep-log.yaml', 'fourpoint worksheet validate ~/.local/share/fourpoint/worksheets/gratitude.yaml'])),
    app,
    () => import('../commands/worksheet-validate.js'),
  );
}

/** The options of `worksheet fill`, shared with the shortcuts (fourpoint cba, ...). */
export function addFillOptions(cmd: Command): Command {
  return cmd
    .option('--answers <file>', 'a JSON file of answers by field id (- for stdin)')
    .option('--set <field=value>', 'one answer (repeat; repeat a list field for more items)', collect, [])
    .option('--date <date>', 'the day this entry is about (default today)')
    .option('--resume', 'carry on with your unfinished draft of this worksheet')
    .option('--discard-draft', 'start afresh; the draft is replaced when this fill is saved')
    .option('--json', 'print the saved entry as JSON');
}
