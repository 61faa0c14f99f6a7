import type { Command } from 'commander';
import type { App } from '../context.js';
import { examples, wire } from './wire.js';

export function register(program: Command, app: App): void {
  wire(
    program
      .command('learn')
      .argument('[topic...]', 'a topic, such as point-2, abc, lapses or graduation')
      .description('short explanations of each point and tool, SMART and 12-step, lapses, graduation')
      .option('--json', 'print as JSON')
      .addHelpText('after', examples(['fourpoint learn', 'fourpoint learn point-1', 'fourpoint learn cba', 'fourpoint learn lapses'])),
    app,
    () => import('../commands/learn.js'),
  );
}
