// Lists are typed one way everywhere: one item a line, Enter on an empty line to finish (as a worksheet's
// list fields always were). The hint on each prompt says so, in the same words wherever a list is asked.
import type { Prompter, Question } from './prompter.js';

export const NEEDS_WORDS = 'Please type at least one answer, such as a word or two.';

/** The hint after a list's question: the first item or another, and whether an empty line may finish yet. */
export function listHint(index: number, needed: boolean): string {
  if (index === 0) return needed ? 'one a line' : 'one a line, Enter on an empty line to finish';
  return needed ? 'another' : 'another, or Enter to finish';
}

export interface LinesQuestion extends Question {
  /** Items offered again (an earlier answer), one a prompt: Enter keeps each, typing - drops it and goes on. */
  defaults?: readonly string[];
  /** How many must be given before an empty line finishes. */
  min?: number;
  /** Refuses an item with a message (a repeat, say); given the items so far. */
  validate?: (item: string, sofar: readonly string[]) => string | true;
}

/** Items typed one a line until an empty line. */
export async function askLines(prompter: Prompter, q: LinesQuestion): Promise<string[]> {
  const items: string[] = [];
  const min = q.min ?? 0;
  for (let i = 0; ; i++) {
    const needed = items.length < min;
    const text = await prompter.text({
      ...q,
      name: i === 0 ? q.name : `${q.name}.${i}`,
      message: `${q.message} (${listHint(i, needed)})`,
      required: needed,
      default: q.defaults?.[i],
      validate: (v) => {
        if (v.trim() === '-' || v.trim() === '') return true;
        // A comma or a dot alone is no item (a habit from lists typed with commas).
        if (!/[\p{L}\p{N}]/u.test(v)) return NEEDS_WORDS;
        return q.validate ? q.validate(v.trim(), items) : true;
      },
    });
    if (text === undefined) return items;
    if (text !== '-') items.push(text);
  }
}
