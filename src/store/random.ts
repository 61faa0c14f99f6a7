// Random names for temporary files and lock tokens, and new entries' ids. node:crypto is loaded on first
// use, not at start-up (about 13 ms): commands that only read (status, journal list, progress) never need it.
import { createRequire } from 'node:module';

let crypto: typeof import('node:crypto') | undefined;

function nodeCrypto(): typeof import('node:crypto') {
  return (crypto ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto'));
}

export function randomHex(bytes: number): string {
  return nodeCrypto().randomBytes(bytes).toString('hex');
}

/** A new entry's id (a random UUID). */
export function randomId(): string {
  return nodeCrypto().randomUUID();
}
