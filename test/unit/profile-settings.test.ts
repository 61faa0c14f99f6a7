import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { THRESHOLDS } from '../../src/domain/progress/index.js';
import { PROFILE_SETTINGS, lookupConfigKey } from '../../src/store/profile-settings.js';

const profile = { behaviours: ['alcohol'], startDate: '2026-11-01', why: '', supportContacts: [], graduation: { urgeLow: 2 } };

describe('graduation.* config keys', () => {
  it('has one key a threshold, read from the profile over the default', () => {
    expect(Object.keys(PROFILE_SETTINGS)).toEqual(Object.keys(THRESHOLDS).map((k) => `graduation.${k}`));
    expect(PROFILE_SETTINGS['graduation.urgeLow']!.read(profile)).toBe(2);
    expect(PROFILE_SETTINGS['graduation.onTrackDays']!.read(undefined)).toBe(90);
  });

  it('parses within range, and "default" removes the own value', () => {
    const spec = PROFILE_SETTINGS['graduation.onTrackDays']!;
    expect(spec.parse('60')).toBe(60);
    expect(() => spec.parse('0')).toThrow(UsageError);
    expect(() => spec.parse('')).toThrow(/whole number from 1 to 3650/);
    expect(spec.write(profile, 60).graduation).toEqual({ urgeLow: 2, onTrackDays: 60 });
    expect(PROFILE_SETTINGS['graduation.urgeLow']!.write(profile, spec.parse('default')).graduation).toEqual({});
  });

  it('finds a key in either registry and names them all when it cannot', () => {
    expect(lookupConfigKey('nudge').where).toBe('settings');
    expect(lookupConfigKey('graduation.abcCount').where).toBe('profile');
    expect(() => lookupConfigKey('graduation.nope')).toThrow(UsageError);
  });
});
