/**
 * Saving the article in a tab: the content script extracts it (Readability on a clone of the
 * document), the background runs the one pipeline on it and stores source, facts and mentions in
 * one transaction. Errors come back as `MessageError`s with a code the popup can show.
 */
import { extractArticle } from '../facts/extract';
import type { MessageClient } from '../messages/client';
import { MessageError } from '../messages/result';
import { findCandidates, type CandidateOptions } from '../spotter/candidates';
import type { Spotter } from '../spotter/matcher';
import { siteOf } from '../settings/schema';
import { normaliseCanonicalUrl, saveArticle, savedSourceId, type LodestoneDB, type SaveResult } from '../store';

/** What saving needs besides the store. */
export interface SaveTabDeps {
  sendToTab: MessageClient['sendToTab'];
  /** Injects the content script on click-to-annotate sites; false when the browser refuses. */
  inject: (tabId: number) => Promise<boolean>;
  /** The spotter for the article's site: the seed dictionary with the user's overlay (knowledge.ts). */
  spotterFor: (db: LodestoneDB, site: string) => Promise<Spotter>;
  /** What the same dictionary knows, for finding the names the article suggests (none when absent). */
  namesFor?: (db: LodestoneDB, site: string) => Promise<Pick<CandidateOptions, 'isKnown' | 'kindOf'>>;
  /** Remembers the canonical URL this tab saved (lib/background/saved-pages.ts). */
  rememberSaved: (tabId: number, pageUrl: string, canonicalUrl: string) => Promise<void>;
  /** Turns the tab's badge green. */
  markSaved: (tabId: number) => Promise<void>;
  /** Tells open tabs the knowledge changed (not awaited). */
  notifyChanged: () => Promise<void>;
  now?: () => Date;
}

/** Extracts, reads and stores the article shown in `tabId`. */
export async function saveTab(deps: SaveTabDeps, db: LodestoneDB, tabId: number): Promise<SaveResult> {
  let extracted = await deps.sendToTab(tabId, 'article/extract', {});
  if (!extracted.ok && extracted.error.code === 'no-receiver' && (await deps.inject(tabId))) {
    extracted = await deps.sendToTab(tabId, 'article/extract', {});
  }
  if (!extracted.ok) {
    const { code, message } = extracted.error;
    throw new MessageError(
      code,
      code === 'no-receiver' ? 'Lodestone cannot read this page (browser pages, the web store and pages it has no access to cannot be saved).' : message,
    );
  }
  const article = extracted.value;
  const canonicalUrl = normaliseCanonicalUrl(article.canonicalUrl) ?? normaliseCanonicalUrl(article.url);
  if (!canonicalUrl) throw new MessageError('no-article', 'This page has no web address Lodestone can save it under.');
  const sourceId = savedSourceId(canonicalUrl);
  const site = siteOf(article.url);
  // Asked together: the knowledge composes the site's dictionary once for both.
  const [spotter, names] = await Promise.all([deps.spotterFor(db, site), deps.namesFor?.(db, site)]);
  const precision = article.published.length === 4 ? 'year' : article.published.length === 7 ? 'month' : 'day';
  const result = extractArticle(article.text, { published: article.published, sourceId, publishedPrecision: precision }, spotter);
  // Learning (issue 13): the names the article suggests adding, stored with it.
  const candidates = names ? findCandidates(result.text, result.mentions, { ...names, exclude: [article.byline ?? '', article.siteName ?? ''] }) : [];
  const saved = await saveArticle(db, {
    source: {
      id: sourceId,
      origin: 'saved',
      title: article.title || canonicalUrl,
      ...(article.siteName ? { publisher: article.siteName } : {}),
      ...(article.byline ? { byline: article.byline } : {}),
      // The address it was read at (links open the text the user saw); the canonical URL identifies it.
      url: normaliseCanonicalUrl(article.url) ?? canonicalUrl,
      canonicalUrl,
      published: article.published,
      publishedFrom: article.publishedFrom,
      text: result.text,
      savedAt: (deps.now?.() ?? new Date()).toISOString(),
    },
    facts: result.facts.map((f) => ({ ...f, sourceId })),
    mentions: result.mentions,
    candidates: candidates.map(({ evidence, role, ...c }) => ({ ...c, evidence, ...(role ? { role: role.slice(0, 300) } : {}) })),
  });
  await deps.rememberSaved(tabId, article.url, canonicalUrl);
  await deps.markSaved(tabId);
  void deps.notifyChanged();
  return saved;
}
