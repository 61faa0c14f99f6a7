// Encryption settings: backups made before turning it on or off are pruned; a new passphrase has a minimum length.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { KEEP_TOGGLE_BACKUPS } from '../../src/store/backup.js';
import { cli, removeDir, tempDir } from '../helpers/cli.js';

let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

it(`keeps only the newest ${KEEP_TOGGLE_BACKUPS} before-encryption/before-decryption backups`, async () => {
  const env = { FOURPOINT_PASSPHRASE: 'a long enough passphrase' };
  expect(cli(home, ['checkin', '--mood', '5', '--urge', '2', '--on-track'], { env }).code).toBe(0);
  const toggles = KEEP_TOGGLE_BACKUPS + 3;
  for (let i = 0; i < toggles; i++) {
    expect(cli(home, ['config', 'set', 'encryption', i % 2 === 0 ? 'on' : 'off'], { env }).code).toBe(0);
    // Backup names are stamped to the second.
    await new Promise((r) => setTimeout(r, 1000));
  }
  const names = readdirSync(join(home, 'backups'));
  expect(names.filter((n) => /-before-(en|de)cryption$/.test(n))).toHaveLength(KEEP_TOGGLE_BACKUPS);
  expect(cli(home, ['journal', 'list', '--json'], { env }).code).toBe(0);
}, 60_000);

it('refuses a new passphrase shorter than 8 characters and says why (exit 2, nothing changed)', () => {
  expect(cli(home, ['checkin', '--mood', '5', '--urge', '2', '--on-track']).code).toBe(0);
  const r = cli(home, ['config', 'set', 'encryption', 'on'], { env: { FOURPOINT_PASSPHRASE: 'x' } });
  expect(r.code).toBe(2);
  expect(r.stderr).toContain('at least 8 characters');
  expect(cli(home, ['config', 'get', 'encryption']).stdout.trim()).toBe('false');
});
