/**
 * Re-reading a saved article in place (issue 13, "adding re-links the past"): when the dictionary
 * changes, the pipeline runs again on the article's stored text and its facts, mentions and
 * suggested names are replaced in one transaction. The text is not touched, so fact ids
 * (`source:start[:n]`) are stable: a fact that was there keeps its id and arrival time, and only a
 * sentence that newly names an entity brings a new fact.
 */
import type { Mention, SourcedFact } from '../facts/schema';
import { type LodestoneDB, sourceGraphTables } from './db';
import { StoreError, toStoreError } from './errors';
import {
  buildSourceGraph,
  deleteSourceChildren,
  keepArrivals,
  putSourceGraph,
  readArrivals,
  readStoredSource,
  type FoundCandidate,
  type StoredSource,
} from './source-graph';

/** The stored text of a saved article and what is needed to read it again. */
export async function readSavedText(db: LodestoneDB, sourceId: string): Promise<StoredSource | undefined> {
  const source = await readStoredSource(db, sourceId);
  return source?.origin === 'saved' ? source : undefined;
}

/** What the pipeline found on re-reading an article. */
export interface Findings {
  facts: readonly SourcedFact[];
  mentions: readonly Mention[];
  candidates: readonly FoundCandidate[];
}

/**
 * Replaces a saved article's facts, mentions and suggested names with `findings` (read from the
 * text stored now: `textLength` guards against a re-save in between). Returns false when the
 * article is gone or changed meanwhile (nothing written).
 */
export async function replaceFindings(
  db: LodestoneDB,
  sourceId: string,
  textLength: number,
  findings: Findings,
  now: () => Date = () => new Date(),
): Promise<boolean> {
  try {
    return await db.transaction('rw', sourceGraphTables(db), async () => {
      const source = await readStoredSource(db, sourceId);
      if (!source || source.origin !== 'saved') return false;
      if (source.text.length !== textLength) return false;
      for (const f of findings.facts) {
        if (f.sourceId !== sourceId || f.end > textLength) throw new StoreError('invalid-input', `Fact ${f.id} does not belong to ${sourceId}.`);
      }
      const arrivals = keepArrivals(await readArrivals(db, [sourceId]), now().toISOString());
      await deleteSourceChildren(db, [sourceId]);
      await putSourceGraph(db, buildSourceGraph(source, findings.facts, findings.mentions, arrivals, findings.candidates));
      return true;
    });
  } catch (err) {
    throw toStoreError(err);
  }
}
