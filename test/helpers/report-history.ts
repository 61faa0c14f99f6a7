// A fixed history for the report's tests: eight weeks of check-ins ending on TODAY, with gaps, two
// lapses, urge logs, worksheets filled from the shipped fixtures and a kept milestone. Free text carries
// markers (SECRET_*) so a test can tell whether the report let a person's words through.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';
import type { FixtureEntry } from './fixture-store.js';

export const TODAY = '2026-11-23';
export const START = '2026-09-20';
export const SECRET_NOTE = 'SECRETNOTE <script>alert(1)</script> | pipe';
export const SECRET_LAPSE = 'SECRETLAPSE went to the pub after work';
export const SECRET_LEARNED = 'SECRETLEARNED eat before the evening';

const answers = (id: string) => JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'answers', `${id}.json`), 'utf8')) as Record<string, unknown>;

/** The shipped definition's version, so the entries are what filling it today would save. */
const version = (id: string) => Number(/^version: (\d+)$/m.exec(readFileSync(join(ROOT, 'worksheets', `${id}.yaml`), 'utf8'))![1]);

function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

export function reportHistory(): FixtureEntry[] {
  const out: FixtureEntry[] = [];
  let n = 0;
  const id = () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`;
  const triggers = [['stress'], ['boredom', 'tiredness'], ['stress', 'conflict'], []];
  const coping = [['went for a walk'], ['called someone'], ['went for a walk', 'kept busy'], ['waited it out']];
  for (let i = 55; i >= 0; i--) {
    const date = addDays(TODAY, -i);
    if (i % 9 === 4) continue; // a day with no check-in now and then
    const lapse = i === 30 || i === 12;
    out.push({
      id: id(),
      kind: 'checkin',
      worksheet: { id: 'daily-check-in', version: 1 },
      date,
      answers: {
        mood: 3 + ((55 - i) % 7) + (i < 20 ? 1 : 0),
        urge: Math.max(0, 8 - Math.floor((55 - i) / 8) + (i % 3)),
        onTrack: !lapse,
        ...(lapse ? { lapseKind: 'once', whatHappened: SECRET_LAPSE, learned: SECRET_LEARNED } : {}),
        triggers: triggers[i % 4]!,
        coping: coping[i % 4]!,
        point: String(1 + (i % 4)),
        ...(i % 10 === 0 ? { note: SECRET_NOTE } : {}),
      },
    });
    if (i % 6 === 0) {
      out.push({
        id: id(),
        kind: 'urge',
        worksheet: { id: 'urge-log', version: 1 },
        point: 2,
        date,
        answers: { intensity: 7, trigger: 'payday', coping: ['called someone'], intensityAfter: 2, outcome: 'rode-it-out' },
      });
    }
  }
  const sheet = (worksheet: string, point: number, date: string) => out.push({ id: id(), kind: 'worksheet', worksheet: { id: worksheet, version: version(worksheet) }, point, date, answers: answers(worksheet) });
  sheet('cost-benefit-analysis', 1, addDays(TODAY, -20));
  sheet('change-plan', 1, addDays(TODAY, -19));
  sheet('deads', 2, addDays(TODAY, -10));
  out.push({ id: id(), kind: 'milestone', date: addDays(TODAY, -5), answers: { days: 7, reachedOn: addDays(TODAY, -5) } });
  return out.sort((a, b) => a.date.localeCompare(b.date));
}
