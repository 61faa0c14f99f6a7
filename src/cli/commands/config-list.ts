// fourpoint config list: every setting, its value and what it does.
import { SETTINGS, readSettings } from '../../store/settings.js';
import type { App } from '../context.js';

/** Settings are not health data: no passphrase needed. */
export const usesStore = false;

export async function run(o: { json?: boolean }, app: App): Promise<void> {
  const settings = readSettings(app.dataDir);
  if (o.json) {
    app.out(JSON.stringify(settings, null, 2));
    return;
  }
  for (const [key, spec] of Object.entries(SETTINGS)) {
    app.out(`${app.theme.accent(key.padEnd(16))} ${String(settings[key]).padEnd(8)} ${app.theme.dim(spec.description)}`);
  }
  app.out(app.theme.dim(`\nData folder: ${app.dataDir}`));
}
