/**
 * The kinds of thing Lodestone recognises, in a module free of Zod so the content script's start
 * path can name them (`schema.ts` builds `EntityKindSchema` from this list and re-exports it).
 */

/** The kinds of thing Lodestone recognises. Each kind has its own highlight style. */
export const ENTITY_KINDS = ['country', 'region', 'company', 'government', 'organisation', 'person', 'project', 'material', 'policy'] as const;
