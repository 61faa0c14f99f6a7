// What an entry id may hold, apart from the zod schemas so the store's guards can check it without zod.
// Ids reach file names, messages and terminals: nothing a shell or a terminal could read as a command.

/** Letters, digits, - and _ (a UUID, as fourpoint makes them, fits), 1 to 128 of them. */
export const ENTRY_ID = /^[A-Za-z0-9_-]{1,128}$/;
export const ENTRY_ID_RULE = 'letters, digits, - and _ only, at most 128';
