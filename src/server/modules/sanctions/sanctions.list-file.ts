import { fileURLToPath } from 'node:url';

/**
 * The UN list that ships with the code, resolved from this module's own location: four levels up is the repository
 * root both from src/server/modules/sanctions/ (tsx) and from dist/server/modules/sanctions/ (built).
 */
export const SHIPPED_LIST_FILE = fileURLToPath(
  new URL('../../../../resources/un-consolidated-list-2026-05-08.xml', import.meta.url),
);

/** The largest list accepted (the real one is about 2 MB). */
export const MAX_LIST_BYTES = 20 * 1024 * 1024;
