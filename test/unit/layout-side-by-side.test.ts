// sideBySide: two columns with a rule when each half keeps its narrowest, stacked otherwise; never wider than asked.
import { describe, expect, it } from 'vitest';
import { sideBySide, textWidth, wrap } from '../../src/ui/layout.js';

const words = (label: string) => (width: number) => wrap(`${label} ${'word '.repeat(30)}`.trim(), width);

describe('sideBySide', () => {
  for (const width of [60, 75, 80, 100, 120]) {
    it(`at ${width} columns no line is wider than ${width}`, () => {
      for (const line of sideBySide(words('left'), words('right'), width)) expect(textWidth(line)).toBeLessThanOrEqual(width);
    });
  }

  it('two columns when wide: both first lines on one row', () => {
    expect(sideBySide(words('left'), words('right'), 100)[0]).toMatch(/^left .*│ right/);
  });

  it('stacked when a half would be narrower than 36: the left block first, a blank line, then the right', () => {
    const lines = sideBySide(words('left'), words('right'), 60);
    expect(lines.some((l) => l.includes('│'))).toBe(false);
    const gap = lines.indexOf('');
    expect(lines[0]).toMatch(/^left/);
    expect(lines[gap + 1]).toMatch(/^right/);
  });
});
