/**
 * The store's size limits, in a module free of Zod (the content script's page extraction checks
 * them before anything is sent); `rows.ts` builds its schemas from them and re-exports them.
 */

/** Longest article text the store accepts (UTF-16 units, ~1,000 pages): larger is refused, not cut. */
export const MAX_SOURCE_TEXT_CHARS = 5_000_000;
