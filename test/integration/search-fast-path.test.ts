// journal search, journal list --grep and export --grep parse only the entries whose bytes hold the words,
// from entry places kept in cache/spans.json. From the user's side they must print exactly what reading every
// entry prints: with the cache cold or warm, in a plain or an encrypted store, with --since/--until, after
// a month file is edited by hand; and a damaged month file must still stop the command with its one error.
import { cpSync, existsSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isEncrypted } from '../../src/store/encrypted-files.js';
import { cli, removeDir, tempDir } from '../helpers/cli.js';

interface Listed {
  id: string;
  kind: string;
  date: string;
  answers: Record<string, unknown>;
  tags: string[];
}

const PASSPHRASE = { FOURPOINT_PASSPHRASE: 'a long enough passphrase' };
const KELVIN = '\u212a';
const ESC = '\u001b';

/** The documented rule: case-insensitive, in any one value of the answers or tags; a needle with a space in all of them joined with spaces. */
function documented(entry: Listed, grep: string): boolean {
  const needle = grep.toLowerCase();
  const values = (v: unknown): string[] =>
    v === null || v === undefined ? [] : typeof v === 'object' ? Object.values(v as Record<string, unknown>).flatMap(values) : [String(v)];
  const all = [...values(entry.answers), ...entry.tags];
  return needle.includes(' ') ? all.join(' ').toLowerCase().includes(needle) : all.some((v) => v.toLowerCase().includes(needle));
}

function ok(home: string, args: string[], env: Record<string, string> = {}): string {
  const r = cli(home, args, { env });
  expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
  return r.stdout;
}

const listAll = (home: string, env: Record<string, string> = {}) => JSON.parse(ok(home, ['journal', 'list', '--json'], env)) as Listed[];
const idsOf = (json: string) => (JSON.parse(json) as Listed[]).map((e) => e.id);
const spansFile = (home: string) => join(home, 'cache', 'spans.json');
const monthFile = (home: string, month: string) => join(home, 'entries', `${month}.json`);

/**
 * Every month's kept spans set to null, as for a file edited by hand: the next command reads every entry of
 * every month, as it did before the fast path (a plain store only; its cache is plain JSON).
 */
function forgetSpans(home: string): void {
  const kept = JSON.parse(readFileSync(spansFile(home), 'utf8')) as { months: Record<string, { summary: unknown }> };
  expect(Object.keys(kept.months).length).toBeGreaterThan(0);
  for (const m of Object.values(kept.months)) m.summary = null;
  writeFileSync(spansFile(home), JSON.stringify(kept));
}

/** Runs a command with the spans cache gone (a searchable needle's run keeps them), then again. */
function coldThenWarm(home: string, args: string[], env: Record<string, string> = {}): [string, string] {
  rmSync(spansFile(home), { force: true });
  const cold = ok(home, args, env);
  const warm = ok(home, args, env);
  return [cold, warm];
}

let made = 0;
function note(date: string, text: string, tags: string[] = []) {
  made += 1;
  const at = `${date}T09:00:00.000Z`;
  return { id: `note-${String(made).padStart(3, '0')}`, kind: 'note', point: null, date, createdAt: at, updatedAt: at, answers: { text }, tags };
}
function checkin(date: string, answers: Record<string, unknown>, tags: string[] = []) {
  made += 1;
  const at = `${date}T21:00:00.000Z`;
  return { id: `checkin-${String(made).padStart(3, '0')}`, kind: 'checkin', worksheet: { id: 'daily-check-in', version: 1 }, point: null, date, createdAt: at, updatedAt: at, answers, tags };
}

/**
 * Four months: July and October hold only text the byte search can take; August holds İ and September the
 * Kelvin sign (whose lower cases are ASCII), so those two are read whole. Values with quotes, backslashes,
 * ESC, JSON's own punctuation, regex characters, Greek, CJK and emoji.
 */
const ENTRIES = [
  note('2026-07-03', 'Payday drinks invite, said no', ['work']),
  checkin('2026-07-04', { mood: 4, urge: 7, onTrack: true, triggers: ['payday', 'stress'], coping: ['went for a walk'], note: 'she said "no thanks" \\ C:\\path\\to' }),
  note('2026-07-09', 'a brace },{"id":" inside a note'),
  note('2026-07-15', `esc ${ESC}[31m red ${ESC}[0m reset`),
  { id: 'deads-001', kind: 'worksheet', worksheet: { id: 'deads', version: 1 }, point: 2, date: '2026-07-20', createdAt: '2026-07-20T08:00:00.000Z', updatedAt: '2026-07-20T08:00:00.000Z', answers: { delay: ['wait twenty minutes'], distract: ['a crossword'] }, tags: [] },
  note('2026-08-02', 'Xİstanbul trip, payday weekend'),
  checkin('2026-08-05', { mood: 8, urge: 1, onTrack: true, note: 'a calm evening' }),
  note('2026-08-19', 'regex .*+?()[]|^$-/ chars'),
  note('2026-09-01', `${KELVIN}EY ring lost`),
  note('2026-09-14', 'payday again', ['weekend']),
  note('2026-09-28', 'ΟΔΟΣ σ ς and café É'),
  note('2026-10-01', '中文 😀 true null 1e+21'),
  note('2026-10-02', 'odd punctuation ,{ costs $5.00 ^_^'),
  checkin('2026-10-06', { mood: 10, urge: 0, onTrack: true, note: 'tab\there, newline\nthere' }),
];

/** A store of ENTRIES (imported from an export), plus a check-in and a DEADS plan made as a user makes them. */
function seed(home: string): void {
  ok(home, ['checkin', '--date', '2026-10-20', '--mood', '6', '--urge', '3', '--on-track', '--trigger', 'payday', '--coping', 'called Sam', '--note', 'a good walk']);
  ok(home, ['worksheet', 'fill', 'deads', '--date', '2026-10-21', '--set', 'delay=wait it out', '--set', 'distract=a crossword']);
  const file = join(home, 'seed.json');
  writeFileSync(file, JSON.stringify({ format: 'fourpoint-export', version: 1, schemaVersion: 1, exportedAt: '2026-11-01T00:00:00.000Z', profile: null, entries: ENTRIES, drafts: [] }));
  ok(home, ['import', file]);
  rmSync(file);
}

/** Needles the bytes may be searched for (printable ASCII, no space, quote or backslash), in any case. */
const BYTE_NEEDLES = ['payday', 'PayDay', 'wait', 'xi', 'key', 'k', KELVIN, 'i', '},{', ',{', ':', '[31m', '.*', '(', '$5', '^_^', '2026', 'zzzz'];
/** Needles that take the old path: every entry parsed and tested. */
const OTHER_NEEDLES = ['İ', '"id"', '},{"id":"', ESC, 'no thanks', 'payday stress', 'c:\\path', 'CAFÉ', '😀'];

describe('journal search on a plain store', () => {
  let home: string;
  let all: Listed[];
  beforeAll(() => {
    home = tempDir();
    seed(home);
    all = listAll(home);
    expect(all).toHaveLength(ENTRIES.length + 2);
  });
  afterAll(() => removeDir(home));
  const want = (needle: string) => all.filter((e) => documented(e, needle)).map((e) => e.id);

  it('the needles find something, and not everything, most of the time', () => {
    const needles = [...BYTE_NEEDLES, ...OTHER_NEEDLES];
    const counts = needles.map((n) => want(n).length);
    expect(counts.filter((c) => c > 0 && c < all.length).length).toBeGreaterThan(needles.length * 0.7);
  });

  it.each(BYTE_NEEDLES)('%j: cold and warm, the entries the documented rule keeps', (needle) => {
    const [cold, warm] = coldThenWarm(home, ['journal', 'search', needle, '--json']);
    expect(existsSync(spansFile(home))).toBe(true);
    expect(warm).toBe(cold);
    expect(idsOf(cold)).toEqual(want(needle));
  });

  it.each(OTHER_NEEDLES)('%j: every entry read, the entries the documented rule keeps', (needle) => {
    expect(idsOf(ok(home, ['journal', 'search', needle, '--json']))).toEqual(want(needle));
  });

  it('keeps spans for every month, all written as fourpoint writes them', () => {
    ok(home, ['journal', 'search', 'payday']);
    const kept = JSON.parse(readFileSync(spansFile(home), 'utf8')) as { months: Record<string, { summary: unknown }> };
    expect(Object.keys(kept.months)).toEqual(['2026-07', '2026-08', '2026-09', '2026-10']);
    for (const m of Object.values(kept.months)) expect(Array.isArray(m.summary)).toBe(true);
  });

  it('does not trust kept spans that do not fit their file (a cache file edited or damaged)', () => {
    ok(home, ['journal', 'search', 'payday']);
    const kept = JSON.parse(readFileSync(spansFile(home), 'utf8')) as { months: Record<string, { summary: number[] }> };
    // July without its last entry (the DEADS plan), October without its first: the stamps still match.
    kept.months['2026-07']!.summary.pop();
    kept.months['2026-10']!.summary.splice(1, 1);
    writeFileSync(spansFile(home), JSON.stringify(kept));
    for (const needle of ['wait', 'payday', '1e+21']) expect(idsOf(ok(home, ['journal', 'search', needle, '--json'])), needle).toEqual(want(needle));
    rmSync(spansFile(home));
  });

  it.each(['payday', 'xi', '},{'])('%j: the text output is the same warm as with no spans kept (every entry read)', (needle) => {
    const [cold, warm] = coldThenWarm(home, ['journal', 'search', needle]);
    expect(warm).toBe(cold);
    forgetSpans(home);
    expect(ok(home, ['journal', 'search', needle])).toBe(warm);
    expect(ok(home, ['journal', 'list', '--grep', needle])).toBe(warm);
  });

  it.each([
    ['payday', '2026-07-04', '2026-09-14'],
    ['payday', '2026-07-05', '2026-09-13'],
    ['wait', '2026-07-21', undefined],
    ['key', undefined, '2026-09-01'],
  ])('%j --since %s --until %s: the documented rule within the days', (needle, since, until) => {
    const range = [...(since ? ['--since', since] : []), ...(until ? ['--until', until] : [])];
    const [cold, warm] = coldThenWarm(home, ['journal', 'list', '--grep', needle, ...range, '--json']);
    expect(warm).toBe(cold);
    const inRange = all.filter((e) => documented(e, needle) && (!since || e.date >= since) && (!until || e.date <= until)).map((e) => e.id);
    expect(inRange.length).toBeGreaterThan(0);
    expect(idsOf(warm)).toEqual(inRange);
  });

  it.each(['payday', 'xi', '},{'])('export --format json --grep %j is the full export, filtered', (needle) => {
    const full = JSON.parse(ok(home, ['export', '--format', 'json'])) as { exportedAt: string; entries: Listed[] };
    const [cold, warm] = coldThenWarm(home, ['export', '--format', 'json', '--grep', needle]);
    const [c, w] = [JSON.parse(cold), JSON.parse(warm)] as { exportedAt: string; entries: Listed[] }[];
    expect({ ...w, exportedAt: '' }).toEqual({ ...c, exportedAt: '' });
    const kept = full.entries.filter((e) => documented(e, needle));
    expect(kept.length).toBeGreaterThan(0);
    expect({ ...w, exportedAt: '' }).toEqual({ ...full, exportedAt: '', entries: kept });
  });

  it.each(['md', 'csv'])('export --format %s --grep is the same warm as with no spans kept', (format) => {
    const [cold, warm] = coldThenWarm(home, ['export', '--format', format, '--grep', 'payday']);
    const strip = (s: string) => s.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, 'T');
    expect(strip(warm)).toBe(strip(cold));
    forgetSpans(home);
    expect(strip(ok(home, ['export', '--format', format, '--grep', 'payday']))).toBe(strip(warm));
  });
});

describe('journal search on an encrypted store', () => {
  let home: string;
  beforeAll(() => {
    home = tempDir();
    seed(home);
    // Encrypted once the entries are in: every command from here derives the key (about a second each).
    ok(home, ['config', 'set', 'encryption', 'on'], PASSPHRASE);
  });
  afterAll(() => removeDir(home));

  it('cold and warm, the entries the documented rule keeps; the spans kept encrypted too', () => {
    expect(isEncrypted(readFileSync(monthFile(home, '2026-07')))).toBe(true);
    const all = listAll(home, PASSPHRASE);
    expect(all).toHaveLength(ENTRIES.length + 2);
    // payday is in July and October (their bytes searched) and in August (İ: read whole); key only in September (Kelvin).
    for (const needle of ['payday', 'key']) {
      const [cold, warm] = coldThenWarm(home, ['journal', 'search', needle, '--json'], PASSPHRASE);
      expect(warm).toBe(cold);
      expect(idsOf(warm), needle).toEqual(all.filter((e) => documented(e, needle)).map((e) => e.id));
    }
    const kept = readFileSync(spansFile(home));
    expect(isEncrypted(kept)).toBe(true);
    expect(kept.toString('latin1')).not.toMatch(/2026-0\d|months|summary/);
  });

  it('export --format json --grep is the full export, filtered', () => {
    const full = JSON.parse(ok(home, ['export', '--format', 'json'], PASSPHRASE)) as { exportedAt: string; entries: Listed[] };
    const grepped = JSON.parse(ok(home, ['export', '--format', 'json', '--grep', 'PAYDAY'], PASSPHRASE));
    expect({ ...grepped, exportedAt: '' }).toEqual({ ...full, exportedAt: '', entries: full.entries.filter((e) => documented(e, 'payday')) });
  });
});

describe('a month file changed by hand after its spans were kept', () => {
  let template: string;
  let home: string;
  beforeAll(() => {
    template = tempDir();
    seed(template);
  });
  afterAll(() => removeDir(template));
  beforeEach(() => {
    home = tempDir();
    cpSync(template, home, { recursive: true });
    ok(home, ['journal', 'search', 'payday']);
    expect(existsSync(spansFile(home))).toBe(true);
  });
  afterEach(() => removeDir(home));

  const stampOf = (file: string) => {
    const s = statSync(file, { bigint: true });
    return `${s.ino}:${s.size}:${s.mtimeNs}`;
  };
  /** Rewrites July in place with `edit`: the same inode, the same size. */
  function editJuly(edit: (text: string) => string): string {
    const file = monthFile(home, '2026-07');
    const text = readFileSync(file, 'utf8');
    const edited = edit(text);
    expect(edited).not.toBe(text);
    expect(Buffer.byteLength(edited)).toBe(Buffer.byteLength(text));
    writeFileSync(file, edited);
    return file;
  }
  const searchIds = (needle: string) => idsOf(ok(home, ['journal', 'search', needle, '--json']));
  /** What the documented rule keeps, for each needle, of every entry as journal list reads them. */
  const documentedIds = (...needles: string[]) => {
    const all = listAll(home);
    return needles.map((needle) => all.filter((e) => documented(e, needle)).map((e) => e.id));
  };
  const expectFound = (...needles: string[]) => expect(needles.map(searchIds)).toEqual(documentedIds(...needles));

  it('same size, mtime put back with utimes: the nanoseconds differ, so the change is seen at once', () => {
    const file = monthFile(home, '2026-07');
    const { atime, mtime } = statSync(file);
    const before = stampOf(file);
    // "Payday" becomes "Salary"; "wait" becomes "\u0077ait" in the file (the same text, no longer the same
    // bytes), which also makes the file one fourpoint would not write.
    editJuly((t) => t.replace('Payday drinks', 'Salary drinks').replace('"wait twenty minutes"', '"\\u0077ait twenty mi"'));
    utimesSync(file, atime, mtime);
    // utimes takes seconds as a double (from a Date, to the millisecond): the stamp's nanoseconds are not put back.
    expect(stampOf(file)).not.toBe(before);
    expectFound('salary', 'payday', 'wait', 'twenty');
    expect(searchIds('wait')).toContain('deads-001');
  });

  describe('and its stamp put back to the nanosecond (a whole second, set before the spans were kept)', () => {
    const SECOND = new Date('2026-11-01T12:00:00Z');
    let file: string;
    let before: string;
    beforeEach(() => {
      file = monthFile(home, '2026-07');
      utimesSync(file, SECOND, SECOND);
      before = stampOf(file);
      ok(home, ['journal', 'search', 'payday']);
    });
    const putBack = () => {
      utimesSync(file, SECOND, SECOND);
      expect(stampOf(file)).toBe(before);
    };

    it('a word changed for one of the same length is found where it now is', () => {
      editJuly((t) => t.replace('Payday drinks', 'Salary drinks'));
      putBack();
      expectFound('salary', 'payday', 'drinks');
    });

    it('text moved from one entry to the next is read whole, and found', () => {
      editJuly((t) => t.replace('said no', 'said').replace('went for a walk', 'went for a walk!!!'));
      putBack();
      expectFound('said', 'walk!!!', 'payday');
    });

    it.each([
      ['an entry moved to another month', (t: string) => t.replace('"date":"2026-07-03"', '"date":"2026-08-03"'), /entries\.0\.date: 2026-08-03 is not in 2026-07/],
      ['an entry no longer an entry', (t: string) => t.replace('"kind":"note","point":null,"date":"2026-07-03"', '"kind":"nope","point":null,"date":"2026-07-03"'), /entries\.0\.kind/],
      ['a broken string', (t: string) => t.replace('said no"', 'said no '), /is not valid JSON/],
    ])('damage in the entry the needle is in (%s) is reported, exit 1', (_, damage, message) => {
      editJuly(damage);
      putBack();
      const r = cli(home, ['journal', 'search', 'payday', '--json']);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.split('\n')[0]).toContain(file);
    });

    it('what the stamp hides: damage in an entry the needle is not in', () => {
      const [want] = documentedIds('payday');
      editJuly((t) => t.replace('a crossword"', 'a crossword '));
      putBack();
      // Reading every entry refuses July; the entries "payday" is in are whole, so nothing is reported.
      expect(cli(home, ['journal', 'list', '--json']).code).toBe(1);
      expect(searchIds('payday')).toEqual(want);
    });

    it('what the stamp hides: text written with an escape JSON.stringify would not write', () => {
      editJuly((t) => t.replace('"wait twenty minutes"', '"\\u0077ait twenty mi"'));
      putBack();
      // Reading every entry, "\u0077ait" is "wait"; the bytes do not hold "wait", so July's plan is missed.
      expect(documentedIds('wait')[0]).toContain('deads-001');
      expect(searchIds('wait')).not.toContain('deads-001');
      expect(searchIds('twenty')).toContain('deads-001');
    });
  });

  describe.each([
    ['truncated', (t: string) => t.slice(0, Math.floor(t.length / 2)), /2026-07\.json is not valid JSON/],
    ['not JSON', () => '\u0000\u00ff not json at all', /2026-07\.json is not valid JSON/],
    ['an entry of another month', (t: string) => t.replace('"date":"2026-07-09"', '"date":"2026-10-09"'), /entries\.2\.date: 2026-10-09 is not in 2026-07/],
    ['an entry that is not one', (t: string) => t.replace('"kind":"note"', '"kind":"shouting"'), /entries\.0\.kind/],
    ['pretty-printed, with a bad value', (t: string) => JSON.stringify({ ...JSON.parse(t), entries: [{ ...JSON.parse(t).entries[0], tags: 'x' }] }, null, 2), /entries\.0\.tags/],
  ])('damaged (%s)', (_, damage, message) => {
    it('search stops with one error naming the file, exit 1, as list --grep, export --grep and the old path do', () => {
      const file = monthFile(home, '2026-07');
      writeFileSync(file, damage(readFileSync(file, 'utf8')));
      const r = cli(home, ['journal', 'search', 'payday', '--json']);
      expect(r.code).toBe(1);
      expect(r.stdout).toBe('');
      const [first, ...rest] = r.stderr.trimEnd().split('\n');
      expect(first).toMatch(/^fourpoint: /);
      expect(first).toContain(file);
      expect(first).toMatch(message);
      // At most the hint that names the backup follows: no stack trace.
      expect(rest.length).toBeLessThanOrEqual(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      // "pay day" has a space: every entry is read, as before the fast path.
      for (const args of [['journal', 'list', '--grep', 'payday'], ['export', '--format', 'json', '--grep', 'payday'], ['journal', 'search', 'pay day']]) {
        const other = cli(home, args);
        expect(other.code, args.join(' ')).toBe(1);
        expect(other.stderr, args.join(' ')).toBe(r.stderr);
      }
    });
  });
});
