// The Balance Pie's table read at a terminal: a bar and its number are one thing, so however narrow the
// screen, a number never wraps under its bar (at 60 columns "10" used to go to the next line).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDefinitionFile } from '../../src/worksheets/loader.js';
import { renderEntry } from '../../src/worksheets/markdown.js';
import { markdownToTerminal } from '../../src/ui/markdown-terminal.js';
import { makeTheme } from '../../src/ui/theme.js';
import type { Entry } from '../../src/domain/entry.js';

const def = loadDefinitionFile(join(__dirname, '../../worksheets/lifestyle-balance-pie.yaml'));
const plain = makeTheme(false);
const areas = def.fields.find((f) => f.id === 'areas')!;
// The shipped choices, the longest first, rated at the ends and the middle of the shipped scale.
const choices = ('choices' in areas ? [] : (areas.fields.find((f) => f.id === 'area') as { choices: string[] }).choices)
  .slice()
  .sort((a, b) => b.length - a.length);

function pie(ratings: [number, number][]): Entry {
  return {
    id: '3baa1839-93b7-4da7-bb0d-035063ce38f9',
    kind: 'worksheet',
    worksheet: { id: def.id, version: def.version },
    point: 4,
    date: '2026-12-02',
    createdAt: '2026-12-02T10:00:00.000Z',
    updatedAt: '2026-12-02T10:00:00.000Z',
    answers: { areas: ratings.map(([rating, target], i) => ({ area: choices[i % choices.length]!, rating, target })), focus: [choices[0]!], firstStep: 'Call my sister' },
    tags: [],
  };
}

describe('the Balance Pie at a terminal', () => {
  for (const width of [60, 64, 72, 80]) {
    it(`keeps each bar and its number on one line at ${width} columns`, () => {
      const ratings: [number, number][] = [[10, 10], [1, 10], [4, 8], [10, 1], [7, 9]];
      const text = markdownToTerminal(renderEntry(def, pie(ratings)), width, plain);
      const lines = text.split('\n');
      for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(width);
      // Every bar drawn is followed on its own line by the number it stands for.
      const bars = lines.flatMap((l) => [...l.matchAll(/([█░]{10})(.?)(\d*)/g)]);
      expect(bars).toHaveLength(ratings.length * 2);
      for (const [, barText, gap, number] of bars) {
        expect(gap, `a bar with no number beside it: ${barText}`).toMatch(/^[ \u00a0]$/);
        expect(Number(number)).toBe([...barText!].filter((c) => c === '█').length);
      }
    });
  }
});
