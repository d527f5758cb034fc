/**
 * The one typed protocol between Lodestone's contexts. Every message type has a request and a
 * response schema (checked on arrival by the router and again by the client), says whether only
 * extension pages may send it (`privileged`), and whether it must come from a tab's content script
 * (`fromTab`: the tab id is then taken from the sender, never from the payload). Answers are
 * always `Result`s (see result.ts). Page scripts cannot reach `runtime.onMessage` at all, and
 * `window.postMessage` is never listened to.
 */
import { z } from '../zod';
import { ExtractedArticleSchema } from '../articles/extracted-article';
import { EntityKindSchema } from '../catalog/schema';
import { UserEntityInputSchema } from '../catalog/user-entity';
import { EntityCardSchema } from '../store/rows';

const EntityId = z
  .string()
  .max(200)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const SourceId = z.string().min(1).max(200);
const TabId = z.number().int().nonnegative();
const Url = z.string().min(1).max(8192);
const MAX_COUNTED_ENTITIES = 5000;

/** Mention counts per entity id on a page. */
export const MentionCountsSchema = z
  .record(EntityId, z.number().int().nonnegative().max(10_000_000))
  .refine((counts) => Object.keys(counts).length <= MAX_COUNTED_ENTITIES, { error: `More than ${MAX_COUNTED_ENTITIES} entities.` });

/** What the background knows about a tab (the popup header). */
export const TabStateSchema = z.object({
  url: Url,
  title: z.string().max(2000),
  /** Whether the page has readable article text (the save button's state). */
  readable: z.boolean(),
  counts: MentionCountsSchema,
  /** The saved source for this page's canonical URL, if saved. */
  savedSourceId: SourceId.nullable(),
  /** Set when the store cannot be opened here (private modes, storage disabled): the explanation. */
  storageUnavailable: z.string().max(500).optional(),
});
export type TabState = z.infer<typeof TabStateSchema>;

/** What a save did (the store's `SaveResult`). */
export const SaveResultSchema = z.object({ sourceId: SourceId, updated: z.boolean(), factCount: z.number().int().nonnegative() });

/** What a dictionary change did: the entity's id, what the user should know, how many saved articles were read again. */
export const DictionaryChangeSchema = z.object({ id: EntityId, warnings: z.array(z.string().max(1000)).max(50), relinked: z.number().int().nonnegative() });

const HideSchema = z.strictObject({
  entityId: EntityId,
  text: z.string().max(200),
  site: z
    .string()
    .max(253)
    .regex(/^[a-z0-9.:[\]-]*$/),
});

interface MessageDef<Req extends z.ZodType, Res extends z.ZodType> {
  request: Req;
  response: Res;
  /** Only extension pages (popup, library, background) may send it. */
  privileged: boolean;
  /** Must come from a content script in a tab; the handler gets that tab's id. */
  fromTab?: boolean;
  doc: string;
}
const def = <Req extends z.ZodType, Res extends z.ZodType>(d: MessageDef<Req, Res>): MessageDef<Req, Res> => d;
const Empty = z.strictObject({});

/** Every message, by type. */
export const MESSAGES = {
  ping: def({ request: Empty, response: z.literal('pong'), privileged: false, doc: 'Liveness check (tests wait for the background with it).' }),
  'page/report': def({
    request: z.strictObject({ url: Url, title: z.string().max(2000), counts: MentionCountsSchema, readable: z.boolean() }),
    response: z.null(),
    privileged: false,
    fromTab: true,
    doc: 'Content → background: what the page mentions and whether it is readable; sets the badge and the tab state.',
  }),
  'entity/card': def({
    request: z.strictObject({ entityId: EntityId }),
    response: EntityCardSchema,
    privileged: false,
    doc: 'Content → background: the hover card for an entity (the content script caches it per page), with its claims and what is new since the user last looked; opening it counts as looking. Unknown id: `not-found`.',
  }),
  'entities/seen': def({
    request: z.strictObject({ entityIds: z.array(EntityId).max(MAX_COUNTED_ENTITIES) }),
    response: z.null(),
    privileged: true,
    doc: 'Popup/library → background: the user looked at these entities’ timeline; what arrived before is no longer "new since" (issue 12).',
  }),
  'timeline/open': def({
    request: z.strictObject({ entityId: EntityId }),
    response: z.null(),
    privileged: false,
    fromTab: true,
    doc: 'Content → background: open the library timeline filtered to an entity ("Open timeline" on the card).',
  }),
  'tab/state': def({
    request: z.strictObject({ tabId: TabId }),
    response: TabStateSchema,
    privileged: true,
    doc: 'Popup → background: the state of a tab. Privileged: it reveals another tab’s address.',
  }),
  'article/save': def({
    request: z.strictObject({ tabId: TabId }),
    response: SaveResultSchema,
    privileged: true,
    doc: 'Popup → background: extract, run the pipeline, store. Privileged so a page cannot trigger writes. Errors: `no-article`, `too-large`, `quota`.',
  }),
  'article/extract': def({
    request: Empty,
    response: ExtractedArticleSchema,
    privileged: true,
    doc: 'Background → content script (tabs.sendMessage): Readability on a clone of the document. Errors: `no-article`.',
  }),
  'article/prepare': def({
    request: Empty,
    response: ExtractedArticleSchema.nullable(),
    privileged: true,
    doc: 'Background → content script: the article read ahead when the popup opens (issue 14), kept by the page for the click’s `article/extract`; null when the page has no article or is too large to read unasked.',
  }),
  'source/delete': def({
    request: z.strictObject({ sourceId: SourceId }),
    response: z.null(),
    privileged: true,
    doc: 'Library → background: delete a saved article with its facts and mentions. Seeds: `seed-readonly`.',
  }),
  'data/export': def({
    request: Empty,
    response: z.object({ json: z.string() }),
    privileged: true,
    doc: 'Library → background: everything the user added, as the versioned export JSON.',
  }),
  'data/import': def({
    request: z.strictObject({ json: z.string().max(64 * 1024 * 1024) }),
    response: z.object({
      added: z.number().int().nonnegative(),
      updated: z.number().int().nonnegative(),
      skipped: z.number().int().nonnegative(),
      /** Entities of the user's added, and dictionary rows changed (edits, hides, dismissals; issue 13). */
      entitiesAdded: z.number().int().nonnegative().optional(),
      dictionaryChanged: z.number().int().nonnegative().optional(),
    }),
    privileged: true,
    doc: 'Library → background: merge an export file; rejected whole (`invalid-import`) with the first problem named.',
  }),
  'mention/next': def({
    request: Empty,
    response: z.null(),
    privileged: true,
    doc: 'Background → content script: the `next-mention` keyboard command; step to the next highlighted mention and open its card.',
  }),
  'knowledge/changed': def({
    request: Empty,
    response: z.null(),
    privileged: true,
    doc: 'Background → content scripts: an article was saved, deleted or imported; drop cached card facts.',
  }),
  'dictionary/add-form': def({
    request: z.strictObject({ name: z.string().min(1).max(200), kind: EntityKindSchema }),
    response: z.null(),
    privileged: false,
    fromTab: true,
    doc: 'Content → background: "Add to Lodestone" on the card of a name the page introduces (issue 11): opens the library\u2019s add form (`#/dictionary?add=&kind=`) filled in; nothing is added until the reader confirms there.',
  }),
  'dictionary/add': def({
    request: z.strictObject({ entity: UserEntityInputSchema }),
    response: DictionaryChangeSchema,
    privileged: true,
    doc: 'Library → background: add an entity the user made up (issue 13); saved articles that name it are read again. Errors: `empty-name`, `too-short`, `too-long`, `markup`, `common-word`, `name-taken` (offer a merge), `invalid-name`, `too-many`.',
  }),
  'dictionary/update': def({
    request: z.strictObject({ id: EntityId, entity: UserEntityInputSchema }),
    response: DictionaryChangeSchema,
    privileged: true,
    doc: 'Library → background: the user’s version of an entity (theirs, or a catalog entity: the edit wins over every bundle). Same errors as `dictionary/add`, and `not-found`.',
  }),
  'dictionary/delete': def({
    request: z.strictObject({ id: EntityId }),
    response: z.object({ did: z.enum(['deleted', 'reverted']), relinked: z.number().int().nonnegative() }),
    privileged: true,
    doc: 'Library → background: delete an entity the user added, or undo their edit of a catalog entity. `not-found` when there is nothing of theirs.',
  }),
  'dictionary/merge': def({
    request: z.strictObject({ from: EntityId, into: EntityId }),
    response: z.object({ relinked: z.number().int().nonnegative() }),
    privileged: true,
    doc: 'Library → background: merge one entity into another (its names become the other’s aliases; a catalog entity merged away is hidden).',
  }),
  'names/hide': def({
    request: HideSchema,
    response: z.null(),
    privileged: true,
    doc: 'Library → background: hide a form of an entity (`text`) or the whole entity (`text: ""`), everywhere (`site: ""`) or on one host. Saved facts stay.',
  }),
  'names/unhide': def({
    request: HideSchema,
    response: z.null(),
    privileged: true,
    doc: 'Library → background: undo a hide. `not-found` when it was not hidden.',
  }),
  'card/hide': def({
    request: z.strictObject({ entityId: EntityId, text: z.string().max(200), where: z.enum(['site', 'everywhere']) }),
    response: z.null(),
    privileged: false,
    fromTab: true,
    doc: 'Content → background: "Not this" on a card: hide the mention’s form (`text`) or the entity (`text: ""`) on the sender tab’s site (taken from the sender, never the payload) or everywhere.',
  }),
  'suggestions/dismiss': def({
    request: z.strictObject({ key: z.string().min(1).max(200), name: z.string().min(1).max(200) }),
    response: z.null(),
    privileged: true,
    doc: 'Library → background: dismiss a suggested name; it stays dismissed.',
  }),
  'settings/changed': def({
    request: Empty,
    response: z.null(),
    privileged: true,
    doc: 'Popup/background → content scripts: re-read settings now (pause, sites, kinds) without a reload.',
  }),
} as const;

/** A message type. */
export type MessageType = keyof typeof MESSAGES;
/** The payload a message type takes. */
export type MessageRequest<K extends MessageType> = z.input<(typeof MESSAGES)[K]['request']>;
/** The value a message type answers with. */
export type MessageResponse<K extends MessageType> = z.output<(typeof MESSAGES)[K]['response']>;

/** Narrows an unknown string to a message type (own keys only: `constructor` is not a type). */
export function isMessageType(type: unknown): type is MessageType {
  return typeof type === 'string' && Object.hasOwn(MESSAGES, type);
}

/** The wire envelope. `payload` may be omitted for messages that take `{}`. */
export interface Envelope<K extends MessageType = MessageType> {
  type: K;
  payload?: MessageRequest<K>;
}
