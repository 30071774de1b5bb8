import type { FoundationTables } from './tables.js';

/**
 * The whole database as Kysely sees it. Each module that owns tables adds its table interface to this
 * intersection (one line), so the table types live beside the module that writes them.
 */
export type Database = FoundationTables;
