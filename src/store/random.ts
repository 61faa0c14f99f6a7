// Random names for temporary files and lock tokens, and new entries' ids: the one place fourpoint draws
// random values. node:crypto is loaded on first use, so commands that only read never load it.
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
