// Settings: small, not health data, kept in <data-dir>/settings.json (mode 0600).
// Commands that only read a setting use readSettings(), which parses the file and loads nothing more.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError, UsageError } from '../errors.js';
import { ensureDir, readIfExists, writeAtomic } from './files.js';
import { withLock } from './lock.js';
import { storeFiles } from './paths.js';
import { KEY_FILE } from './encrypted-files.js';
import type { EncryptionContext } from './encryption.js';

export type SettingValue = string | number | boolean;

export interface SettingSpec {
  description: string;
  default: SettingValue;
  /** Turns the typed text into the stored value, or throws a UsageError saying what is allowed. */
  parse(raw: string): SettingValue;
  /** A setting that is more than a stored value (encryption rewrites the files) does its work here first. */
  apply?(dataDir: string, value: SettingValue, ctx: EncryptionContext): Promise<void>;
}

const onOff = (key: string) => (raw: string) => {
  const v = raw.trim().toLowerCase();
  if (['on', 'true', 'yes', '1'].includes(v)) return true;
  if (['off', 'false', 'no', '0'].includes(v)) return false;
  throw new UsageError(`${key} is on or off, got "${raw}"`);
};

const oneOf = (key: string, values: string[]) => (raw: string) => {
  const v = raw.trim().toLowerCase();
  if (!values.includes(v)) throw new UsageError(`${key} is one of ${values.join(', ')}, got "${raw}"`);
  return v;
};

const wholeNumber = (key: string, min: number, max: number) => (raw: string) => {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${key} is a whole number from ${min} to ${max}, got "${raw}"`);
  return n;
};

export const SETTINGS: Record<string, SettingSpec> = {
  nudge: { description: 'say when there is no check-in yet today (on or off)', default: true, parse: onOff('nudge') },
  color: { description: 'colour: auto (when at a terminal), always or never', default: 'auto', parse: oneOf('color', ['auto', 'always', 'never']) },
  weekStart: { description: 'the first day of the week: monday or sunday', default: 'monday', parse: oneOf('weekStart', ['monday', 'sunday']) },
  'backups.keep': { description: 'how many daily backups to keep', default: 7, parse: wholeNumber('backups.keep', 1, 365) },
  encryption: {
    description: 'encrypt your data with a passphrase (on or off)',
    default: false,
    parse: onOff('encryption'),
    apply: async (dir, value, ctx) => (await import('./encryption.js')).applyEncryption(dir, value === true, ctx),
  },
};

export type Settings = Record<string, SettingValue>;

export function specFor(key: string): SettingSpec {
  const spec = SETTINGS[key];
  if (!spec) throw new UsageError(`there is no setting called "${key}"`, `the settings are: ${Object.keys(SETTINGS).join(', ')}`);
  return spec;
}

/** Every setting with its default filled in. A missing or unreadable file means the defaults. */
export function readSettings(dataDir: string): Settings {
  const out: Settings = Object.fromEntries(Object.entries(SETTINGS).map(([k, s]) => [k, s.default]));
  // The folder itself is the truth: its key file is there or not.
  out.encryption = existsSync(join(dataDir, KEY_FILE));
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(join(dataDir, storeFiles.settings), 'utf8'));
  } catch {
    return out;
  }
  if (raw && typeof raw === 'object') {
    for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
      if (k in SETTINGS && k !== 'encryption' && typeof v === typeof SETTINGS[k]!.default) out[k] = v as SettingValue;
    }
  }
  return out;
}

/**
 * Writes one setting: the file read afresh under the store lock, changed, written atomically (mode 0600).
 * Not conf's set, a read-modify-write with no lock, which lost 11 of 80 settings written at once.
 */
export async function writeSetting(dataDir: string, key: string, value: SettingValue): Promise<void> {
  const file = join(dataDir, storeFiles.settings);
  ensureDir(dataDir);
  withLock(dataDir, () => {
    // Checked again under the lock: the file is read afresh here, and never written over when it does not parse.
    checkSettingsFile(dataDir);
    const data = readIfExists(file);
    const current = data === undefined ? {} : (JSON.parse(data.toString('utf8')) as Record<string, unknown>);
    writeAtomic(file, `${JSON.stringify({ ...current, [key]: value }, null, 2)}\n`);
  });
}

/**
 * Stops a change to a settings.json that does not parse (conf would throw a bare JSON error), naming the
 * file. It is never overwritten: a hand edit in it may be worth keeping.
 */
export function checkSettingsFile(dataDir: string): void {
  const file = join(dataDir, storeFiles.settings);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  try {
    const raw: unknown = JSON.parse(text);
    if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) return;
  } catch {
    /* reported below */
  }
  throw new StoreError(`${file} is not valid settings JSON, so it was left untouched and nothing was changed`, file, 'fix it by hand, or move it aside to go back to the default settings (they hold display choices only, no entries)');
}
