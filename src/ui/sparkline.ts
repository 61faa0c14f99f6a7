// A sparkline: one block a day (or a few days a block when the series is longer than the width),
// on a fixed scale so a high urge looks high whatever the rest of the month was. Missing days show as '·'.

const TICKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
export const SPARK_MISSING = '·';

export interface SparkOptions {
  min: number;
  max: number;
  /** At most this many characters; longer series are averaged in groups of days. */
  width?: number;
}

/** Averages consecutive groups of values (ignoring gaps) so the series fits in `width`. */
export function bucket(values: readonly (number | null)[], width: number): (number | null)[] {
  if (values.length <= width) return [...values];
  const size = Math.ceil(values.length / width);
  const out: (number | null)[] = [];
  // Group from the end so the last block always holds today.
  for (let end = values.length; end > 0; end -= size) {
    const group = values.slice(Math.max(0, end - size), end).filter((v): v is number => v !== null);
    out.unshift(group.length ? group.reduce((a, b) => a + b, 0) / group.length : null);
  }
  return out;
}

export function sparkline(values: readonly (number | null)[], { min, max, width = values.length }: SparkOptions): string {
  const span = max - min;
  return bucket(values, Math.max(1, width))
    .map((v) => {
      if (v === null) return SPARK_MISSING;
      const f = span <= 0 ? 1 : Math.min(1, Math.max(0, (v - min) / span));
      return TICKS[Math.round(f * (TICKS.length - 1))]!;
    })
    .join('');
}
