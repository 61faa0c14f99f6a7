// The home menu's Settings: every setting with its value; choose one and type a new value, which goes
// through the same code as `fourpoint config set`. A value it refuses is said in one line and asked again.
import { UsageError } from '../errors.js';
import type { Prompter } from '../prompts/prompter.js';
import { PROFILE_SETTINGS } from '../store/profile-settings.js';
import { SETTINGS, readSettings } from '../store/settings.js';
import type { App } from './context.js';

const BACK = '\u0000back';

export async function settingsHub(app: App, prompter: Prompter): Promise<void> {
  for (;;) {
    const settings = readSettings(app.dataDir);
    await app.unlock();
    const profile = app.store.profile();
    const rows = [
      ...Object.entries(SETTINGS).map(([key, spec]) => ({ key, value: settings[key], description: spec.description })),
      ...Object.entries(PROFILE_SETTINGS).map(([key, spec]) => ({ key, value: spec.read(profile), description: spec.description })),
    ];
    const key = await prompter.select({
      name: 'setting',
      field: 'setting',
      message: 'Which setting would you like to change? (Esc goes back)',
      back: BACK,
      choices: [...rows.map((r) => ({ value: r.key, label: `${r.key}: ${String(r.value)}`, hint: r.description })), { value: BACK, label: 'Back' }],
    });
    if (key === BACK) return;
    const row = rows.find((r) => r.key === key)!;
    const raw = await prompter.text({ name: 'value', field: 'value', message: `New value for ${key} (${row.description})`, default: String(row.value) });
    if (raw === undefined) continue;
    try {
      await (await import('./commands/config-set.js')).run({}, app, [key, raw]);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      app.say(app.theme.warn(`${error.message}. Nothing was changed.`));
    }
  }
}
