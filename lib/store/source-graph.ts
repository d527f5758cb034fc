/**
 * A source and everything hanging off it (text, facts, fact–entity links, mentions) as rows, and
 * the writes that put or remove them together. Shared by bundle install, saving and import so the
 * denormalised rows can never disagree. The write helpers must run inside a transaction that
 * covers `sourceGraphTables(db)`.
 */
import Dexie from 'dexie';
import { claimKeys } from '../facts/claim-compare';
import type { Mention, Source, SourcedFact } from '../facts/schema';
import type { LodestoneDB } from './db';
import type { CandidateRow, FactEntityRow, FactRow, MentionRow, SourceRow, SourceTextRow, SourcedMention } from './rows';
import { factSortKey } from './sort-key';

/** A full source as callers hold it: the article plus, for saved ones, its canonical URL. */
export type StoredSource = Source & { canonicalUrl?: string };

/** The rows for one source. */
export interface SourceGraph {
  source: SourceRow;
  text: SourceTextRow;
  facts: FactRow[];
  links: FactEntityRow[];
  mentions: MentionRow[];
  /** Names the article suggests adding (schema v3); none for seeds and imports (the background finds them). */
  candidates: CandidateRow[];
}

/** A suggested name as the pipeline finds it (a candidate row without its source). */
export type FoundCandidate = Omit<CandidateRow, 'sourceId'>;

/**
 * When each fact arrived in the store: one time for all (a save, an import), or per fact (a bundle
 * install keeps the time of facts it already had). Defaults to now.
 */
export type Arrival = string | ((fact: SourcedFact) => string);

/** Builds the rows for `source`; facts and mentions are tied to `source.id` whatever they said. */
export function buildSourceGraph(
  source: StoredSource,
  facts: readonly SourcedFact[],
  mentions: readonly Mention[],
  arrival: Arrival = new Date().toISOString(),
  candidates: readonly FoundCandidate[] = [],
): SourceGraph {
  const { text, ...meta } = source;
  const factRows: FactRow[] = facts.map((f) => {
    const fact = { ...f, sourceId: source.id };
    const arrivedAt = typeof arrival === 'string' ? arrival : arrival(fact);
    return { ...fact, sortKey: factSortKey(fact), claimKeys: [...new Set((fact.claims ?? []).flatMap(claimKeys))], arrivedAt };
  });
  const links: FactEntityRow[] = [];
  for (const f of factRows) {
    const entityIds = [...new Set(f.entityIds)];
    for (const entityId of entityIds) links.push({ entityId, factId: f.id, sourceId: source.id, sortKey: f.sortKey, entityIds, arrivedAt: f.arrivedAt });
  }
  const byEntity = new Map<string, MentionRow>();
  for (const m of mentions) {
    let row = byEntity.get(m.entityId);
    if (!row) byEntity.set(m.entityId, (row = { sourceId: source.id, entityId: m.entityId, count: 0, spans: [] }));
    row.count++;
    row.spans.push({ text: m.text, start: m.start, end: m.end });
  }
  for (const row of byEntity.values()) row.spans.sort((a, b) => a.start - b.start);
  return {
    source: { ...meta, textLength: text.length, factCount: factRows.length },
    text: { id: source.id, text },
    facts: factRows,
    links,
    mentions: [...byEntity.values()],
    candidates: candidates.map((c) => ({ ...c, sourceId: source.id })),
  };
}

/** Writes a built graph (inside the caller's transaction). */
export async function putSourceGraph(db: LodestoneDB, graph: SourceGraph): Promise<void> {
  await db.sources.put(graph.source);
  await db.sourceTexts.put(graph.text);
  await db.facts.bulkPut(graph.facts);
  await db.factEntities.bulkPut(graph.links);
  await db.mentions.bulkPut(graph.mentions);
  if (graph.candidates.length) await db.candidates.bulkPut(graph.candidates);
}

/** Removes the facts, links and mentions of the given sources (inside the caller's transaction). */
export async function deleteSourceChildren(db: LodestoneDB, sourceIds: readonly string[]): Promise<void> {
  if (!sourceIds.length) return;
  await db.facts.where('sourceId').anyOf(sourceIds).delete();
  await db.factEntities.where('sourceId').anyOf(sourceIds).delete();
  await db.candidates.where('sourceId').anyOf(sourceIds).delete();
  for (const id of sourceIds) {
    await db.mentions.where('[sourceId+entityId]').between([id, Dexie.minKey], [id, Dexie.maxKey]).delete();
  }
}

/** Removes the sources themselves and everything hanging off them. */
export async function deleteSourceGraphs(db: LodestoneDB, sourceIds: readonly string[]): Promise<void> {
  await deleteSourceChildren(db, sourceIds);
  await db.sourceTexts.bulkDelete([...sourceIds]);
  await db.sources.bulkDelete([...sourceIds]);
}

/** Expands stored mention rows back to one record per occurrence (the bundle/export shape). */
export function expandMentions(rows: readonly MentionRow[]): SourcedMention[] {
  return rows.flatMap((r) => r.spans.map((s) => ({ sourceId: r.sourceId, entityId: r.entityId, text: s.text, start: s.start, end: s.end })));
}

/** Strips the store-only keys (sort key, claim keys, arrival) from a fact row. */
export function toSourcedFact(row: FactRow): SourcedFact {
  const { sortKey: _sortKey, claimKeys: _claimKeys, arrivedAt: _arrivedAt, ...fact } = row;
  return fact;
}

/** When each fact id of `sourceIds` arrived (read before their rows are replaced, to keep it). */
export async function readArrivals(db: LodestoneDB, sourceIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (!sourceIds.length) return out;
  for (const f of await db.facts
    .where('sourceId')
    .anyOf([...sourceIds])
    .toArray())
    out.set(`${f.sourceId}|${f.id}`, f.arrivedAt ?? '');
  return out;
}

/**
 * The arrival rule when a source's facts are replaced (a new bundle, a re-save, an import over an
 * older copy): a fact that was there before keeps its time — by id, or by its sentence
 * (`source:start`, so a sentence newly read as several events is not "new") — and only a truly new
 * one gets `now`.
 */
export function keepArrivals(before: ReadonlyMap<string, string>, now: string): (f: SourcedFact) => string {
  return (f) => before.get(`${f.sourceId}|${f.id}`) || before.get(`${f.sourceId}|${f.sourceId}:${f.start}`) || now;
}

/** Reads a full source (metadata joined with its text), without store-only fields. */
export async function readStoredSource(db: LodestoneDB, id: string): Promise<StoredSource | undefined> {
  const [row, text] = await Promise.all([db.sources.get(id), db.sourceTexts.get(id)]);
  if (!row) return undefined;
  const { textLength: _len, factCount: _count, ...meta } = row;
  return { ...meta, text: text?.text ?? '' };
}
