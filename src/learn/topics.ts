// The learn topics: one Markdown file a topic in learn/, with a small YAML header
// (title, summary, aliases, order). Texts are data, so wording is reviewed in one place.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { packageFolder } from '../package-folder.js';

const headerSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1),
    aliases: z.array(z.union([z.string(), z.number()]).transform(String)).default([]),
    order: z.number().default(999),
  })
  .strict();

export interface Topic {
  id: string;
  title: string;
  summary: string;
  aliases: string[];
  order: number;
  body: string;
}

export function learnDir(): string {
  return packageFolder('learn');
}

/** Splits "---\nheader\n---\nbody" and checks the header; a broken file names itself. */
export function parseTopic(id: string, text: string): Topic {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`learn/${id}.md: expected a --- header --- before the text`);
  const header = headerSchema.safeParse(parse(match[1]!));
  if (!header.success) throw new Error(`learn/${id}.md: ${header.error.issues.map((i) => `${i.path.join('.') || '(header)'}: ${i.message}`).join('; ')}`);
  return { id, ...header.data, body: match[2]!.trim() };
}

export function loadTopics(dir = learnDir()): Topic[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.md'))
    .map((n) => parseTopic(n.slice(0, -3), readFileSync(join(dir, n), 'utf8')))
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

export function findTopic(topics: readonly Topic[], query: string): Topic | undefined {
  const q = query.trim().toLowerCase();
  return topics.find((t) => t.id === q) ?? topics.find((t) => t.aliases.includes(q)) ?? topics.find((t) => t.id === q.replace(/\s+/g, '-'));
}

/** Up to three topics that look like what was typed: a shared prefix or a small edit distance. */
export function suggestTopics(topics: readonly Topic[], query: string): string[] {
  const q = query.trim().toLowerCase();
  const scored = topics.map((t) => {
    const names = [t.id, ...t.aliases];
    const best = Math.min(...names.map((n) => ((n.length >= 3 && (n.includes(q) || q.includes(n))) ? 0 : distance(n, q))));
    return { id: t.id, best };
  });
  return scored
    .filter((s) => s.best <= Math.max(1, Math.floor(q.length / 3)))
    .sort((a, b) => a.best - b.best)
    .slice(0, 3)
    .map((s) => s.id);
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}
