/**
 * Where the store's claims disagree and agree (issue 12), for an entity's card or the facts a
 * timeline shows. Reads only the facts that share a claim topic (`facts.claimKeys`, multi-entry),
 * then compares them with the pure `compareClaims`; saved articles take part like seeds.
 */
import { claimKeys, compareClaims, type ClaimGroup } from '../facts/claim-compare';
import type { SourcedFact } from '../facts/schema';
import type { LodestoneDB } from './db';
import type { ClaimGroupView, ClaimsView, FactRow, SourceSummary } from './rows';
import { toSourceSummary } from './query-timeline';
import { toSourcedFact } from './source-graph';

const EMPTY: ClaimsView = { contested: [], corroborated: [] };

/** Every fact that has a claim on one of `keys`. */
async function factsOnTopics(db: LodestoneDB, keys: readonly string[]): Promise<SourcedFact[]> {
  if (!keys.length) return [];
  const rows = await db.facts
    .where('claimKeys')
    .anyOf([...new Set(keys)])
    .distinct()
    .toArray();
  return rows.map((r: FactRow) => toSourcedFact(r));
}

/** Compares the facts and keeps the groups `keep` accepts, with sources and clauses for display. */
async function compareForView(db: LodestoneDB, found: readonly SourcedFact[], keep: (g: ClaimGroup) => boolean): Promise<ClaimsView> {
  if (found.length < 2) return EMPTY;
  // A stable order whatever the index gave: by source, then place in it.
  const facts = [...found].sort((a, b) => a.sourceId.localeCompare(b.sourceId) || a.start - b.start || a.id.localeCompare(b.id));
  const entities = await db.entities.bulkGet([...new Set(facts.flatMap((f) => (f.claims ?? []).flatMap((c) => [c.entityId, ...(c.actors ?? [])])))]);
  const names = new Map(entities.filter((e) => e !== undefined).map((e) => [e.id, e.name]));
  const result = compareClaims(facts, (id) => names.get(id) ?? id);
  const sources = new Map<string, SourceSummary>();
  for (const s of await db.sources.bulkGet([...new Set(facts.map((f) => f.sourceId))])) if (s) sources.set(s.id, toSourceSummary(s));
  const byId = new Map(facts.map((f) => [f.id, f]));
  const view = (g: ClaimGroup): ClaimGroupView => ({
    topic: g.topic,
    entityIds: g.entityIds,
    why: g.why,
    claims: g.claims.map((c) => {
      const clause = byId.get(c.factId)?.clause;
      const source = sources.get(c.sourceId);
      return { factId: c.factId, sourceId: c.sourceId, quote: c.quote, value: c.value, ...(clause ? { clause } : {}), ...(source ? { source } : {}) };
    }),
  });
  return { contested: result.contested.filter(keep).map(view), corroborated: result.corroborated.filter(keep).map(view) };
}

/** Where claims about `entityId` disagree and agree, across every source in the store. */
export async function getEntityClaims(db: LodestoneDB, entityId: string): Promise<ClaimsView> {
  const own = (await db.facts.where('claimKeys').startsWith(`${entityId}|`).distinct().toArray()).map((r) => toSourcedFact(r));
  const keys = own.flatMap((f) => (f.claims ?? []).flatMap(claimKeys));
  return compareForView(db, await factsOnTopics(db, keys), (g) => g.entityIds.includes(entityId));
}

/** Where the claims of `facts` (a timeline page) disagree or agree with any others in the store. */
export async function getClaimsForFacts(db: LodestoneDB, facts: readonly Pick<SourcedFact, 'id' | 'claims'>[]): Promise<ClaimsView> {
  const keys = facts.flatMap((f) => (f.claims ?? []).flatMap(claimKeys));
  if (!keys.length) return EMPTY;
  const ids = new Set(facts.map((f) => f.id));
  return compareForView(db, await factsOnTopics(db, keys), (g) => g.claims.some((c) => ids.has(c.factId)));
}
