// The commander wiring: thin, and each command's module is imported only when that command runs.
import { Command, Option } from 'commander';
import type { App } from './context.js';
import { collect } from './options.js';
import { VERSION } from './version.js';

type Action = (options: Record<string, unknown>, args: string[]) => Promise<number | void>;

function examples(lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

export function buildProgram(app: App): Command {
  const { io } = app;
  const program = new Command('fourpoint')
    .description('A private workbook for the SMART Recovery 4-Point Program, in your terminal (unofficial companion).')
    .version(VERSION, '-V, --version')
    .option('--data-dir <dir>', 'where your data lives (also FOURPOINT_HOME)')
    .option('--no-color', 'plain text, no colour (also NO_COLOR)')
    .option('--debug', 'show details when something goes wrong')
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) })
    .exitOverride()
    .showSuggestionAfterError()
    .addHelpText('after', examples(['fourpoint', 'fourpoint checkin', 'fourpoint checkin --mood 7 --urge 2 --on-track', 'fourpoint worksheet list', 'fourpoint cba']));

  /** Registers the action of a command whose module is loaded only when it runs. */
  const lazy =
    (load: () => Promise<{ run: (options: never, app: App, args: string[]) => Promise<number | void> }>): Action =>
    async (options, args) => {
      const mod = await load();
      const code = await mod.run(options as never, app, args);
      if (typeof code === 'number') app.exitCode = code;
    };

  const wire = (cmd: Command, action: Action) => {
    cmd.exitOverride().configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) });
    cmd.action(async (...params: unknown[]) => {
      const self = params[params.length - 1] as Command;
      app.globals = self.optsWithGlobals();
      const args = params.slice(0, -2).flat().filter((a): a is string => typeof a === 'string');
      await action(self.opts(), args);
    });
    return cmd;
  };

  wire(program, lazy(() => import('./commands/home.js')));

  wire(
    program
      .command('init')
      .description('set up or update your profile: behaviours, start date, why, support contacts')
      .option('--behaviour <name>', 'a behaviour you are changing (repeat for more)', collect, [])
      .option('--start-date <date>', 'when you started (YYYY-MM-DD, today, yesterday)')
      .option('--why <text>', 'why you want to change, in a sentence')
      .option('--contact <name:phone>', 'someone to reach when it is hard (repeat for more)', collect, [])
      .option('--json', 'print the profile as JSON')
      .addHelpText('after', examples(['fourpoint init', 'fourpoint init --behaviour alcohol --start-date 2026-11-01 --why "my health" --contact "Sam: 555 0100"'])),
    lazy(() => import('./commands/init.js')),
  );

  wire(
    program
      .command('checkin')
      .description('the daily check-in: mood, urges, on track or not, triggers, coping, one line of reflection')
      .option('--mood <n>', 'mood today, 1 (very low) to 10 (very good)')
      .option('--urge <n>', 'strongest urge today, 0 (none) to 10 (overwhelming)')
      .addOption(new Option('--on-track', 'you stayed on track today').conflicts('lapsed'))
      .addOption(new Option('--lapsed', 'you did not stay on track today (no judgement: it is information)'))
      .option('--what-happened <text>', 'after a lapse: what happened')
      .option('--learned <text>', 'after a lapse: what you learned for next time')
      .option('--trigger <text>', 'a trigger today (repeat for more)', collect, [])
      .option('--coping <text>', 'something that helped (repeat for more)', collect, [])
      .option('--point <n>', 'the point you worked on today, 1 to 4')
      .option('--note <text>', 'one line of reflection or gratitude')
      .option('--date <date>', 'the day this check-in is about (default today; yesterday, 2026-11-20)')
      .option('--json', 'print the saved entry as JSON')
      .addHelpText('after', examples(['fourpoint checkin', 'fourpoint checkin --mood 7 --urge 2 --on-track --trigger stress --coping "called Sam" --note "a good walk"', 'fourpoint checkin --date yesterday --mood 5 --urge 6 --lapsed --learned "eat before the evening"'])),
    lazy(() => import('./commands/checkin.js')),
  );

  const worksheet = program.command('worksheet').description('the 4-Point worksheets: list, show, fill');
  worksheet.addHelpText('after', examples(['fourpoint worksheet list', 'fourpoint worksheet show cost-benefit-analysis', 'fourpoint worksheet fill cost-benefit-analysis']));
  wire(
    worksheet
      .command('list')
      .description('the worksheets, grouped by point')
      .option('--json', 'print as JSON')
      .addHelpText('after', examples(['fourpoint worksheet list', 'fourpoint worksheet list --json'])),
    lazy(() => import('./commands/worksheet-list.js')),
  );
  wire(
    worksheet
      .command('show')
      .argument('<id>', 'worksheet id, such as cost-benefit-analysis')
      .description('what a worksheet asks, field by field')
      .option('--json', 'print the definition as JSON')
      .addHelpText('after', examples(['fourpoint worksheet show cost-benefit-analysis', 'fourpoint worksheet show daily-check-in --json'])),
    lazy(() => import('./commands/worksheet-show.js')),
  );
  wire(
    worksheet
      .command('fill')
      .argument('<id>', 'worksheet id, such as cost-benefit-analysis')
      .description('fill in a worksheet, at the prompts or from flags')
      .option('--answers <file>', 'a JSON file of answers by field id (- for stdin)')
      .option('--set <field=value>', 'one answer (repeat; repeat a list field for more items)', collect, [])
      .option('--date <date>', 'the day this entry is about (default today)')
      .option('--json', 'print the saved entry as JSON')
      .addHelpText('after', examples(['fourpoint worksheet fill cost-benefit-analysis', 'fourpoint worksheet fill cost-benefit-analysis --answers cba.json', 'fourpoint worksheet fill cost-benefit-analysis --set conclusion="keep going"'])),
    lazy(() => import('./commands/worksheet-fill.js')),
  );

  const journal = program.command('journal').description('your entries: check-ins and worksheets');
  journal.addHelpText('after', examples(['fourpoint journal list', 'fourpoint journal list --json']));
  wire(
    journal
      .command('list')
      .description('entries, newest last')
      .option('--json', 'print as JSON')
      .addHelpText('after', examples(['fourpoint journal list', 'fourpoint journal list --json'])),
    lazy(() => import('./commands/journal-list.js')),
  );

  return program;
}
