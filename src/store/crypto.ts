// Encryption at rest: AES-256-GCM with a key from scrypt(passphrase, salt).
//
// An encrypted file is: "FPENC" | version (1 byte) | [log2 of scrypt's N (1 byte), version 2 only] | salt (16)
// | nonce (12) | tag (16) | ciphertext. Version 1 (written before N was raised) implies N = 2^15; new ones are
// version 2 with N = 2^17 (OWASP's minimum), so every file says how its key is derived and old folders keep reading.
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

const VERSION = 2;
const SALT = 16;
const NONCE = 12;
const TAG = 16;
const CHECK_TEXT = 'fourpoint passphrase check';
/** log2 of scrypt's N: for new keys, and the one version 1 files imply. */
export const LOG_N = 17;
const LEGACY_LOG_N = 15;
/** A header asking for more than this is refused (a crafted file must not make us allocate gigabytes). */
const MAX_LOG_N = 20;
// scrypt needs 128 * N * r bytes: 128 MiB at N = 2^17, r = 8.
const scryptOptions = (logN: number) => ({ N: 1 << logN, r: 8, p: 1, maxmem: 128 * (1 << logN) * 8 + 16 * 1024 * 1024 });

/** A folder's key: its salt and how hard its derivation is. */
export interface KeyParams {
  salt: Buffer;
  logN: number;
}


export function newSalt(): Buffer {
  return randomBytes(SALT);
}

/** A new folder key at today's strength. */
export function newKeyParams(): KeyParams {
  return { salt: newSalt(), logN: LOG_N };
}

/** A passphrase and the keys derived from it, one per salt, each derived once. */
export class Keyring {
  private readonly keys = new Map<string, Buffer>();
  constructor(private readonly passphrase: string) {}

  key(salt: Buffer, logN = LOG_N): Buffer {
    const id = `${logN}:${salt.toString('hex')}`;
    let key = this.keys.get(id);
    if (!key) {
      key = scryptSync(this.passphrase.normalize('NFC'), salt, 32, scryptOptions(logN));
      this.keys.set(id, key);
    }
    return key;
  }
}

export function encrypt(plain: Buffer, keyring: Keyring, salt: Buffer, logN = LOG_N): Buffer {
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', keyring.key(salt, logN), nonce);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([MAGIC, Buffer.from([VERSION, logN]), salt, nonce, cipher.getAuthTag(), body]);
}

/** The key parameters an encrypted file's header names (version 1: N = 2^15), or undefined when it has no valid header. */
export function keyParamsOf(data: Buffer): KeyParams | undefined {
  const version = data[MAGIC.length];
  const at = MAGIC.length + (version === 2 ? 2 : 1);
  const logN = version === 1 ? LEGACY_LOG_N : version === 2 ? data[MAGIC.length + 1]! : undefined;
  if (logN === undefined || logN < LEGACY_LOG_N - 1 || logN > MAX_LOG_N || data.length < at + SALT + NONCE + TAG) return undefined;
  return { salt: data.subarray(at, at + SALT), logN };
}

/** The plaintext, or undefined when the key does not open it (wrong passphrase or damaged bytes). */
export function decrypt(data: Buffer, keyring: Keyring, file: string): Buffer | undefined {
  const version = data[MAGIC.length];
  if (version !== undefined && version !== 1 && version !== 2)
    throw new StoreError(`${file} uses encryption format ${version}, which this fourpoint cannot read`, file, 'update fourpoint');
  // undefined too when the header names an N out of range (damage, or a file made to exhaust memory).
  const params = keyParamsOf(data);
  if (!params) throw new StoreError(`${file} is encrypted but cut short, so it was left untouched`, file, 'run: fourpoint doctor');
  let at = MAGIC.length + (version === 2 ? 2 : 1) + SALT;
  const nonce = data.subarray(at, (at += NONCE));
  const tag = data.subarray(at, (at += TAG));
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyring.key(params.salt, params.logN), nonce);
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
  /** log2 of scrypt's N, for people reading the file; the check value's header is what counts (absent: 15). */
  scryptLogN?: number;
  check: string;
}

export function makeKeyFile(keyring: Keyring, params: KeyParams): KeyFile {
  const check = encrypt(Buffer.from(CHECK_TEXT), keyring, params.salt, params.logN).toString('base64');
  return { version: VERSION, kdf: 'scrypt', salt: params.salt.toString('base64'), scryptLogN: params.logN, check };
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

/** Throws a clear error when the passphrase does not open this folder; its key parameters when it does. */
export function verifyPassphrase(dir: string, keyring: Keyring): KeyParams {
  const keyFile = readKeyFile(dir);
  const check = Buffer.from(keyFile.check, 'base64');
  const plain = decrypt(check, keyring, join(dir, KEY_FILE));
  if (!plain || plain.toString() !== CHECK_TEXT)
    throw new UserError('that passphrase does not open this data folder; nothing was changed', 'try again, or check FOURPOINT_PASSPHRASE');
  // A folder encrypted before N was raised keeps writing at its own N until `config set encryption on` upgrades it.
  return { salt: Buffer.from(keyFile.salt, 'base64'), logN: keyParamsOf(check)!.logN };
}

/** Reads encrypted and plain files alike (a folder half-way through turning encryption on or off); writes encrypted. */
export function encryptingCodec(keyring: Keyring, key: Buffer | KeyParams): Codec {
  const { salt, logN } = Buffer.isBuffer(key) ? { salt: key, logN: LOG_N } : key;
  return {
    encode: (text) => encrypt(Buffer.from(text, 'utf8'), keyring, salt, logN),
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
