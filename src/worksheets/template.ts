// Definition text may name the person's own behaviour: "{behaviour}" becomes "alcohol" or "gambling and gaming".
import type { Profile } from '../domain/profile.js';

export function fillTemplate(text: string, profile: Profile | undefined, today?: string): string {
  const out = text.replaceAll('{behaviour}', profile?.behaviours.join(' and ') ?? 'the behaviour');
  return today ? out.replaceAll('{today}', today) : out;
}

/**
 * Prose written with hard line breaks (a worksheet's intro in YAML) as paragraphs again, so it can be
 * wrapped to the screen: lines within a paragraph are joined, unless a line starts a list or is indented.
 */
export function reflow(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((para) => para.replace(/\n(?![ \t]|[-*•] |\d{1,3}[.)] )/g, ' '))
    .join('\n\n');
}
