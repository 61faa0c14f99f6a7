// Patterns over the recent past: what sets urges off most, and which coping went with the lowest urges.
import type { Entry } from '../entry.js';
import { isCheckin, isUrgeLog, numberAnswer, round1, textList } from './days.js';
import { CHECKIN, URGE_LOG } from './fields.js';
import type { CopingResult, TriggerCount } from './types.js';

const key = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

export function topTriggers(entries: readonly Entry[], limit = 3): TriggerCount[] {
  const counts = new Map<string, number>();
  for (const e of entries) {
    const triggers = isCheckin(e) ? textList(e.answers[CHECKIN.triggers]) : isUrgeLog(e) ? textList(e.answers[URGE_LOG.trigger]) : [];
    for (const t of new Set(triggers.map(key))) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return [...counts]
    .map(([trigger, count]) => ({ trigger, count }))
    .sort((a, b) => b.count - a.count || a.trigger.localeCompare(b.trigger))
    .slice(0, limit);
}

/**
 * Each way of coping, with the mean urge that went with it: a check-in's urge that day, or an urge
 * log's urge afterwards (its peak when the after is missing). Only coping used at least `minUses` times.
 */
export function copingByUrge(entries: readonly Entry[], minUses = 2, limit = 5): CopingResult[] {
  const seen = new Map<string, number[]>();
  for (const e of entries) {
    let coping: string[] = [];
    let urge: number | null = null;
    if (isCheckin(e)) {
      coping = textList(e.answers[CHECKIN.coping]);
      urge = numberAnswer(e.answers[CHECKIN.urge]);
    } else if (isUrgeLog(e)) {
      coping = textList(e.answers[URGE_LOG.coping]);
      urge = numberAnswer(e.answers[URGE_LOG.intensityAfter]) ?? numberAnswer(e.answers[URGE_LOG.intensity]);
    }
    if (urge === null) continue;
    for (const c of new Set(coping.map(key))) {
      const urges = seen.get(c) ?? [];
      urges.push(urge);
      seen.set(c, urges);
    }
  }
  return [...seen]
    .filter(([, urges]) => urges.length >= minUses)
    .map(([coping, urges]) => ({ coping, averageUrge: round1(urges.reduce((a, b) => a + b, 0) / urges.length), uses: urges.length }))
    .sort((a, b) => a.averageUrge - b.averageUrge || b.uses - a.uses || a.coping.localeCompare(b.coping))
    .slice(0, limit);
}
