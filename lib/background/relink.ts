/**
 * Re-reading saved articles when the dictionary changes (issue 13): "adding re-links the past".
 * An entity added or edited by the user is looked for in every saved article's stored text (a
 * small trie of its own forms, cheap); the articles that name it, and those that mention an entity
 * that was deleted or merged away, go through the same pipeline as a save again, with the same
 * composed dictionary, so their facts, mentions and suggested names are what a save now would
 * store. Fact ids are stable (the text does not change), so the card and the timeline fill in
 * from what the user already saved, with no re-save.
 */
import type { MatchEntity } from '../catalog/match-dictionary';
import { extractFacts } from '../facts/extract';
import { siteOf } from '../settings/schema';
import { findCandidates } from '../spotter/candidates';
import { createSpotter } from '../spotter/matcher';
import { listSavedForRelink, readSavedText, replaceFindings, sourcesMentioning, type LodestoneDB } from '../store';
import type { ComposedDictionary } from './knowledge';

/** Which saved articles to read again. */
export interface RelinkScope {
  /** Articles whose text names any of these entities (by name, alias or derived form). */
  naming?: readonly MatchEntity[];
  /** Articles that mention any of these entity ids now. */
  mentioning?: readonly string[];
  /** These articles, whatever they name. */
  sourceIds?: readonly string[];
}

/** What re-reading needs: the composed dictionary per site (lib/background/knowledge.ts). */
export interface RelinkDeps {
  dictionaryFor: (db: LodestoneDB, site: string) => Promise<ComposedDictionary>;
  now?: () => Date;
}

/** The articles of `scope`, by id. */
async function affected(db: LodestoneDB, scope: RelinkScope): Promise<string[]> {
  const ids = new Set([...(scope.sourceIds ?? []), ...(await sourcesMentioning(db, scope.mentioning ?? []))]);
  if (scope.naming?.length) {
    // Matching only, no context rules: an article that merely might name it is read again.
    const probe = createSpotter(scope.naming);
    for (const { id } of await listSavedForRelink(db)) {
      if (ids.has(id)) continue;
      const text = (await db.sourceTexts.get(id))?.text ?? '';
      if (probe.scan(text).length) ids.add(id);
    }
  }
  return [...ids].filter((id) => id.startsWith('saved:'));
}

/** Reads the articles of `scope` again and stores what they say now; returns how many were re-read. */
export async function relinkSaved(db: LodestoneDB, deps: RelinkDeps, scope: RelinkScope): Promise<number> {
  let done = 0;
  for (const id of await affected(db, scope)) {
    const source = await readSavedText(db, id);
    if (!source) continue;
    const site = siteOf(source.url ?? source.canonicalUrl ?? '');
    const composed = await deps.dictionaryFor(db, site);
    const published = source.published;
    const precision = published.length === 4 ? 'year' : published.length === 7 ? 'month' : 'day';
    const { facts, mentions } = extractFacts({ text: source.text, published, sourceId: id, publishedPrecision: precision }, composed.spotter);
    const candidates = findCandidates(source.text, mentions, {
      isKnown: composed.isKnown,
      kindOf: composed.kindOf,
      exclude: [source.byline ?? '', source.publisher ?? ''],
    });
    const written = await replaceFindings(
      db,
      id,
      source.text.length,
      {
        facts: facts.map((f) => ({ ...f, sourceId: id })),
        mentions,
        candidates: candidates.map(({ role, ...c }) => ({ ...c, ...(role ? { role: role.slice(0, 300) } : {}) })),
      },
      deps.now,
    );
    if (written) done++;
  }
  return done;
}
