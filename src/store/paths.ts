// Where the data lives: --data-dir, then FOURPOINT_HOME, then the platform's data folder.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export function dataDirFor(option: string | undefined, env: Record<string, string | undefined>, cwd: string): string {
  if (option) return resolve(cwd, option);
  if (env.FOURPOINT_HOME) return resolve(cwd, env.FOURPOINT_HOME);
  // The same answer env-paths gives for ('fourpoint', { suffix: '' }), without loading it at start-up.
  const home = env.HOME ?? homedir();
  if (process.platform === 'darwin') return join(home, 'Library', 'Application Support', 'fourpoint');
  if (process.platform === 'win32') return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'fourpoint', 'Data');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'fourpoint');
}

export const storeFiles = {
  main: 'store.json',
  entriesDir: 'entries',
  lock: '.lock',
  backups: 'backups',
  settings: 'settings.json',
  worksheets: 'worksheets',
  /** Summaries made from the entries, kept to save re-reading them; safe to delete. */
  cache: 'cache',
} as const;
