// Random names for temporary files and lock tokens. node:crypto is loaded on first use, not at
// start-up: commands that only read (status, journal list) never need it.
import { createRequire } from 'node:module';

let crypto: typeof import('node:crypto') | undefined;

export function randomHex(bytes: number): string {
  crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return crypto.randomBytes(bytes).toString('hex');
}
