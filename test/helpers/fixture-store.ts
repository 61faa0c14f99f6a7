// Writes a store straight to disk (store.json and entries/YYYY-MM.json), so a test knows every id and answer.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface FixtureEntry {
  id: string;
  kind: 'checkin' | 'worksheet' | 'urge' | 'note' | 'family' | 'milestone';
  worksheet?: { id: string; version: number };
  point?: number | null;
  date: string;
  answers: Record<string, unknown>;
  tags?: string[];
}

export interface FixtureProfile {
  behaviours: string[];
  startDate: string;
  why?: string;
  supportContacts?: { name: string; phone?: string }[];
}

export function writeStore(home: string, entries: FixtureEntry[], profile: FixtureProfile | null = { behaviours: ['alcohol'], startDate: '2026-01-01' }): void {
  mkdirSync(join(home, 'entries'), { recursive: true });
  writeFileSync(join(home, 'store.json'), JSON.stringify({ schemaVersion: 1, profile, drafts: [] }, null, 2));
  const byMonth = new Map<string, object[]>();
  for (const e of entries) {
    const month = e.date.slice(0, 7);
    const stamp = `${e.date}T12:00:00.000Z`;
    const full = { tags: [], createdAt: stamp, updatedAt: stamp, ...e };
    byMonth.set(month, [...(byMonth.get(month) ?? []), full]);
  }
  for (const [month, list] of byMonth) writeFileSync(join(home, 'entries', `${month}.json`), JSON.stringify({ schemaVersion: 1, month, entries: list }));
}

/** Every store file's bytes, to show a refused command changed nothing. */
export function snapshot(home: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string, prefix = '') => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.name === '.lock') continue;
      if (d.isDirectory()) walk(join(dir, d.name), `${prefix}${d.name}/`);
      else out[`${prefix}${d.name}`] = readFileSync(join(dir, d.name), 'utf8');
    }
  };
  walk(home);
  return out;
}

/** The day n days from now, in the time zone the cli helper gives the CLI (TZ, or UTC). */
export function dayFromToday(n: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: process.env.TZ ?? 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}
