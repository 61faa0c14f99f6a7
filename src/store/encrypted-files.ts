// Telling encrypted files and folders apart, without loading node:crypto: every command checks this
// at start-up, and only an encrypted folder needs the cipher (src/store/crypto.ts).
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Every encrypted file starts with these bytes (see crypto.ts for the whole header). */
export const MAGIC = Buffer.from('FPENC', 'ascii');
/** The key file: its salt and a check value. Its presence is what makes a folder encrypted. */
export const KEY_FILE = 'encryption.json';

export function isEncrypted(data: Buffer): boolean {
  return data.length >= MAGIC.length && data.subarray(0, MAGIC.length).equals(MAGIC);
}

/** Whether the data folder is encrypted: its key file is there. */
export function folderEncrypted(dir: string): boolean {
  return existsSync(join(dir, KEY_FILE));
}
