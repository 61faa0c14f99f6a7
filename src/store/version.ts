/** The store files' schema version; a file with an older one is migrated (see migrations in store.ts). */
export const SCHEMA_VERSION = 1;
