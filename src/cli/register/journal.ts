import type { Command } from 'commander';
import type { App } from '../context.js';
import { addFilterOptions } from '../filters.js';
import { collect } from '../options.js';
import { examples, quiet, wire } from './wire.js';

export function register(program: Command, app: App): void {
  const journal = quiet(program.command('journal').description('your entries: list, show, search, edit, delete'), app);
  journal.addHelpText(
    'after',
    examples(['fourpoint journal list', 'fourpoint journal list --since "last monday" --kind checkin', 'fourpoint journal show 3f2a', 'fourpoint journal search payday']),
  );
  wire(
    addFilterOptions(journal.command('list').description('entries, oldest first'))
      .option('--json', 'print as JSON')
      .addHelpText('after', examples(['fourpoint journal list', 'fourpoint journal list --since 2026-11-01 --json', 'fourpoint journal list --point 1 --worksheet cost-benefit-analysis'])),
    app,
    () => import('../commands/journal-list.js'),
  );
  wire(
    journal
      .command('show')
      .argument('<id>', 'the entry id, or enough of its start to be unique (journal list shows 8 characters)')
      .description('one entry, laid out for reading')
      .option('--markdown', 'print the entry as Markdown, as an export writes it')
      .option('--json', 'print the entry as JSON')
      .addHelpText('after', examples(['fourpoint journal show 3f2a9c1d', 'fourpoint journal show 3f2a --markdown', 'fourpoint journal show 3f2a --json'])),
    app,
    () => import('../commands/journal-show.js'),
  );
  wire(
    addFilterOptions(journal.command('search').argument('<text...>', 'the words to look for, anywhere in the answers or tags').description('entries containing some text, oldest first'), {
      grep: false,
    })
      .option('--json', 'print as JSON')
      .addHelpText('after', examples(['fourpoint journal search payday', 'fourpoint journal search "called Sam" --since "30 days ago" --kind checkin'])),
    app,
    () => import('../commands/journal-search.js'),
  );
  wire(
    journal
      .command('edit')
      .argument('<id>', 'the entry id, or enough of its start to be unique')
      .description('change an entry: the questions again with your answers as defaults, your $EDITOR, or --set')
      .option('--editor', 'edit the answers as JSON in $VISUAL or $EDITOR (checked before saving)')
      .option('--set <field=value>', 'change one answer without prompts (repeat; an empty value clears it)', collect, [])
      .option('--date <date>', 'move the entry to another day')
      .option('--json', 'print the saved entry as JSON')
      .addHelpText(
        'after',
        examples(['fourpoint journal edit 3f2a', 'fourpoint journal edit 3f2a --editor', 'fourpoint journal edit 3f2a --set mood=6 --set note="a better evening"']),
      ),
    app,
    () => import('../commands/journal-edit.js'),
  );
  wire(
    journal
      .command('delete')
      .argument('<id>', 'the entry id, or enough of its start to be unique')
      .description('delete an entry, after asking (--yes when not at a terminal)')
      .option('-y, --yes', 'do not ask; needed when not at a terminal')
      .addHelpText('after', examples(['fourpoint journal delete 3f2a', 'fourpoint journal delete 3f2a9c1d --yes'])),
    app,
    () => import('../commands/journal-delete.js'),
  );
}
