// Every command's error paths and their exit codes, through the built CLI, as the README promises:
// 0 done, 1 failed, 2 bad usage or input (nothing was written), 130 stopped by the person.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';
import { snapshot, writeStore } from '../helpers/fixture-store.js';

const ID = 'abcd1234-0000-4000-8000-000000000001';
let home: string;
let empty: string;

beforeAll(() => {
  home = tempDir();
  empty = tempDir();
  writeStore(empty, [{ id: 'eeee5555-0000-4000-8000-000000000005', kind: 'worksheet', worksheet: { id: 'a-removed-worksheet', version: 1 }, point: 1, date: '2026-10-15', answers: { x: 'y' } }]);
  writeStore(home, [{ id: ID, kind: 'checkin', worksheet: { id: 'daily-check-in', version: 1 }, date: '2026-10-15', answers: { mood: 5, urge: 2, onTrack: true, note: 'a walk' } }]);
  writeFileSync(join(home, 'existing.json'), 'mine');
  writeFileSync(join(home, 'bad.json'), '{');
});
afterAll(() => {
  removeDir(home);
  removeDir(empty);
});

// [command line, exit code, what the first line of stderr says]
const BAD_USAGE: [string[], RegExp][] = [
  [['nope'], /unknown command 'nope'/],
  [['doctor', '--bogus'], /unknown option '--bogus'/],
  [['checkin', '--mood', '11', '--urge', '2', '--on-track', '--date', 'yesterday'], /mood/],
  [['checkin', '--mood', '5', '--urge', '2', '--date', 'yesterday'], /Did you stay on track/],
  [['checkin', '--mood', '5', '--urge', '2', '--on-track', '--date', '2999-01-01'], /in the future/],
  [['checkin', '--mood', '5', '--urge', '2', '--on-track', '--point', '7'], /--point expects 1, 2, 3 or 4/],
  [['checkin', '--update', '--add'], /cannot be used with/],
  [['checkin', '--update', '--date', 'yesterday'], /no check-in for yesterday to update/],
  [['checkin', '--mood', '5', '--urge', '2', '--on-track', '--learned', 'x'], /go with --lapsed/],
  [['journal', 'show', 'zzzz'], /no entry with an id starting "zzzz"/],
  [['journal', 'edit', 'zzzz', '--set', 'note=x'], /no entry with an id starting "zzzz"/],
  [['journal', 'delete', 'zzzz'], /no entry with an id starting "zzzz"/],
  [['journal', 'edit', 'a', '--set', 'note=x'], /too short to name an entry: type at least 4 characters/],
  [['journal', 'edit', 'abc', '--set', 'note=x'], /too short/],
  [['journal', 'show', '1'], /too short/],
  [['journal', 'edit'], /missing required argument/],
  [['journal', 'edit', 'abcd'], /not at a terminal: say what to change/],
  [['journal', 'edit', 'abcd', '--set', 'nope=1'], /nope/],
  [['journal', 'edit', 'abcd', '--set', 'mood=99'], /mood/],
  [['journal', 'edit', 'abcd', '--set', 'note=x', '--editor'], /--editor or --set, not both/],
  [['journal', 'list', '--since', 'nonsense'], /--since expects a date/],
  [['journal', 'list', '--kind', 'bogus'], /--kind expects one of/],
  [['export', '--out', 'existing.json'], /already exists, so nothing was written/],
  [['export', '--out', join('no-such-folder', 'x.json')], /does not exist, so nothing was written/],
  [['export', '--format', 'xml'], /'xml' is invalid/],
  [['import', 'missing.json'], /cannot read/],
  [['import', 'bad.json'], /is not JSON/],
  [['config', 'set', 'encryption', 'on'], /a passphrase is needed to turn encryption on/],
  [['config', 'set', 'nope', '1'], /no setting called "nope"/],
  [['config', 'get', 'nope'], /no setting called "nope"/],
  [['config', 'set', 'color', 'purple'], /color is one of/],
  [['worksheet', 'fill', 'nope'], /no worksheet called "nope"/],
  [['worksheet', 'fill', 'cba'], /missing an answer/],
  [['worksheet', 'fill', 'cba', '--set', 'nope=1'], /has no field "nope"/],
  [['worksheet', 'fill', 'daily-check-in'], /filled by its own command/],
  [['worksheet', 'show', 'nope'], /no worksheet called "nope"/],
  [['worksheet', 'validate', 'missing.yaml'], /cannot read/],
  [['learn', 'nope'], /no topic called "nope"/],
  [['urge'], /missing how strong the urge is now/],
  [['urge', '--intensity', '11', '--after', '1'], /--intensity expects a whole number from 0 to 10/],
  [['urge', '--minutes', '500', '--intensity', '1', '--after', '1'], /--minutes expects/],
  [['urge', '--minutes', '0', '--intensity', '1', '--after', '1', '--outcome', 'bogus'], /--outcome expects one of/],
  [['progress', '--days', 'x'], /--days expects/],
];

describe('bad usage or input: exit 2, one clear line, nothing written', () => {
  it.each(BAD_USAGE)('fourpoint %j', (args, message) => {
    const before = snapshot(home);
    const r = cli(home, args);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr.split('\n')[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(home)).toEqual(before);
  });
});

const FAILED: [string, string[], RegExp][] = [
  ['its worksheet is not installed', ['journal', 'edit', 'eeee', '--set', 'x=1'], /its worksheet definition is not installed/],
  ['no family assessment yet', ['family', 'show'], /no family assessment yet/],
];

describe('a command that cannot do its work: exit 1', () => {
  it.each(FAILED)('%s: fourpoint %j', (_why, args, message) => {
    const r = cli(empty, args);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(message);
  });

  it('a store file that does not parse', () => {
    const broken = tempDir();
    try {
      writeFileSync(join(broken, 'store.json'), '{"schemaVersion": 1, "profile": ');
      const r = cli(broken, ['journal', 'list']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/left untouched/);
    } finally {
      removeDir(broken);
    }
  });
});
