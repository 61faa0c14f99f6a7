// An export of an encrypted store is plain text: it says so, on stderr, so the data on stdout stays clean.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';

let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

it('warns when exporting an encrypted store as plain text, and not otherwise', () => {
  const env = { FOURPOINT_PASSPHRASE: 'a long enough passphrase' };
  expect(cli(home, ['checkin', '--mood', '5', '--urge', '2', '--on-track'], { env }).code).toBe(0);
  const plain = cli(home, ['export', '--format', 'json'], { env });
  expect(plain.stderr).not.toContain('this export is plain text');
  expect(cli(home, ['config', 'set', 'encryption', 'on'], { env }).code).toBe(0);
  const r = cli(home, ['export', '--format', 'json'], { env });
  expect(r.code).toBe(0);
  expect(r.stderr).toContain('your data folder is encrypted, but this export is plain text');
  expect(JSON.parse(r.stdout).entries).toHaveLength(1);
});

it('streams an encrypted store to a file, and keeps the months outline it makes encrypted too', () => {
  const env = { FOURPOINT_PASSPHRASE: 'a long enough passphrase' };
  for (const day of ['2026-09-03', '2026-10-04', '2026-11-05'])
    expect(cli(home, ['checkin', '--date', day, '--mood', '5', '--urge', '2', '--on-track', '--note', 'outline-secret'], { env }).code).toBe(0);
  expect(cli(home, ['config', 'set', 'encryption', 'on'], { env }).code).toBe(0);
  const r = cli(home, ['export', '--format', 'md', '--out', 'journal.md'], { env });
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).toContain('your data folder is encrypted, but this export is plain text');
  const md = readFileSync(join(home, 'journal.md'), 'utf8');
  expect(md).toContain('3 entries.');
  expect(md.match(/outline-secret/g)).toHaveLength(3);
  expect(cli(home, ['journal', 'search', 'OUTLINE-SECRET'], { env }).stdout.trim().split('\n')).toHaveLength(3);
  // The outline the export and list read (cache/outline.json) holds worksheet ids and days: never in plain text.
  const outline = join(home, 'cache', 'outline.json');
  expect(existsSync(outline)).toBe(true);
  expect(readFileSync(outline, 'utf8')).not.toMatch(/daily-check-in|2026-09|"keys"/);
});
