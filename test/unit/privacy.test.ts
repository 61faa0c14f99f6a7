// Privacy by construction: no network code anywhere, one way to write a file, drafts encrypted too.
import { randomUUID } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Store } from '../../src/store/store.js';
import { Keyring, encryptingCodec, newSalt } from '../../src/store/crypto.js';
import { ROOT, removeDir, tempDir } from '../helpers/cli.js';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const SRC = sources(join(ROOT, 'src'));

describe('privacy', () => {
  it('no source file can reach the network', () => {
    const network = /from ['"](node:)?(http|https|http2|net|tls|dgram|dns|undici)['"]|import\(['"](node:)?(http|https|http2|net|tls|dgram|dns)['"]\)|\bfetch\(|\bWebSocket\b|XMLHttpRequest/;
    expect(SRC.length).toBeGreaterThan(10);
    expect(SRC.filter((f) => network.test(readFileSync(f, 'utf8'))).map((f) => f.slice(ROOT.length + 1))).toEqual([]);
  });

  it('files are written only through the atomic, private writer (src/store/files.ts)', () => {
    const direct = /\b(writeFileSync|appendFileSync|createWriteStream|writeFile|appendFile)\b/;
    const offenders = SRC.filter((f) => !f.endsWith(join('store', 'files.ts')) && direct.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => f.slice(ROOT.length + 1))).toEqual([]);
  });

  describe('with encryption on', () => {
    let dir: string;
    beforeEach(() => {
      dir = tempDir();
    });
    afterEach(() => removeDir(dir));

    it('drafts, profile and entries hold no plaintext on disk', () => {
      const secret = 'OTTER-PRIVATE-2291';
      const store = new Store(dir, encryptingCodec(new Keyring('pw'), newSalt()), { today: () => '2026-11-23' });
      store.saveDraft({ worksheetId: 'abc', worksheetVersion: 1, date: '2026-11-23', savedAt: new Date().toISOString(), answers: { activating: secret } });
      const now = new Date().toISOString();
      store.addEntry({ id: randomUUID(), kind: 'note', date: '2026-11-23', createdAt: now, updatedAt: now, answers: { note: secret }, tags: [secret] });
      store.saveDraft({ worksheetId: 'deads', worksheetVersion: 1, date: '2026-11-24', savedAt: now, answers: { delay: [secret] } });
      const files = walk(dir);
      expect(files.some((f) => f.includes(join('backups', '2026-11-23')))).toBe(true); // the day's backup, holding a draft
      expect(files.filter((f) => readFileSync(f).includes(secret))).toEqual([]);
      expect(new Store(dir, store.codec).drafts().map((d) => d.worksheetId)).toEqual(['abc', 'deads']);
    });
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
