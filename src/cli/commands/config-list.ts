// fourpoint config list: every setting, its value and what it does (graduation.* from the profile).
import { keyValueLines, padTo, screenWidth } from '../../ui/layout.js';
import { PROFILE_SETTINGS } from '../../store/profile-settings.js';
import { SETTINGS, readSettings } from '../../store/settings.js';
import type { App } from '../context.js';

/** Reads no worksheet definition: starts without loading the worksheet engine. */
export const usesLibrary = false;

/** Settings are not health data: no passphrase unless a graduation.* value (kept in the profile) is read. */
export const usesStore = false;

export async function run(o: { json?: boolean }, app: App): Promise<void> {
  const settings = readSettings(app.dataDir);
  await app.unlock();
  const profile = app.store.profile();
  const fromProfile = Object.fromEntries(Object.entries(PROFILE_SETTINGS).map(([k, spec]) => [k, spec.read(profile)]));
  if (o.json) {
    app.out(JSON.stringify({ ...settings, ...fromProfile }, null, 2));
    return;
  }
  const row = (key: string, value: unknown, description: string) => [app.theme.accent(key), `${padTo(String(value), 8)} ${app.theme.dim(description)}`] as const;
  const rows = [
    ...Object.entries(SETTINGS).map(([key, spec]) => row(key, settings[key], spec.description)),
    ...Object.entries(PROFILE_SETTINGS).map(([key, spec]) => row(key, fromProfile[key], spec.description)),
  ];
  app.out(keyValueLines(rows, screenWidth(app.io), '').join('\n'));
  app.out(app.theme.dim(`\nData folder: ${app.dataDir}`));
  app.out(app.theme.dim('graduation.* are kept in your profile; "fourpoint config set graduation.onTrackDays default" restores one.'));
}
