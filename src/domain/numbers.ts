// Numbers as a person types them: plain decimals only. Number() alone would also take "0x1f", "1e1" and
// "0b11", which no one means as a mood or a minute count.
const DECIMAL = /^[-+]?(\d+\.?\d*|\.\d+)$/;

/** The number in `text` (spaces around it allowed), or undefined when it is not a plain decimal. */
export function readNumber(text: string): number | undefined {
  const t = text.trim();
  return DECIMAL.test(t) ? Number(t) : undefined;
}
