// The kinds of entry, apart from the zod schemas in entry.ts so that code on the start-up path
// (flag parsing, the store's guards) can name them without loading zod.
export const entryKinds = ['checkin', 'worksheet', 'urge', 'note', 'family', 'milestone'] as const;
export type EntryKind = (typeof entryKinds)[number];
