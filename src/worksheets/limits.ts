// Upper bounds on any one answer, wherever it comes from (prompt, flag, answers file, import): a long
// journal page is about 5,000 characters; a 100 MB note once cost 600 MB of memory and more to export.
// Kept apart from answers.ts so the quick checks (answers-quick.ts) use them without loading zod.
export const MAX_LONGTEXT = 100_000;
/** Short text: a text field, a list item, an "other" choice. */
export const MAX_TEXT = 10_000;
