// fourpoint journal search <text>: journal list with --grep, and the other filters still apply.
import type { App } from '../context.js';
import type { FilterOptions } from '../filters.js';
import { run as list } from './journal-list.js';

export interface JournalSearchOptions extends Omit<FilterOptions, 'grep'> {
  json?: boolean;
}

export async function run(o: JournalSearchOptions, app: App, args: string[]): Promise<void> {
  await list({ ...o, grep: args.join(' ') }, app);
}
