import type { Command } from 'commander';
import type { App } from '../context.js';
import { examples, quiet, wire } from './wire.js';

export function register(program: Command, app: App): void {
  const config = quiet(program.command('config').description('your settings: get, set, list'), app);
  config.addHelpText('after', examples(['fourpoint config list', 'fourpoint config set nudge off', 'fourpoint config get nudge']));
  wire(config.command('list').description('every setting and its value').option('--json', 'print as JSON'), app, () => import('../commands/config-list.js'));
  wire(config.command('get').argument('<key>', 'setting name').description('one setting'), app, () => import('../commands/config-get.js'));
  wire(
    config.command('set').argument('<key>', 'setting name').argument('<value>', 'new value').description('change a setting'),
    app,
    () => import('../commands/config-set.js'),
  );
}
