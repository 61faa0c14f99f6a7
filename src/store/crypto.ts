// Encryption at rest: AES-256-GCM with a key from scrypt(passphrase, salt).
//
// An encrypted file is: "FPENC" | version (1 byte) | salt (16) | nonce (12) | tag (16) | ciphertext.
// The salt is chosen at random when encryption is turned on and shared by every file of the folder,
// so the slow key derivation runs once per process; the nonce is fresh for every write.
// encryption.json holds the salt and a small encrypted check value, so a wrong passphrase is told
// apart from a damaged file before anything is read or written. It holds no health data.
import { createCipheriv, createDecipheriv, randomBytes, scryptSync } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StoreError, UserError } from '../errors.js';
import type { Codec } from './store.js';
import { KEY_FILE, MAGIC, folderEncrypted, isEncrypted } from './encrypted-files.js';

export { KEY_FILE, folderEncrypted, isEncrypted };

const VERSION = 1;
const SALT = 16;
const NONCE = 12;
const TAG = 16;
const HEADER = MAGIC.length + 1 + SALT + NONCE + TAG;
const CHECK_TEXT = 'fourpoint passphrase check';
const SCRYPT = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };


export function newSalt(): Buffer {
  return randomBytes(SALT);
}

/** A passphrase and the keys derived from it, one per salt, each derived once. */
export class Keyring {
  private readonly keys = new Map<string, Buffer>();
  constructor(private readonly passphrase: string) {}

  key(salt: Buffer): Buffer {
    const id = salt.toString('hex');
    let key = this.keys.get(id);
    if (!key) {
      key = scryptSync(this.passphrase.normalize('NFC'), salt, 32, SCRYPT);
      this.keys.set(id, key);
    }
    return key;
  }
}

export function encrypt(plain: Buffer, keyring: Keyring, salt: Buffer): Buffer {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', keyring.key(salt), nonce);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, Buffer.from([VERSION]), salt, nonce, cipher.getAuthTag(), body]);
}

/** The plaintext, or undefined when the key does not open it (wrong passphrase or damaged bytes). */
export function decrypt(data: Buffer, keyring: Keyring, file: string): Buffer | undefined {
  if (data.length < HEADER) throw new StoreError(`${file} is encrypted but cut short, so it was left untouched`, file, 'run: fourpoint doctor');
  const version = data[MAGIC.length];
  if (version !== VERSION) throw new StoreError(`${file} uses encryption format ${version}, which this fourpoint cannot read`, file, 'update fourpoint');
  let at = MAGIC.length + 1;
  const salt = data.subarray(at, (at += SALT));
  const nonce = data.subarray(at, (at += NONCE));
  const tag = data.subarray(at, (at += TAG));
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyring.key(salt), nonce);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(data.subarray(at)), decipher.final()]);
  } catch {
    return undefined;
  }
}

export interface KeyFile {
  version: number;
  kdf: 'scrypt';
  salt: string;
  check: string;
}

export function makeKeyFile(keyring: Keyring, salt: Buffer): KeyFile {
  return { version: VERSION, kdf: 'scrypt', salt: salt.toString('base64'), check: encrypt(Buffer.from(CHECK_TEXT), keyring, salt).toString('base64') };
}

export function readKeyFile(dir: string): KeyFile {
  const file = join(dir, KEY_FILE);
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
    if (typeof raw.salt !== 'string' || typeof raw.check !== 'string') throw new Error('fields missing');
    return raw;
  } catch {
    throw new StoreError(`${file} cannot be read, so the encrypted data cannot be opened`, file, 'run: fourpoint doctor');
  }
}

/** Throws a clear error when the passphrase does not open this folder. */
export function verifyPassphrase(dir: string, keyring: Keyring): Buffer {
  const keyFile = readKeyFile(dir);
  const plain = decrypt(Buffer.from(keyFile.check, 'base64'), keyring, join(dir, KEY_FILE));
  if (!plain || plain.toString() !== CHECK_TEXT)
    throw new UserError('that passphrase does not open this data folder; nothing was changed', 'try again, or check FOURPOINT_PASSPHRASE');
  return Buffer.from(keyFile.salt, 'base64');
}

/** Reads encrypted and plain files alike (a folder half-way through turning encryption on or off); writes encrypted. */
export function encryptingCodec(keyring: Keyring, salt: Buffer): Codec {
  return {
    encode: (text) => encrypt(Buffer.from(text, 'utf8'), keyring, salt),
    decode: (data, file) => decodeWith(keyring, data, file),
  };
}

/** Reads both kinds, writes plain: used while turning encryption off. */
export function decryptingCodec(keyring: Keyring): Codec {
  return { encode: (text) => text, decode: (data, file) => decodeWith(keyring, data, file) };
}

function decodeWith(keyring: Keyring, data: Buffer, file: string): string {
  if (!isEncrypted(data)) return data.toString('utf8');
  const plain = decrypt(data, keyring, file);
  if (!plain) throw new StoreError(`${file} could not be decrypted (damaged, or written with another passphrase), so it was left untouched`, file, 'run: fourpoint doctor');
  return plain.toString('utf8');
}
