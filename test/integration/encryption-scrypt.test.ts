// scrypt's N: 2^17 for new encryption (OWASP's minimum); a folder encrypted before at 2^15 (format 1, made
// here by hand as the old code wrote it) keeps reading and writing, and `config set encryption on` upgrades it.
import { createCipheriv, randomBytes, scryptSync } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cli, removeDir, tempDir } from '../helpers/cli.js';

const PASS = 'correct horse battery';
const env = { FOURPOINT_PASSPHRASE: PASS };
let home: string;
beforeEach(() => {
  home = tempDir();
});
afterEach(() => removeDir(home));

function dataFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (dir === home && !['store.json', 'entries', 'backups', 'cache'].includes(n)) return [];
    // A backup's list of stamps holds names and numbers, no health data: left plain.
    if (n === '.sources.json') return [];
    return statSync(p).isDirectory() ? dataFiles(p) : [p];
  });
}

/** "FPENC" | 1 | salt | nonce | tag | ciphertext, key from scrypt N=2^15: the format before N was raised. */
function legacyEncrypt(plain: Buffer, salt: Buffer): Buffer {
  const key = scryptSync(PASS.normalize('NFC'), salt, 32, { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.from('FPENC'), Buffer.from([1]), salt, nonce, cipher.getAuthTag(), body]);
}

/** The header's version byte and the N it names (version 1 implies 2^15). */
const strength = (file: string) => {
  const data = readFileSync(file);
  return data[5] === 1 ? 15 : data[6];
};

it('new encryption uses N=2^17; a 2^15 folder keeps working and is upgraded by config set encryption on', () => {
  const checkin = (date: string) => cli(home, ['checkin', '--mood', '5', '--urge', '1', '--on-track', '--date', date], { env });
  expect(checkin('2026-10-04').code).toBe(0);
  // The folder as the old code left it: every data file in format 1, a key file whose check is format 1 too.
  const salt = randomBytes(16);
  for (const f of dataFiles(home)) writeFileSync(f, legacyEncrypt(readFileSync(f), salt));
  const check = legacyEncrypt(Buffer.from('fourpoint passphrase check'), salt);
  writeFileSync(join(home, 'encryption.json'), JSON.stringify({ version: 1, kdf: 'scrypt', salt: salt.toString('base64'), check: check.toString('base64') }));

  expect(checkin('2026-10-05').code).toBe(0);
  const listed = cli(home, ['journal', 'list', '--json'], { env });
  expect(listed.code).toBe(0);
  expect(JSON.parse(listed.stdout)).toHaveLength(2);
  expect(strength(join(home, 'entries', '2026-10.json'))).toBe(15); // still written at the folder's own N

  const on = cli(home, ['config', 'set', 'encryption', 'on'], { env });
  expect(on.code).toBe(0);
  expect(on.stderr).toContain('scrypt N=2^17');
  expect(dataFiles(home).map(strength)).toEqual(dataFiles(home).map(() => 17));
  expect(JSON.parse(readFileSync(join(home, 'encryption.json'), 'utf8')).scryptLogN).toBe(17);
  expect(JSON.parse(cli(home, ['journal', 'list', '--json'], { env }).stdout)).toHaveLength(2);
  expect(cli(home, ['journal', 'list'], { env: { FOURPOINT_PASSPHRASE: 'wrong passphrase' } }).code).not.toBe(0);
  expect(cli(home, ['doctor'], { env }).code).toBe(0);
});

it('turning encryption on in a plain folder keys it at N=2^17', () => {
  expect(cli(home, ['checkin', '--mood', '5', '--urge', '1', '--on-track'], { env }).code).toBe(0);
  expect(cli(home, ['config', 'set', 'encryption', 'on'], { env }).code).toBe(0);
  expect(dataFiles(home).map(strength)).toEqual(dataFiles(home).map(() => 17));
});
