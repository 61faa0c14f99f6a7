// Hand-built entries for tests of the progress model.
import type { Answers, Entry } from '../../src/domain/entry.js';

let counter = 0;

export function entry(kind: Entry['kind'], date: string, answers: Answers, worksheet?: string): Entry {
  counter += 1;
  const at = `${date}T20:00:${String(counter % 60).padStart(2, '0')}.000Z`;
  return {
    id: `e-${counter}`,
    kind,
    worksheet: worksheet ? { id: worksheet, version: 1 } : undefined,
    point: null,
    date,
    createdAt: at,
    updatedAt: at,
    answers,
    tags: [],
  };
}

export const checkin = (date: string, a: Partial<{ mood: number; urge: number; onTrack: boolean; triggers: string[]; coping: string[]; point: string }> = {}) =>
  entry('checkin', date, { mood: 6, urge: 2, onTrack: true, ...a } as Answers, 'daily-check-in');

export const urgeLog = (date: string, a: Answers) => entry('urge', date, a, 'urge-log');

export const sheet = (worksheet: string, date: string, answers: Answers = { x: 'y' }) => entry('worksheet', date, answers, worksheet);

export const milestone = (days: number, reachedOn: string) => entry('milestone', reachedOn, { days, reachedOn });
