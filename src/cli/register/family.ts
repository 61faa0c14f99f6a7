import type { Command } from 'commander';
import { SCREEN_NOTE } from '../../domain/family/messages.js';
import type { App } from '../context.js';
import { collect } from '../options.js';
import { examples as exampleLines, quiet, wire } from './wire.js';

/** Help screens carry the limits note too. */
const examples = (lines: string[]) => `${exampleLines(lines)}\n${SCREEN_NOTE}\n`;

export function register(program: Command, app: App): void {
  const family = quiet(program.command('family').description('for family and friends: plan an intervention for a loved one'), app);
  family.addHelpText('after', examples(['fourpoint family', 'fourpoint family assess', 'fourpoint family plan', 'fourpoint family show --out family-plan.md']));
  wire(family, app, () => import('../commands/family-home.js'));
  const fillable = (cmd: Command) =>
    cmd
      .option('--answers <file>', 'a JSON file of answers by field id (- for stdin)')
      .option('--set <field=value>', 'one answer (repeat; repeat a list field for more items)', collect, [])
      .option('--json', 'print what was saved as JSON');
  wire(
    fillable(family.command('assess').description('questions about your loved one and the family, then a recommendation')).addHelpText(
      'after',
      examples([
        'fourpoint family assess',
        'fourpoint family assess --answers assessment.json',
        'fourpoint family assess --set ageGroup=under-18 --set pattern=experimenting --set safety=none …',
        'fourpoint worksheet show family-assessment   (every question and its field id)',
      ]),
    ),
    app,
    () => import('../commands/family-assess.js'),
  );
  wire(
    fillable(family.command('plan').description('draft the family plan from the latest assessment'))
      .option('--assessment <id>', 'plan from this assessment rather than the latest')
      .addHelpText('after', examples(['fourpoint family plan', 'fourpoint family plan --answers plan.json', 'fourpoint family plan --set intervention=closure --set whyDifferent="we have tried everything"'])),
    app,
    () => import('../commands/family-plan.js'),
  );
  wire(
    fillable(family.command('map').description('the family-system map: who helps, what hurts, one change each')).addHelpText(
      'after',
      examples(['fourpoint family map', 'fourpoint family map --answers map.json', 'fourpoint family map --set people=\'[{"name":"Sam","role":"me"}]\'']),
    ),
    app,
    () => import('../commands/family-map.js'),
  );
  wire(
    family
      .command('show')
      .description('the assessment, recommendation, plan and map as one Markdown document')
      .option('--format <format>', 'md or json (without it, a terminal shows the document laid out for reading)')
      .option('--out <file>', 'write to a file rather than the screen (readable by you only)')
      .option('--force', 'replace the --out file if it exists')
      .option('--assessment <id>', 'show this assessment rather than the latest')
      .option('--json', 'the same as --format json')
      .addHelpText('after', examples(['fourpoint family show', 'fourpoint family show --out family-plan.md', 'fourpoint family show --format json'])),
    app,
    () => import('../commands/family-show.js'),
  );
}
