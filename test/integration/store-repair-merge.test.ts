// doctor --repair restoring a month from a backup: entries written after the backup are merged back by id
// where the damaged file still shows them, and what could not be recovered is said plainly.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { onDay } from '../helpers/clock.js';

let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

interface Stored {
  id: string;
  date: string;
  kind: string;
}
const month = () => join(home, 'entries', '2026-10.json');
const stored = (): Stored[] => (JSON.parse(readFileSync(month(), 'utf8')) as { entries: Stored[] }).entries;

/** Oct 4 on its own day; Oct 5 and 6 on Oct 6, after that day's backup (which holds Oct 4 only). */
function threeCheckins(): void {
  const checkin = (date: string, on: string) => expect(cli(home, ['checkin', '--mood', '5', '--urge', '1', '--on-track', '--date', date], { env: onDay(on) }).code).toBe(0);
  checkin('2026-10-04', '2026-10-04');
  checkin('2026-10-05', '2026-10-06');
  checkin('2026-10-06', '2026-10-06');
}

function repair(): { file: string; done: string }[] {
  const r = cli(home, ['doctor', '--repair', '--json'], { env: onDay('2026-10-06') });
  return JSON.parse(r.stdout).repairs;
}

it('keeps the entries written after the backup that the damaged file still shows, and counts the rest', () => {
  threeCheckins();
  const all = stored();
  expect(all.map((e) => e.date)).toEqual(['2026-10-04', '2026-10-05', '2026-10-06']);
  // One entry damaged (a kind fourpoint does not know): the file no longer validates.
  writeFileSync(month(), readFileSync(month(), 'utf8').replace(`"id":"${all[2]!.id}","kind":"${all[2]!.kind}"`, `"id":"${all[2]!.id}","kind":"shouting"`));
  expect(cli(home, ['journal', 'list']).code).toBe(1);

  const action = repair().find((a) => a.file === 'entries/2026-10.json')!;
  expect(action.done).toMatch(/merged by id: 1 entry from the damaged file that the backup did not hold were kept/);
  expect(action.done).toMatch(/1 entry in it could not be read/);
  expect(action.done).toMatch(/the damaged file is kept at \S+broken/);
  expect(stored().map((e) => e.id)).toEqual([all[0]!.id, all[1]!.id]);
  expect(cli(home, ['doctor', '--json']).code).toBe(0);
});

it('says plainly that entries written after the backup are lost when the damaged file does not parse', () => {
  threeCheckins();
  const all = stored();
  writeFileSync(month(), readFileSync(month(), 'utf8').slice(0, 100));

  const action = repair().find((a) => a.file === 'entries/2026-10.json')!;
  expect(action.done).toContain('entries written to this month after that backup (2026-10-06) could not be recovered');
  expect(action.done).toMatch(/the damaged file is kept at \S+broken/);
  expect(stored().map((e) => e.id)).toEqual([all[0]!.id]);
});
