// Builds a synthetic store through fourpoint's own Store, so the files are exactly what the program writes.
// Seeded: the same size always gives the same entries. About four entries a day, ending today:
// one check-in, and a mix of urge logs and worksheets.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const GENERATOR_VERSION = 4;

function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TRIGGERS = ['stress', 'boredom', 'loneliness', 'tiredness', 'conflict', 'payday', 'a party', 'the pub on the corner'];
const COPING = ['waited it out', 'called Sam', 'went for a walk', 'kept busy', 'had tea', 'played guitar'];
const NOTES = ['A calm evening.', 'Hard day at work, but I got through it.', 'Grateful for my sister.', 'Cooked a real dinner.', 'Slept badly; went to bed early.'];

/** A version-4 UUID from the seeded generator: random-looking like crypto.randomUUID(), but repeatable. */
function uuid(rand) {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function isoDay(d) {
  return d.toISOString().slice(0, 10);
}

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function some(rand, list, max) {
  const n = Math.floor(rand() * (max + 1));
  return [...new Set(Array.from({ length: n }, () => pick(rand, list)))];
}

export function syntheticEntries(size, today, seed = 42) {
  const rand = prng(seed + size);
  const entries = [];
  const days = Math.ceil(size / 4);
  const end = new Date(`${today}T00:00:00Z`);
  for (let back = days; back >= 1 && entries.length < size; back--) {
    const date = isoDay(new Date(end.getTime() - back * 86_400_000));
    const at = `${date}T20:00:00.000Z`;
    const base = (kind, worksheet, point, answers) => ({
      id: uuid(rand),
      kind,
      worksheet,
      point,
      date,
      createdAt: at,
      updatedAt: at,
      answers,
      tags: rand() < 0.1 ? ['weekend'] : [],
    });
    const lapse = rand() < 0.03;
    entries.push(
      base('checkin', { id: 'daily-check-in', version: 1 }, null, {
        mood: 1 + Math.floor(rand() * 10),
        urge: Math.floor(rand() * 11),
        onTrack: !lapse,
        ...(lapse ? { learned: 'Eat before the evening.' } : {}),
        triggers: some(rand, TRIGGERS, 3),
        coping: some(rand, COPING, 2),
        point: String(1 + Math.floor(rand() * 4)),
        note: pick(rand, NOTES),
      }),
    );
    for (let k = 0; k < 3 && entries.length < size; k++) {
      const r = rand();
      if (r < 0.6) {
        const intensity = Math.floor(rand() * 11);
        entries.push(
          base('urge', { id: 'urge-log', version: 1 }, 2, {
            intensity,
            trigger: pick(rand, TRIGGERS),
            thoughts: 'Just one would not hurt.',
            coping: some(rand, COPING, 2),
            intensityAfter: Math.max(0, intensity - Math.floor(rand() * 6)),
            minutes: 5 + Math.floor(rand() * 30),
            outcome: rand() < 0.95 ? 'rode-it-out' : 'used',
          }),
        );
      } else if (r < 0.8) {
        entries.push(
          base('worksheet', { id: 'cost-benefit-analysis', version: 1 }, 1, {
            benefitsOfDoing: [{ item: 'It relaxes me', term: 'short', importance: 6 }],
            costsOfDoing: [{ item: 'Hangovers', term: 'short', importance: 8 }, { item: 'Money', term: 'long', importance: 7 }],
            benefitsOfChanging: [{ item: 'Health', term: 'long', importance: 9 }],
            costsOfChanging: [{ item: 'Missing the pub quiz', term: 'short', importance: 4 }],
            conclusion: 'The costs outweigh the benefits. I keep going.',
          }),
        );
      } else {
        entries.push(
          base('worksheet', { id: 'deads', version: 1 }, 2, {
            delay: ['Wait twenty minutes'],
            escape: ['Leave the room'],
            distract: ['Play guitar', 'Call someone'],
            substitute: ['Fizzy water'],
          }),
        );
      }
    }
  }
  return entries;
}

/** Creates (or reuses) a store of `size` entries in `dir` using the built Store. */
export async function ensureStore(root, dir, size, today) {
  const marker = join(dir, '.bench-store');
  const want = `${GENERATOR_VERSION} ${size} ${today}`;
  if (existsSync(marker) && readFileSync(marker, 'utf8') === want) return;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { Store } = await import(join(root, 'dist', 'store', 'store.js'));
  const store = new Store(dir);
  const first = syntheticEntries(size, today)[0].date;
  store.saveProfile({ behaviours: ['alcohol'], startDate: first, why: 'My health and my family.', supportContacts: [{ name: 'Sam', phone: '555 0100' }], graduation: {} });
  store.addEntries(syntheticEntries(size, today));
  writeFileSync(marker, want);
}
