// Settings kept in the profile rather than settings.json: the progress thresholds (graduation.*).
// They live with the health data on purpose: they are part of the person's own plan, exported and
// imported with it. A second registry beside SETTINGS, with the same get, set and list surface.
import { UsageError } from '../errors.js';
import type { Profile } from '../domain/profile.js';
import { THRESHOLDS, THRESHOLD_KEYS, resolveThresholds, thresholdProblem, type ThresholdKey } from '../domain/progress/thresholds.js';
import { SETTINGS, specFor, type SettingSpec } from './settings.js';

export interface ProfileSettingSpec {
  description: string;
  default: number;
  /** The typed text as a value, or null for "default" (remove the person's own value). */
  parse(raw: string): number | null;
  read(profile: Profile | undefined): number;
  write(profile: Profile, value: number | null): Profile;
}

function thresholdSetting(key: ThresholdKey): ProfileSettingSpec {
  const name = `graduation.${key}`;
  return {
    description: THRESHOLDS[key].description,
    default: THRESHOLDS[key].default,
    parse(raw) {
      if (raw.trim().toLowerCase() === 'default') return null;
      const n = Number(raw);
      const problem = thresholdProblem(key, raw.trim() === '' ? Number.NaN : n);
      if (problem) throw new UsageError(`${name} is ${problem} (or "default"), got "${raw}"`);
      return n;
    },
    read: (profile) => resolveThresholds(profile?.graduation)[key],
    write(profile, value) {
      const graduation = { ...profile.graduation };
      if (value === null) delete graduation[key];
      else graduation[key] = value;
      return { ...profile, graduation };
    },
  };
}

export const PROFILE_SETTINGS: Record<string, ProfileSettingSpec> = Object.fromEntries(THRESHOLD_KEYS.map((k) => [`graduation.${k}`, thresholdSetting(k)]));

export type ConfigKey = { where: 'settings'; key: string; spec: SettingSpec } | { where: 'profile'; key: string; spec: ProfileSettingSpec };

/** Finds a `fourpoint config` key in either registry, or says which keys there are. */
export function lookupConfigKey(key: string): ConfigKey {
  const own = PROFILE_SETTINGS[key];
  if (own) return { where: 'profile', key, spec: own };
  if (key in SETTINGS) return { where: 'settings', key, spec: specFor(key) };
  throw new UsageError(`there is no setting called "${key}"`, `the settings are: ${[...Object.keys(SETTINGS), ...Object.keys(PROFILE_SETTINGS)].join(', ')}`);
}
