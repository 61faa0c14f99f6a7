// fourpoint config set <key> <value>: change a setting.
import { specFor, writeSetting } from '../../store/settings.js';
import { ensureDir } from '../../store/files.js';
import type { App } from '../context.js';

export async function run(_o: object, app: App, args: string[]): Promise<void> {
  const [key, raw] = args as [string, string];
  const value = specFor(key).parse(raw);
  ensureDir(app.dataDir);
  const spec = specFor(key);
  if (spec.apply) {
    await spec.apply(app.dataDir, value, { keyring: (confirm) => app.keyring(confirm), say: (t) => app.say(t), now: () => app.io.now() });
    return;
  }
  await writeSetting(app.dataDir, key, value);
  app.say(`${key} is now ${typeof value === 'boolean' ? (value ? 'on' : 'off') : String(value)}.`);
}
