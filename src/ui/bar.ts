// A horizontal bar in block characters, in eighths of a cell. Pure: the caller colours it.

const PARTIAL = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
export const BAR_EMPTY = '░';

/** `fraction` (clamped to 0..1) of `width` cells filled; the rest drawn with a light shade so the length shows without colour. */
export function bar(fraction: number, width: number): { filled: string; empty: string } {
  const f = Number.isFinite(fraction) ? Math.min(1, Math.max(0, fraction)) : 0;
  const eighths = Math.round(f * width * 8);
  const full = Math.floor(eighths / 8);
  const part = PARTIAL[eighths % 8]!;
  const used = full + (part ? 1 : 0);
  return { filled: '█'.repeat(full) + part, empty: BAR_EMPTY.repeat(width - used) };
}

export function plainBar(fraction: number, width: number): string {
  const { filled, empty } = bar(fraction, width);
  return filled + empty;
}
