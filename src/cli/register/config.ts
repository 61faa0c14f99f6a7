import type { Command } from 'commander';
import type { App } from '../context.js';
import { examples, quiet, wire } from './wire.js';

export function register(program: Command, app: App): void {
  const config = quiet(program.command('config').description('your settings: get, set, list'), app);
  config.addHelpText('after', examples(['fourpoint config list', 'fourpoint config set nudge off', 'fourpoint config get nudge']));
  wire(
    config.command('list').description('every setting and its value').option('--json', 'print as JSON').addHelpText('after', examples(['fourpoint config list', 'fourpoint config list --json'])),
    app,
    () => import('../commands/config-list.js'),
  );
  wire(
    config.command('get').argument('<key>', 'setting name').description('one setting').addHelpText('after', examples(['fourpoint config get nudge', 'fourpoint config get weekStart'])),
    app,
    () => import('../commands/config-get.js'),
  );
  wire(
    config
      .command('set')
      .argument('<key>', 'setting name')
      .argument('<value>', 'new value')
      .description('change a setting')
      .addHelpText('after', examples(['fourpoint config set nudge off', 'fourpoint config set color never', 'fourpoint config set weekStart sunday'])),
    app,
    () => import('../commands/config-set.js'),
  );
}
