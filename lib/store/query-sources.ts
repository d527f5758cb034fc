/**
 * Source queries: lookup by canonical URL (is this page saved?), the saved list, one source with
 * its text and facts (the reader), and table counts (the storage view).
 */
import type { SourcedFact } from '../facts/schema';
import { normaliseCanonicalUrl } from './canonical-url';
import type { LodestoneDB } from './db';
import type { SourceRow } from './rows';
import { foldForSearch, searchTerms } from './search-text';
import { readStoredSource, toSourcedFact, type StoredSource } from './source-graph';

/** The source saved under this canonical URL (normalised first), if any. */
export async function getSourceByUrl(db: LodestoneDB, canonicalUrl: string): Promise<SourceRow | undefined> {
  const url = normaliseCanonicalUrl(canonicalUrl);
  return url ? db.sources.where('canonicalUrl').equals(url).first() : undefined;
}

/** Saved articles, most recently saved first, optionally filtered by words in title/publisher/byline/URL. */
export async function listSavedSources(db: LodestoneDB, options: { query?: string; limit?: number; offset?: number } = {}): Promise<SourceRow[]> {
  const terms = options.query ? searchTerms(options.query) : [];
  let coll = db.sources
    .orderBy('savedAt')
    .reverse()
    .filter((s) => {
      if (s.origin !== 'saved') return false;
      if (!terms.length) return true;
      const hay = foldForSearch([s.title, s.publisher ?? '', s.byline ?? '', s.canonicalUrl ?? ''].join('\n'));
      return terms.every((t) => hay.includes(t));
    });
  if (options.offset) coll = coll.offset(options.offset);
  return coll.limit(Math.max(0, options.limit ?? 50)).toArray();
}

/** One source with its full text (the seed reader, export), or undefined. */
export async function getSource(db: LodestoneDB, sourceId: string): Promise<StoredSource | undefined> {
  return readStoredSource(db, sourceId);
}

/** A source's facts in reading order. */
export async function getSourceFacts(db: LodestoneDB, sourceId: string): Promise<SourcedFact[]> {
  const rows = await db.facts.where('sourceId').equals(sourceId).toArray();
  return rows.sort((a, b) => a.start - b.start).map(toSourcedFact);
}

/** Row counts for the storage view. */
export async function getStoreCounts(db: LodestoneDB): Promise<{ entities: number; savedSources: number; seedSources: number; facts: number }> {
  const [entities, savedSources, seedSources, facts] = await Promise.all([
    db.entities.count(),
    db.sources.where('origin').equals('saved').count(),
    db.sources.where('origin').equals('seed').count(),
    db.facts.count(),
  ]);
  return { entities, savedSources, seedSources, facts };
}
