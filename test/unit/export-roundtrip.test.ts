// Export to JSON, import into an empty data folder: the same entries, profile and drafts come back.
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import type { Entry } from '../../src/domain/entry.js';
import { Store } from '../../src/store/store.js';
import { removeDir, tempDir } from '../helpers/cli.js';
import { foreignEntry, hostileCba, hostileCheckin, hostileText } from '../helpers/hostile.js';
import { memoryIo } from '../helpers/memory-io.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(removeDir));
function fresh(): string {
  const dir = tempDir('fourpoint-roundtrip-');
  dirs.push(dir);
  return dir;
}

async function fourpoint(args: string[]) {
  const io = memoryIo();
  const code = await run(args, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

const byId = (entries: Entry[]) => [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('JSON export and import', () => {
  it('brings back exactly what was exported (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.oneof(hostileCheckin, hostileCba, foreignEntry), { selector: (e) => e.id, maxLength: 12 }),
        hostileText,
        async (entries, why) => {
          const from = fresh();
          const to = fresh();
          const source = new Store(from);
          source.saveProfile({ behaviours: ['alcohol'], startDate: '2026-01-01', why, supportContacts: [{ name: 'Sam', phone: '555 0100' }], graduation: {} });
          source.saveDraft({ worksheetId: 'abc', worksheetVersion: 1, date: '2026-11-20', savedAt: '2026-11-20T10:00:00.000Z', answers: { a: why } });
          source.mergeEntries(entries);
          const file = join(from, 'export.json');
          const out = await fourpoint(['--data-dir', from, 'export', '--format', 'json', '--out', file]);
          expect(out.code, out.stderr).toBe(0);
          const back = await fourpoint(['--data-dir', to, 'import', file]);
          expect(back.code, back.stderr).toBe(0);
          expect(back.stderr).toContain(`Added ${entries.length} `);
          const a = new Store(from);
          const b = new Store(to);
          expect(byId(b.entries())).toEqual(byId(a.entries()));
          expect(b.entries()).toHaveLength(entries.length);
          expect(b.profile()).toEqual(a.profile());
          expect(b.drafts()).toEqual(a.drafts());
        },
      ),
      { numRuns: Number(process.env.FOURPOINT_FC_RUNS ?? 25) },
    );
  });
});
