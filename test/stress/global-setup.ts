// Collects the figures every stress test records (figures.ts) and prints them as one table at the end.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import type { Figures } from './figures.js';

declare module 'vitest' {
  export interface ProvidedContext {
    figuresFile: string;
  }
}

export default function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'fourpoint-figures-'));
  const file = join(dir, 'figures.jsonl');
  project.provide('figuresFile', file);
  return () => {
    let rows: Figures[] = [];
    try {
      rows = readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Figures);
    } catch {
      /* no test recorded anything */
    }
    rmSync(dir, { recursive: true, force: true });
    const head = ['scenario', 'tried', 'lost', 'corrupted', 'clear errors', 'notes'];
    const cells = rows.map((r) => [r.scenario, String(r.tried), String(r.lost), String(r.corrupted), String(r.clearErrors), r.notes ?? '']);
    const width = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
    const line = (c: string[]) => `| ${c.map((x, i) => x.padEnd(width[i]!)).join(' | ')} |`;
    const out = [line(head), `|${width.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)];
    process.stdout.write(`\nReliability figures\n${out.join('\n')}\n\n`);
  };
}
