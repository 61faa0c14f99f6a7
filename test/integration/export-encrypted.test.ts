// An export of an encrypted store is plain text: it says so, on stderr, so the data on stdout stays clean.
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
