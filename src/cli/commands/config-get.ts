// fourpoint config get <key>: one setting's value, for scripts.
import { readSettings, specFor } from '../../store/settings.js';
import type { App } from '../context.js';

/** Settings are not health data: no passphrase needed. */
export const usesStore = false;

export async function run(_o: object, app: App, args: string[]): Promise<void> {
  const key = args[0]!;
  specFor(key);
  app.out(String(readSettings(app.dataDir)[key]));
}
