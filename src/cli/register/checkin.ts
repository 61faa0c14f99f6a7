import { Option, type Command } from 'commander';
import type { App } from '../context.js';
import { collect } from '../options.js';
import { examples, wire } from './wire.js';

export function register(program: Command, app: App): void {
  wire(
    program
      .command('checkin')
      .description('the daily check-in: mood, urges, on track or not, triggers, coping, one line of reflection')
      .option('--mood <n>', 'mood today, 1 (very low) to 10 (very good)')
      .option('--urge <n>', 'strongest urge today, 0 (none) to 10 (overwhelming)')
      .addOption(new Option('--on-track', 'you stayed on track today').conflicts('lapsed'))
      .addOption(new Option('--lapsed', 'you did not stay on track today (no judgement: it is information)'))
      .option('--lapse-kind <kind>', 'after a lapse: once, a-few-times or a-longer-stretch')
      .option('--what-happened <text>', 'after a lapse: what happened')
      .option('--learned <text>', 'after a lapse: what you learned for next time')
      .option('--trigger <text>', 'a trigger today (repeat for more)', collect, [])
      .option('--coping <text>', 'something that helped (repeat for more)', collect, [])
      .option('--point <n>', 'the point you worked on today, 1 to 4')
      .option('--note <text>', 'one line of reflection or gratitude')
      .option('--date <date>', 'the day this check-in is about (default today; yesterday, 2026-11-20)')
      .addOption(new Option('--update', 'a check-in for that day exists: change it (asked at a terminal)').conflicts('add'))
      .addOption(new Option('--add', 'a check-in for that day exists: add another beside it'))
      .option('--json', 'print the saved entry as JSON')
      .addHelpText(
        'after',
        examples([
          'fourpoint checkin',
          'fourpoint checkin --mood 7 --urge 2 --on-track --trigger stress --coping "called Sam" --note "a good walk"',
          'fourpoint checkin --date yesterday --mood 5 --urge 6 --lapsed --lapse-kind once --learned "eat before the evening"',
          'fourpoint checkin --update --mood 6',
        ]),
      ),
    app,
    () => import('../commands/checkin.js'),
  );
}
