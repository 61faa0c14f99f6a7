// The store's hand-written guards (fast, no zod at start-up) must accept and refuse exactly what the
// zod schemas do, and fill the same defaults. fast-check mutates valid files one field at a time.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkMainFile, checkPartitionFile } from '../../src/store/guards.js';
import { mainSchema, partitionSchema } from '../../src/store/schemas.js';
import { SCHEMA_VERSION } from '../../src/store/version.js';

const entry = {
  id: 'a1b2c3d4-0000-4000-8000-000000000001',
  kind: 'checkin',
  worksheet: { id: 'daily-check-in', version: 1 },
  point: null,
  date: '2026-11-20',
  createdAt: '2026-11-20T20:00:00.000Z',
  updatedAt: '2026-11-20T20:00:00.000+01:00',
  answers: { mood: 6, triggers: ['stress'], nested: [{ a: null }] },
  tags: ['weekend'],
};
const partition = { schemaVersion: SCHEMA_VERSION, month: '2026-11', entries: [entry] };
const main = {
  schemaVersion: SCHEMA_VERSION,
  profile: { behaviours: ['alcohol'], startDate: '2026-11-01', why: 'health', supportContacts: [{ name: 'Sam', phone: '555' }], graduation: { onTrackDays: 60 } },
  drafts: [{ worksheetId: 'abc', worksheetVersion: 1, date: '2026-11-20', savedAt: '2026-11-20T10:00:00Z', answers: { a: 'x' }, inProgress: 'beliefs' }],
};

/** Every path into a JSON value, so each field can be replaced or removed in turn. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => paths((value as Record<string | number, unknown>)[k], [...prefix, k]))];
}

function mutate(doc: unknown, path: (string | number)[], replacement: unknown, remove: boolean): unknown {
  const copy = structuredClone(doc);
  if (path.length === 0) return remove ? undefined : replacement;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (remove) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = replacement;
  return copy;
}

const oddValues = fc.constantFrom<unknown>(
  null, 0, -1, 1.5, 4, 5, '', 'x', '2026-11-31', '2026-02-28', '2026-11-20T20:00:00Z', 'checkin', 'milestone', true, [], [''], ['x'], {}, { id: 'x', version: 1 }, { name: 'A' },
);

function agree(guard: (raw: unknown, v: number) => { ok: boolean; value?: unknown }, schema: { safeParse(raw: unknown): { success: boolean; data?: unknown } }, doc: unknown) {
  const byGuard = guard(structuredClone(doc), SCHEMA_VERSION);
  const byZod = schema.safeParse(structuredClone(doc));
  expect(byGuard.ok, JSON.stringify(doc)).toBe(byZod.success);
  if (byGuard.ok) expect(byGuard.value).toEqual(byZod.data);
}

describe('store guards agree with the zod schemas', () => {
  for (const [name, guard, schema, doc] of [
    ['a month of entries', checkPartitionFile, partitionSchema, partition],
    ['store.json', checkMainFile, mainSchema, main],
  ] as const) {
    it(`${name}: the valid file, and every field replaced or removed`, () => {
      agree(guard, schema, doc);
      const all = paths(doc);
      fc.assert(
        fc.property(fc.constantFrom(...all), oddValues, fc.boolean(), (path, value, remove) => agree(guard, schema, mutate(doc, path, value, remove))),
        { numRuns: 1500 },
      );
    });
  }

  it('fill the defaults zod fills (tags, why, contacts, graduation)', () => {
    const { tags: _t, ...bare } = entry;
    const checked = checkPartitionFile({ ...partition, entries: [bare] }, SCHEMA_VERSION);
    expect(checked.ok && checked.value.entries[0]!.tags).toEqual([]);
    const profile = { behaviours: ['gaming'], startDate: '2026-11-01' };
    const byGuard = checkMainFile({ schemaVersion: SCHEMA_VERSION, profile, drafts: [] }, SCHEMA_VERSION);
    expect(byGuard.ok && byGuard.value.profile).toEqual(mainSchema.parse({ schemaVersion: SCHEMA_VERSION, profile, drafts: [] }).profile);
  });

  it('name the place of the first problem', () => {
    const bad = checkPartitionFile({ ...partition, entries: [entry, { ...entry, date: '2026-13-01' }] }, SCHEMA_VERSION);
    expect(bad).toEqual({ ok: false, problem: 'entries.1.date: expected a date as YYYY-MM-DD' });
  });
});
