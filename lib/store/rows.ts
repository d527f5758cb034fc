/**
 * The store's row shapes, one Zod schema per table (types are inferred from them). Every write goes
 * through these schemas (see `validate-writes.ts`). This file imports no Dexie so that the message
 * protocol, which runs in content scripts too, can reuse the query result shapes.
 */
import { z } from '../zod';
import { EntityKindSchema, EntitySchema } from '../catalog/schema';
import { FactSchema, MentionSchema, SourceSchema, SourcedFactSchema } from '../facts/schema';
import { MAX_SOURCE_TEXT_CHARS } from './limits';

/** Longest article text the store accepts (`limits.ts`, free of Zod). */
export { MAX_SOURCE_TEXT_CHARS };

/** An ISO timestamp (`2026-01-01T00:00:00.000Z`): ordered as text, so an index range is a time range. */
const IsoTimestamp = z.string().min(20).max(40);

/**
 * `entities`: a catalog entity plus where it came from. Seeds are replaced by bundle installs;
 * `custom` rows are the user's dictionary (issue 13): entities the user added, and seed entities
 * the user edited (same id, the catalog's version kept in `seed` so the edit can be undone; a new
 * bundle refreshes `seed` and never touches the edit).
 */
export const EntityRowSchema = EntitySchema.extend({
  origin: z.enum(['seed', 'custom']),
  /** Schema v3: the catalog's version of an entity the user edited. */
  seed: EntitySchema.optional(),
  /** Schema v3: when the user last added or changed it. */
  changedAt: IsoTimestamp.optional(),
});
export type EntityRow = z.infer<typeof EntityRowSchema>;

/**
 * `sources`: an article's metadata. Its text lives in `sourceTexts` so that timelines, cards and
 * lists (which read many sources) never deserialise whole articles. `canonicalUrl` is set for saved
 * articles only and is a unique index (IndexedDB skips rows where it is absent).
 */
export const SourceRowSchema = SourceSchema.omit({ text: true }).extend({
  canonicalUrl: z.string().min(1).optional(),
  /** Length of the text in `sourceTexts` (for the storage view, without loading it). */
  textLength: z.number().int().nonnegative(),
  /** Number of facts stored for this source (denormalised at write time for lists). */
  factCount: z.number().int().nonnegative(),
});
export type SourceRow = z.infer<typeof SourceRowSchema>;

/** `sourceTexts`: the normalised article text the facts' and mentions' offsets point into. */
export const SourceTextRowSchema = z.object({ id: z.string().min(1), text: z.string().max(MAX_SOURCE_TEXT_CHARS) });
export type SourceTextRow = z.infer<typeof SourceTextRowSchema>;

/**
 * `facts`: a sourced fact plus `sortKey` (see `sort-key.ts`), so date order is an index walk;
 * `claimKeys` (schema v2), the topics of its claims (`entity|measure`, see `claimKeys`), a
 * multi-entry index that finds every claim on a topic without reading other facts; `arrivedAt`
 * (schema v2), when it came into this store (saved, imported, or a new bundle): "new since".
 */
export const FactRowSchema = SourcedFactSchema.extend({ sortKey: z.string().min(1), claimKeys: z.array(z.string()), arrivedAt: IsoTimestamp });
export type FactRow = z.infer<typeof FactRowSchema>;

/**
 * `factEntities`: one row per (entity, fact). IndexedDB cannot index a compound key with a
 * multi-entry part, so "an entity's facts in date order" needs this denormalised link table with a
 * `[entityId+sortKey]` index. It also carries the fact's `entityIds` so related entities are counted
 * without loading fact text.
 */
export const FactEntityRowSchema = z.object({
  entityId: z.string().min(1),
  factId: z.string().min(1),
  sourceId: z.string().min(1),
  sortKey: z.string().min(1),
  entityIds: z.array(z.string()).min(1),
  /** The fact's `arrivedAt` (schema v2): `[entityId+arrivedAt]` counts an entity's new facts in one range. */
  arrivedAt: IsoTimestamp,
});
export type FactEntityRow = z.infer<typeof FactEntityRowSchema>;

/** One mention's position; `text` is `sourceText.slice(start, end)`. */
export const MentionSpanSchema = MentionSchema.omit({ entityId: true });

/** `mentions`: how often (and where) one source mentions one entity; key `[sourceId+entityId]`. */
export const MentionRowSchema = z.object({
  sourceId: z.string().min(1),
  entityId: z.string().min(1),
  count: z.number().int().positive(),
  spans: z.array(MentionSpanSchema),
});
export type MentionRow = z.infer<typeof MentionRowSchema>;

/** `meta`: small keyed records about the store itself. */
export const MetaRowSchema = z.discriminatedUnion('key', [
  /** The installed knowledge bundle. */
  z.object({ key: z.literal('bundle'), version: z.string(), catalogVersion: z.number().int(), installedAt: z.string() }),
  /** Written once when the store is first filled; its loss while an install flag exists = eviction. */
  z.object({ key: z.literal('marker'), installId: z.string().min(1), createdAt: z.string() }),
  /** Set when an eviction was detected, until the user dismisses the notice. */
  z.object({ key: z.literal('eviction'), detectedAt: z.string() }),
]);
export type MetaRow = z.infer<typeof MetaRowSchema>;

/**
 * `entityViews` (schema v2): when the user last looked at an entity (opened its card or its
 * timeline). Facts about it that arrived later are "new since". Local only; viewing resets it.
 */
export const EntityViewRowSchema = z.object({ entityId: z.string().min(1).max(200), seenAt: IsoTimestamp });
export type EntityViewRow = z.infer<typeof EntityViewRowSchema>;

const HostName = z
  .string()
  .max(253)
  .regex(/^[a-z0-9.:[\]-]*$/);

/**
 * `hiddenNames` (schema v3): a form of an entity (`text`), or the whole entity (`text: ''`), that
 * the user hid everywhere (`site: ''`) or on one site (a host name). Key `[entityId+text+site]`.
 */
export const HiddenNameRowSchema = z.object({
  entityId: z.string().min(1).max(200),
  text: z.string().max(200),
  site: HostName,
  hiddenAt: IsoTimestamp,
});
export type HiddenNameRow = z.infer<typeof HiddenNameRowSchema>;

/** `dismissed` (schema v3): a suggested name the user dismissed; it stays dismissed. Key `key` (the name case-folded). */
export const DismissedRowSchema = z.object({ key: z.string().min(1).max(200), name: z.string().min(1).max(200), dismissedAt: IsoTimestamp });
export type DismissedRow = z.infer<typeof DismissedRowSchema>;

/**
 * `candidates` (schema v3): a name one saved article suggests adding (lib/spotter/candidates.ts),
 * found when it was saved or re-read. Key `[sourceId+key]`; `key` indexes the same name across articles.
 */
export const CandidateRowSchema = z.object({
  sourceId: z.string().min(1).max(200),
  key: z.string().min(1).max(200),
  name: z.string().min(1).max(200),
  kind: EntityKindSchema,
  aliases: z.array(z.string().min(1).max(200)).max(30),
  count: z.number().int().nonnegative(),
  sentence: z.string().max(4000),
  start: z.number().int().nonnegative(),
  role: z.string().max(300).optional(),
  evidence: z.array(z.string().max(40)).max(10),
});
export type CandidateRow = z.infer<typeof CandidateRowSchema>;

/** The schema each table's rows must satisfy on write, by table name. */
export const ROW_SCHEMAS = {
  entities: EntityRowSchema,
  sources: SourceRowSchema,
  sourceTexts: SourceTextRowSchema,
  facts: FactRowSchema,
  factEntities: FactEntityRowSchema,
  mentions: MentionRowSchema,
  meta: MetaRowSchema,
  entityViews: EntityViewRowSchema,
  hiddenNames: HiddenNameRowSchema,
  dismissed: DismissedRowSchema,
  candidates: CandidateRowSchema,
} as const;

/** What a timeline shows about a fact's source (no text). */
export const SourceSummarySchema = SourceRowSchema.pick({
  id: true,
  origin: true,
  title: true,
  publisher: true,
  published: true,
  publishedFrom: true,
  url: true,
});
export type SourceSummary = z.infer<typeof SourceSummarySchema>;

/** One timeline row: the fact (as stored, without store-only keys), its source, and when it arrived. */
export const TimelineItemSchema = z.object({ fact: SourcedFactSchema, source: SourceSummarySchema, arrivedAt: IsoTimestamp.optional() });
export type TimelineItem = z.infer<typeof TimelineItemSchema>;

/** An entity that shares facts with others, and how many. */
export const RelatedEntitySchema = z.object({
  id: z.string(),
  name: z.string(),
  kind: EntityRowSchema.shape.kind,
  shared: z.number().int().positive(),
});
export type RelatedEntity = z.infer<typeof RelatedEntitySchema>;

/** One claim of a group as the UI shows it: the fact's words, the value, and its source. */
export const ClaimViewSchema = z.object({
  factId: z.string(),
  sourceId: z.string(),
  quote: z.string(),
  /** The event's words inside `quote`, when its sentence holds several. */
  clause: SourcedFactSchema.shape.clause,
  value: z.string(),
  source: SourceSummarySchema.optional(),
});
export type ClaimView = z.infer<typeof ClaimViewSchema>;

/** Claims about one topic that disagree ("Sources disagree") or agree ("2 sources agree"). */
export const ClaimGroupViewSchema = z.object({
  topic: z.string(),
  entityIds: z.array(z.string()),
  why: z.string(),
  claims: z.array(ClaimViewSchema).min(2),
});
export type ClaimGroupView = z.infer<typeof ClaimGroupViewSchema>;

/** Where the store's claims about something disagree and agree. */
export const ClaimsViewSchema = z.object({ contested: z.array(ClaimGroupViewSchema), corroborated: z.array(ClaimGroupViewSchema) });
export type ClaimsView = z.infer<typeof ClaimsViewSchema>;

/** Facts about an entity that arrived since the user last looked at it ("3 new since 12 Nov"). */
export const NewSinceSchema = z.object({ since: IsoTimestamp, count: z.number().int().nonnegative() });
export type NewSince = z.infer<typeof NewSinceSchema>;

/** What the hover card and the entity page need in one read. */
export const EntityCardSchema = z.object({
  entity: EntityRowSchema,
  /** The five newest facts. */
  latestFacts: z.array(TimelineItemSchema),
  /** Distinct sources that mention the entity. */
  sourceCount: z.number().int().nonnegative(),
  related: z.array(RelatedEntitySchema),
  /** Where claims about it disagree and agree (schema v2). */
  claims: ClaimsViewSchema.optional(),
  /** Its facts that arrived since the user last opened its card or timeline (schema v2). */
  newSince: NewSinceSchema.optional(),
});
export type EntityCard = z.infer<typeof EntityCardSchema>;

/** A mention as bundled/exported: one occurrence, tied to its source. */
export const SourcedMentionSchema = MentionSchema.extend({ sourceId: z.string() });
export type SourcedMention = z.infer<typeof SourcedMentionSchema>;

/** A fact as the pipeline produces it for a new article (its `sourceId` is set by the store). */
export const IncomingFactSchema = FactSchema.extend({ sourceId: z.string().optional() });
