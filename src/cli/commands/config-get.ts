// fourpoint config get <key>: one setting's value, for scripts.
import { lookupConfigKey } from '../../store/profile-settings.js';
import { readSettings } from '../../store/settings.js';
import type { App } from '../context.js';

/** Reads no worksheet definition: starts without loading the worksheet engine. */
export const usesLibrary = false;

/** Settings are not health data: no passphrase unless a graduation.* value (kept in the profile) is read. */
export const usesStore = false;

export async function run(_o: object, app: App, args: string[]): Promise<void> {
  const found = lookupConfigKey(args[0]!);
  if (found.where === 'profile') {
    await app.unlock();
    app.out(String(found.spec.read(app.store.profile())));
  }
  else app.out(String(readSettings(app.dataDir)[found.key]));
}
