// One test of "a plain object" (not null, not a list), for values read back from JSON: the store's guards,
// the progress cache and the worksheet engine's group rows all ask it.

/** Whether `v` is an object with named values; `V` is what the caller takes those values to be. */
export function isRecord<V = unknown>(v: unknown): v is Record<string, V> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
