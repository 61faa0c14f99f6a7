// Turning encryption at rest on and off: every store file, backups included, is rewritten under the
// lock, one atomic write per file, after a backup. A crash half-way leaves a mix of encrypted and plain
// files that still reads (the codec reads both) and running the same command again finishes the job.
import { existsSync, lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readIfExists, writeAtomic } from './files.js';
import { pidAlive, withLock } from './lock.js';
import { SOURCES, dropOldToggleBackups, makeBackup, stampedName } from './backup.js';
import { KEY_FILE, LOG_N, Keyring, decrypt, encrypt, folderEncrypted, isEncrypted, keyParamsOf, makeKeyFile, newKeyParams, verifyPassphrase, type KeyParams } from './crypto.js';
import { StoreError } from '../errors.js';
import { storeFiles } from './paths.js';

export interface EncryptionContext {
  /** The passphrase's keyring; asked once per process, with confirmation when it is new. */
  keyring(confirm: boolean): Promise<Keyring>;
  say(text: string): void;
  now(): Date;
}

/**
 * The names at the top of a data folder that may hold health data; nothing else there is touched, so a
 * folder that is not a store (--data-dir /) is never walked. Settings, the key file and worksheet
 * definitions are not health data and stay readable without the passphrase.
 */
const DATA = new Set<string>([storeFiles.main, storeFiles.entriesDir, storeFiles.backups, storeFiles.cache, 'broken']);
const TOP_TEMP = /^\..+\.tmp$/;

/** Every file in the data folder that may hold health data (entries, drafts, backups, files set aside). */
export function dataFiles(dir: string, top = dir, links: string[] = []): string[] {
  const out: string[] = [];
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    if (dir === top && !DATA.has(name) && !TOP_TEMP.test(name)) continue;
    // A backup's list of stamps holds no health data: left plain, so a backup is never mistaken for damage.
    if (name.startsWith(storeFiles.lock) || name === SOURCES) continue;
    const path = join(dir, name);
    // lstat: a link is never followed out of the folder (encrypting through it would overwrite what it points at).
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) links.push(path.slice(top.length + 1));
    else if (stat.isDirectory()) out.push(...dataFiles(path, top, links));
    else if (stat.isFile()) out.push(path);
  }
  return out;
}

/** A temporary file of a process that is gone: `.<name>.<pid>.<hex>.tmp`. */
function deadTemp(path: string): boolean {
  const m = /\.(\d+)\.[0-9a-f]+\.tmp$/.exec(path);
  return Boolean(m && !pidAlive(Number(m[1])));
}

export async function applyEncryption(dir: string, on: boolean, ctx: EncryptionContext): Promise<void> {
  const already = folderEncrypted(dir);
  if (!on && !already) {
    ctx.say('Encryption is already off.');
    return;
  }
  const keyring = await ctx.keyring(on && !already);
  const old = already ? verifyPassphrase(dir, keyring) : undefined;
  // Turned on again in a folder keyed at a weaker scrypt N than today's: a new key at today's N, and every
  // file re-encrypted under it. Files still under the old key read all the same (each header names its key).
  const upgrade = on && old !== undefined && old.logN < LOG_N;
  const key = old && !upgrade ? old : newKeyParams();
  withLock(dir, () => {
    makeBackup(dir, stampedName(ctx.now(), on ? 'before-encryption' : 'before-decryption'));
    dropOldToggleBackups(dir);
    if (on && (!already || upgrade)) writeAtomic(join(dir, KEY_FILE), `${JSON.stringify(makeKeyFile(keyring, key), null, 2)}\n`);
    let changed = 0;
    const links: string[] = [];
    for (const file of dataFiles(dir, dir, links)) {
      if (deadTemp(file)) {
        rmSync(file, { force: true });
        continue;
      }
      const data = readIfExists(file);
      if (data === undefined || (isEncrypted(data) === on && !(on && underOtherKey(data, key)))) continue;
      if (on) {
        const plain = isEncrypted(data) ? decrypt(data, keyring, file) : data;
        if (!plain) throw new StoreError(`${file} could not be decrypted, so it was left as it is; nothing after it was changed`, file, 'run: fourpoint doctor');
        writeAtomic(file, encrypt(plain, keyring, key.salt, key.logN));
      } else {
        const plain = decrypt(data, keyring, file);
        if (!plain) throw new StoreError(`${file} could not be decrypted, so it was left as it is; nothing after it was changed`, file, 'run: fourpoint doctor');
        writeAtomic(file, plain);
      }
      changed += 1;
    }
    if (!on) rmSync(join(dir, KEY_FILE), { force: true });
    if (links.length) ctx.say(`Left ${links.length} link${links.length === 1 ? '' : 's'} as ${links.length === 1 ? 'it is' : 'they are'} (fourpoint does not follow links): ${links.join(', ')}`);
    if (upgrade) ctx.say(`The key is now derived with scrypt N=2^${LOG_N} (it was 2^${old.logN}).`);
    ctx.say(on ? `Encrypted ${changed} file${changed === 1 ? '' : 's'}. Keep your passphrase safe: without it the data cannot be opened.` : `Decrypted ${changed} file${changed === 1 ? '' : 's'}.`);
  });
}

/** Whether an encrypted file's header names a key other than `key` (an older salt or a weaker N). */
function underOtherKey(data: Buffer, key: KeyParams): boolean {
  const params = keyParamsOf(data);
  return params !== undefined && (params.logN !== key.logN || !params.salt.equals(key.salt));
}
