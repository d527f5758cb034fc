/**
 * Saving and deleting the user's articles. Each operation is one read-write transaction over the
 * source graph, so an error (quota, a bad row) leaves nothing half-written, and IndexedDB runs
 * overlapping read-write transactions one after another, so twenty tabs saving the same canonical
 * URL at once end up as one record: the first creates it, the others update it in place.
 */
import { z } from '../zod';
import { MentionSchema, SourceSchema, type SourcedFact } from '../facts/schema';
import { normaliseCanonicalUrl } from './canonical-url';
import { type LodestoneDB, sourceGraphTables } from './db';
import { StoreError, toStoreError } from './errors';
import { savedSourceId } from '../text/hash';
import { CandidateRowSchema, IncomingFactSchema, MAX_SOURCE_TEXT_CHARS } from './rows';
import { buildSourceGraph, deleteSourceChildren, deleteSourceGraphs, keepArrivals, putSourceGraph, readArrivals } from './source-graph';
import { eventId, eventIndex } from '../facts/events';
import { describeIssue } from './describe-issue';

/** What the background passes after running the pipeline on an extracted article. */
export const SaveArticleInputSchema = z.object({
  /** The article; `id` and `origin` are set here (`saved:` + hash of the canonical URL). */
  source: SourceSchema.extend({
    id: z.string().optional(),
    origin: z.literal('saved').optional(),
    canonicalUrl: z.string().min(1),
  }),
  /** The pipeline's facts; their ids become `${sourceId}:${start}` (a sentence's further events: `…:${n}`). */
  facts: z.array(IncomingFactSchema),
  /** Every mention found in the text (aggregated per entity when stored). */
  mentions: z.array(MentionSchema),
  /** Names the article suggests adding (lib/spotter/candidates.ts; schema v3). */
  candidates: z
    .array(CandidateRowSchema.omit({ sourceId: true }))
    .max(200)
    .optional(),
});
export type SaveArticleInput = z.input<typeof SaveArticleInputSchema>;

/** What a save did. */
export interface SaveResult {
  sourceId: string;
  /** True when the canonical URL was already saved and its record was replaced in place. */
  updated: boolean;
  factCount: number;
}

/** Saves (or re-saves) an article with its facts and mentions. Throws `StoreError` on failure. */
export async function saveArticle(db: LodestoneDB, input: SaveArticleInput, now: () => Date = () => new Date()): Promise<SaveResult> {
  const length = input.source?.text?.length ?? 0;
  if (length > MAX_SOURCE_TEXT_CHARS) {
    throw new StoreError(
      'too-large',
      `This article is too long to save (${length.toLocaleString('en')} characters; the limit is ${MAX_SOURCE_TEXT_CHARS.toLocaleString('en')}). Nothing was stored.`,
    );
  }
  const parsed = SaveArticleInputSchema.safeParse(input);
  if (!parsed.success) throw new StoreError('invalid-input', `Cannot save this article: ${describeIssue(parsed.error)}`);
  const { source: src, facts, mentions, candidates } = parsed.data;
  const canonicalUrl = normaliseCanonicalUrl(src.canonicalUrl);
  if (!canonicalUrl) throw new StoreError('invalid-input', `Cannot save this article: "${src.canonicalUrl}" is not a web address.`);

  try {
    return await db.transaction('rw', sourceGraphTables(db), async () => {
      const existing = await db.sources.where('canonicalUrl').equals(canonicalUrl).first();
      const id = existing?.id ?? savedSourceId(canonicalUrl);
      if (!existing && (await db.sources.get(id))) {
        // Another URL already holds this hash (odds ~2^-64): refuse rather than overwrite it.
        throw new StoreError('unknown', 'Cannot save this article: its id collides with another saved article.');
      }
      // Re-saving keeps the arrival time of facts already there ("new since" counts only new ones).
      const arrivals = keepArrivals(existing ? await readArrivals(db, [id]) : new Map(), now().toISOString());
      if (existing) await deleteSourceChildren(db, [id]);
      const byId = new Map<string, SourcedFact>();
      for (const f of facts) {
        const factId = eventId(id, f.start, eventIndex(f));
        byId.set(factId, { ...f, id: factId, sourceId: id });
      }
      const source = { ...src, id, origin: 'saved' as const, canonicalUrl, savedAt: src.savedAt ?? now().toISOString() };
      await putSourceGraph(db, buildSourceGraph(source, [...byId.values()], mentions, arrivals, candidates ?? []));
      return { sourceId: id, updated: Boolean(existing), factCount: byId.size };
    });
  } catch (err) {
    throw toStoreError(err);
  }
}

/**
 * Deletes a saved article with its facts and mentions. Returns false if there was no such source;
 * throws `StoreError('seed-readonly')` for a seed source.
 */
export async function deleteSource(db: LodestoneDB, sourceId: string): Promise<boolean> {
  try {
    return await db.transaction('rw', sourceGraphTables(db), async () => {
      const row = await db.sources.get(sourceId);
      if (!row) return false;
      if (row.origin !== 'saved') throw new StoreError('seed-readonly', 'This source comes with Lodestone and cannot be deleted.');
      await deleteSourceGraphs(db, [sourceId]);
      return true;
    });
  } catch (err) {
    throw toStoreError(err);
  }
}
