// The daily backup: made before the first change of each day, holding what existed before it; and on a
// store's very first change (nothing to copy before it), made right after, so the first day has one too.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { onDay } from '../helpers/clock.js';

let home: string;
let other: string;
beforeEach(() => {
  home = tempDir();
  other = tempDir();
});
afterEach(() => {
  removeDir(home);
  removeDir(other);
});

const ids = (file: string): string[] => (JSON.parse(readFileSync(file, 'utf8')) as { entries: { id: string }[] }).entries.map((e) => e.id).sort();

it('an import into a new store (its first change) leaves a backup of what it brought the same day', () => {
  const day1 = onDay('2026-10-20');
  for (const d of ['2026-10-03', '2026-10-04', '2026-09-30'])
    expect(cli(other, ['checkin', '--mood', '5', '--urge', '1', '--on-track', '--date', d], { env: day1 }).code).toBe(0);
  const file = join(other, 'export.json');
  expect(cli(other, ['export', '--format', 'json', '--out', file], { env: day1 }).code).toBe(0);

  expect(cli(home, ['import', file], { env: day1 }).code).toBe(0);
  const backup = join(home, 'backups', '2026-10-20');
  expect(existsSync(backup)).toBe(true);
  for (const month of ['2026-09', '2026-10']) expect(ids(join(backup, 'entries', `${month}.json`))).toEqual(ids(join(home, 'entries', `${month}.json`)));
  expect(readdirSync(join(home, 'backups'))).toEqual(['2026-10-20']);
});

it("a day's first change leaves a backup of what existed before it, not of the change", () => {
  expect(cli(home, ['init', '--behaviour', 'alcohol', '--start-date', '2026-10-01', '--why', 'health'], { env: onDay('2026-10-20') }).code).toBe(0);
  expect(readdirSync(join(home, 'backups'))).toEqual(['2026-10-20']); // the first change, copied after it
  expect(cli(home, ['checkin', '--mood', '5', '--urge', '1', '--on-track', '--date', '2026-10-20'], { env: onDay('2026-10-20') }).code).toBe(0);
  const first = ids(join(home, 'entries', '2026-10.json'));

  expect(cli(home, ['checkin', '--mood', '6', '--urge', '1', '--on-track', '--date', '2026-10-21'], { env: onDay('2026-10-21') }).code).toBe(0);
  expect(ids(join(home, 'backups', '2026-10-21', 'entries', '2026-10.json'))).toEqual(first);
  expect(ids(join(home, 'entries', '2026-10.json'))).toHaveLength(first.length + 1);
});
