// Definition text may name the person's own behaviour: "{behaviour}" becomes "alcohol" or "gambling and gaming".
import type { Profile } from '../domain/profile.js';

export function fillTemplate(text: string, profile: Profile | undefined, today?: string): string {
  const out = text.replaceAll('{behaviour}', profile?.behaviours.join(' and ') ?? 'the behaviour');
  return today ? out.replaceAll('{today}', today) : out;
}
