// fourpoint config set <key> <value>: change a setting (graduation.* keys are kept in the profile).
import { UserError } from '../../errors.js';
import { lookupConfigKey } from '../../store/profile-settings.js';
import { checkSettingsFile, writeSetting } from '../../store/settings.js';
import { ensureDir } from '../../store/files.js';
import type { App } from '../context.js';

/** Reads no worksheet definition: starts without loading the worksheet engine. */
export const usesLibrary = false;

export async function run(_o: object, app: App, args: string[]): Promise<void> {
  const [key, raw] = args as [string, string];
  const found = lookupConfigKey(key);
  if (found.where === 'profile') {
    const value = found.spec.parse(raw);
    if (!app.store.profile()) throw new UserError(`${key} is kept in your profile, and there is no profile yet`, 'create one: fourpoint init');
    app.store.updateProfile((p) => found.spec.write(p, value));
    app.say(value === null ? `${key} is back to its default, ${found.spec.default}.` : `${key} is now ${value}.`);
    return;
  }
  const spec = found.spec;
  const value = spec.parse(raw);
  ensureDir(app.dataDir);
  checkSettingsFile(app.dataDir);
  if (spec.apply) {
    await spec.apply(app.dataDir, value, { keyring: (confirm) => app.keyring(confirm), say: (t) => app.say(t), now: () => app.io.now() });
    return;
  }
  await writeSetting(app.dataDir, key, value);
  app.say(`${key} is now ${typeof value === 'boolean' ? (value ? 'on' : 'off') : String(value)}.`);
}
