import { describe, expect, it } from 'vitest';
import { bar, plainBar } from '../../src/ui/bar.js';
import { bucket, sparkline } from '../../src/ui/sparkline.js';

describe('bar', () => {
  it('fills a share of the width in eighths and shades the rest', () => {
    expect(plainBar(0, 10)).toBe('░'.repeat(10));
    expect(plainBar(1, 10)).toBe('█'.repeat(10));
    expect(plainBar(0.5, 10)).toBe('█████░░░░░');
    expect(bar(0.25, 3)).toEqual({ filled: '▊', empty: '░░' }); // 0.75 of a cell = 6 eighths
    expect(plainBar(2, 4)).toBe('████');
    expect(plainBar(Number.NaN, 4)).toBe('░░░░');
    for (const f of [0, 0.13, 0.5, 0.77, 1]) expect([...plainBar(f, 20)]).toHaveLength(20);
  });
});

describe('sparkline', () => {
  it('draws on a fixed scale, with · for a day without data', () => {
    expect(sparkline([0, 5, 10, null], { min: 0, max: 10 })).toBe('▁▅█·');
    expect(sparkline([1, 10], { min: 1, max: 10 })).toBe('▁█');
    expect(sparkline([20, -3], { min: 0, max: 10 })).toBe('█▁');
  });

  it('averages groups of days from the end when the series is wider than the width', () => {
    expect(bucket([1, 2, 3, 4, 5], 2)).toEqual([1.5, 4]); // groups of 3 from the end: [3,4,5] and [1,2]
    expect(bucket([null, null, 4, null], 2)).toEqual([null, 4]);
    expect(sparkline(Array.from({ length: 90 }, () => 5), { min: 0, max: 10, width: 30 })).toHaveLength(30);
  });
});

describe('wrap', () => {
  it('wraps by visible width, never splitting a word, ignoring colour codes', async () => {
    const { wrapPieces, wrap, textWidth } = await import('../../src/ui/layout.js');
    expect(textWidth('\u001b[32m✓\u001b[39m ok')).toBe(4);
    expect(wrap('one two three four', 10, { first: '> ', indent: '  ' })).toEqual(['> one two', '  three', '  four']);
    expect(wrapPieces(['\u001b[2maaaa\u001b[22m', 'bbbb'], 9, { sep: ' ' })).toEqual(['\u001b[2maaaa\u001b[22m bbbb']);
    expect(wrap('', 5, { first: 'x ', indent: '' })).toEqual(['x ']);
  });
});
