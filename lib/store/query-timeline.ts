/**
 * Timeline queries. Both walk an index in date order (`factEntities[entityId+sortKey]` for entity
 * filters, `facts.sortKey` otherwise) and stop as soon as a page is full, so their cost follows the
 * page size, not the store size. Safe inside Dexie `liveQuery` (Dexie reads only).
 */
import Dexie from 'dexie';
import type { EntityKind } from '../catalog/schema';
import type { LodestoneDB } from './db';
import type { FactEntityRow, FactRow, SourceRow, SourceSummary, TimelineItem } from './rows';
import { sortKeyBounds } from './sort-key';
import { toSourcedFact } from './source-graph';
import { foldForSearch, searchTerms } from './search-text';

/** Date order of a timeline. */
export type TimelineOrder = 'newest' | 'oldest';

/** Options for one entity's timeline. */
export interface EntityTimelineOptions {
  order?: TimelineOrder;
  /** Default: all of the entity's facts. */
  limit?: number;
}

/** Filters for the combined timeline; all given filters must hold. */
export interface TimelineQuery {
  /** Facts naming ANY of these entities (the page's chips). Omitted or empty: every fact. */
  entityIds?: readonly string[];
  order?: TimelineOrder;
  /** Page size (default 50) and start (default 0). */
  limit?: number;
  offset?: number;
  /** Words that must all appear (case/accent-insensitive) in the quote, its figures or its source's title/publisher. */
  query?: string;
  /** Facts naming at least one entity of these kinds. */
  kinds?: readonly EntityKind[];
  sourceIds?: readonly string[];
  /** Partial ISO dates; a fact is inside when its date starts within [from, to]. */
  from?: string;
  to?: string;
}

/** Projects a source row to what a timeline item shows. */
export function toSourceSummary(row: SourceRow): SourceSummary {
  const { id, origin, title, publisher, published, publishedFrom, url } = row;
  return { id, origin, title, published, publishedFrom, ...(publisher !== undefined ? { publisher } : {}), ...(url !== undefined ? { url } : {}) };
}

/** Joins fact rows with their source summaries, keeping order; facts whose source is gone are dropped. */
async function withSources(db: LodestoneDB, facts: readonly FactRow[], known = new Map<string, SourceSummary>()): Promise<TimelineItem[]> {
  const missing = [...new Set(facts.map((f) => f.sourceId))].filter((id) => !known.has(id));
  const rows = await db.sources.bulkGet(missing);
  for (const r of rows) if (r) known.set(r.id, toSourceSummary(r));
  const items: TimelineItem[] = [];
  for (const f of facts) {
    const source = known.get(f.sourceId);
    if (source) items.push({ fact: toSourcedFact(f), source, ...(f.arrivedAt ? { arrivedAt: f.arrivedAt } : {}) });
  }
  return items;
}

/** One entity's facts in date order (newest first by default), in one read-only transaction. */
export function getEntityTimeline(db: LodestoneDB, entityId: string, options: EntityTimelineOptions = {}): Promise<TimelineItem[]> {
  if (Dexie.currentTransaction) return readEntityTimeline(db, entityId, options);
  return db.transaction('r', [db.factEntities, db.facts, db.sources], () => readEntityTimeline(db, entityId, options));
}

async function readEntityTimeline(db: LodestoneDB, entityId: string, options: EntityTimelineOptions): Promise<TimelineItem[]> {
  let links = db.factEntities.where('[entityId+sortKey]').between([entityId, Dexie.minKey], [entityId, Dexie.maxKey]);
  if (options.order !== 'oldest') links = links.reverse();
  if (options.limit !== undefined) links = links.limit(Math.max(0, options.limit));
  const factIds = (await links.toArray()).map((l) => l.factId);
  const facts = (await db.facts.bulkGet(factIds)).filter((f): f is FactRow => f !== undefined);
  return withSources(db, facts);
}

/**
 * The combined timeline for the popup and the library page, one page at a time. One read-only
 * transaction for its several reads (links, facts, sources): with 10,000 facts the query is a few
 * small reads, and opening and committing a transaction for each was a third of its time.
 */
export function getTimeline(db: LodestoneDB, q: TimelineQuery = {}): Promise<TimelineItem[]> {
  if (Dexie.currentTransaction) return readTimeline(db, q);
  return db.transaction('r', [db.factEntities, db.facts, db.sources, db.entities], () => readTimeline(db, q));
}

async function readTimeline(db: LodestoneDB, q: TimelineQuery): Promise<TimelineItem[]> {
  const newest = q.order !== 'oldest';
  const limit = Math.max(0, q.limit ?? 50);
  const offset = Math.max(0, q.offset ?? 0);
  if (limit === 0) return [];
  const { lower, upper } = sortKeyBounds(q.from, q.to);
  const kindIds = q.kinds?.length
    ? new Set(
        await db.entities
          .where('kind')
          .anyOf([...q.kinds])
          .primaryKeys(),
      )
    : null;
  const sourceSet = q.sourceIds?.length ? new Set(q.sourceIds) : null;
  const terms = q.query ? searchTerms(q.query) : [];
  // Text search also looks at source titles, so it needs every source's summary (rows without text: small).
  const summaries = new Map<string, SourceSummary>();
  if (terms.length) for (const r of await db.sources.toArray()) summaries.set(r.id, toSourceSummary(r));

  const keep = (f: Pick<FactRow, 'entityIds' | 'sourceId'>): boolean =>
    (!sourceSet || sourceSet.has(f.sourceId)) && (!kindIds || f.entityIds.some((id) => kindIds.has(id)));
  const matches = (f: FactRow): boolean => {
    if (!terms.length) return true;
    const s = summaries.get(f.sourceId);
    const hay = foldForSearch([f.quote, ...f.figures.map((x) => x.text), s?.title ?? '', s?.publisher ?? ''].join('\n'));
    return terms.every((t) => hay.includes(t));
  };

  if (!q.entityIds?.length) {
    let coll = db.facts.where('sortKey').between(lower, upper, true, true);
    if (newest) coll = coll.reverse();
    if (sourceSet || kindIds || terms.length) coll = coll.filter((f) => keep(f) && matches(f));
    return withSources(db, await coll.offset(offset).limit(limit).toArray(), summaries);
  }

  // Per-entity index walks, merged. The walks of one round are asked for together, not one after
  // another: the transaction then lasts about one round trip to the store per round instead of one
  // per entity (a page naming 60 entities held it open for over a second in the popup, and a save's
  // write waits for every earlier read to end).
  const unfiltered = !sourceSet && !kindIds && !terms.length;
  const entityIds = [...new Set(q.entityIds)];
  const walk = (entityId: string) => {
    const coll = db.factEntities.where('[entityId+sortKey]').between([entityId, lower], [entityId, upper], true, true);
    return newest ? coll.reverse() : coll;
  };
  if (unfiltered && entityIds.length >= SCAN_FROM_ENTITIES) {
    // Many entities (a page's chips): their facts are usually among the newest of the whole store,
    // so one walk of the facts' date index, keeping the facts that name one of them, fills the page
    // after a few hundred rows, where even one short walk per entity costs a query each. A walk
    // that reads its budget without filling the page leaves it to the per-entity walks below.
    const wanted = new Set(entityIds);
    const need = offset + limit;
    const budget = need * SCAN_ROWS_PER_FACT + 200;
    const hits: FactRow[] = [];
    let seen = 0;
    let coll = db.facts.where('sortKey').between(lower, upper, true, true);
    if (newest) coll = coll.reverse();
    await coll
      .until(() => hits.length >= need || seen >= budget)
      .each((f) => {
        seen++;
        if (f.entityIds.some((id) => wanted.has(id))) hits.push(f);
      });
    if (hits.length >= need || seen < budget) return withSources(db, hits.slice(offset, offset + limit), summaries);
  }
  const merged = new Map<string, FactEntityRow>();
  if (unfiltered) {
    // Without post-filters only the first offset+limit facts of the merge matter, and each entity's
    // links come in merge order: read a few of every entity's links, then more only from the
    // entities whose last link read could still be followed by one on the page (`mergeFirst`).
    for (const link of await mergeFirst(entityIds, offset + limit, (id, skip, take) => walk(id).offset(skip).limit(take).toArray(), newest))
      merged.set(link.factId, link);
  } else {
    for (const links of await Promise.all(entityIds.map((id) => walk(id).toArray()))) for (const link of links) if (keep(link)) merged.set(link.factId, link);
  }
  const ordered = [...merged.values()].sort(compareLinks);
  if (newest) ordered.reverse();
  if (!terms.length) {
    const page = ordered.slice(offset, offset + limit).map((l) => l.factId);
    return withSources(
      db,
      (await db.facts.bulkGet(page)).filter((f): f is FactRow => f !== undefined),
      summaries,
    );
  }
  // Text search needs the quotes: fetch candidates in chunks until the page is full.
  const found: FactRow[] = [];
  const CHUNK = 200;
  for (let i = 0; i < ordered.length && found.length < offset + limit; i += CHUNK) {
    const chunk = await db.facts.bulkGet(ordered.slice(i, i + CHUNK).map((l) => l.factId));
    for (const f of chunk) if (f && matches(f)) found.push(f);
  }
  return withSources(db, found.slice(offset, offset + limit), summaries);
}

/** From how many entities the combined timeline first tries one walk of the facts' date index. */
const SCAN_FROM_ENTITIES = 8;
/** How many facts that walk may read per fact wanted before it gives way to per-entity walks. */
const SCAN_ROWS_PER_FACT = 8;

/** Timeline order of two links: by sort key, then fact id (the order of the `[entityId+sortKey]` index). */
function compareLinks(a: FactEntityRow, b: FactEntityRow): number {
  return a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.factId < b.factId ? -1 : a.factId > b.factId ? 1 : 0;
}

/**
 * The links of the first `need` distinct facts of a merge of several entities' ordered link lists,
 * reading each list in growing batches (`read(entityId, skip, take)` gives that slice of one list, in
 * the timeline's order). An entity is read further only while the last link read from it is not
 * behind the `need`-th fact found so far: a fact behind it cannot be on the page, since `need` facts
 * found come before it. With 160 entities and a page of 51 this reads a few hundred links instead
 * of 51 per entity.
 */
export async function mergeFirst(
  entityIds: readonly string[],
  need: number,
  read: (entityId: string, skip: number, take: number) => Promise<FactEntityRow[]>,
  newest: boolean,
): Promise<FactEntityRow[]> {
  if (need <= 0 || !entityIds.length) return [];
  const before = (a: FactEntityRow, b: FactEntityRow) => (newest ? compareLinks(b, a) : compareLinks(a, b)) < 0;
  const found = new Map<string, FactEntityRow>();
  const state = entityIds.map((id) => ({ id, read: 0, last: undefined as FactEntityRow | undefined, done: false }));
  let take = Math.max(4, Math.ceil((2 * need) / entityIds.length));
  let open = state;
  while (open.length) {
    const batches = await Promise.all(open.map((e) => read(e.id, e.read, take)));
    open.forEach((e, i) => {
      const links = batches[i]!;
      e.read += links.length;
      if (links.length < take) e.done = true;
      if (links.length) e.last = links[links.length - 1];
      for (const link of links) if (!found.has(link.factId)) found.set(link.factId, link);
    });
    // The need-th fact found so far, in timeline order (none yet: every open list goes on).
    const sorted = [...found.values()].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    const edge = sorted.length >= need ? sorted[need - 1] : undefined;
    open = state.filter((e) => !e.done && (!edge || !e.last || !before(edge, e.last)));
    take = Math.min(take * 2, 1000);
  }
  const sorted = [...found.values()].sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  return sorted.slice(0, need);
}
