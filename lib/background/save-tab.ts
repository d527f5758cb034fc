/**
 * Saving the article in a tab: the content script extracts it (Readability on a clone of the
 * document), the background runs the one pipeline on it and stores source, facts and mentions in
 * one transaction. Errors come back as `MessageError`s with a code the popup can show.
 */
import { extractArticle } from '../facts/extract';
import { MessageError } from '../messages/result';
import { sendToTab } from '../messages/browser';
import { saveArticle, savedSourceId, normaliseCanonicalUrl, type LodestoneDB, type SaveResult } from '../store';
import { getSpotter } from './knowledge';
import { notifyKnowledgeChanged } from './broadcast';
import { injectContentScript } from './inject';
import { rememberSavedPage } from './saved-pages';
import { markTabSaved } from './tab-state';

/** Extracts, reads and stores the article shown in `tabId`. */
export async function saveTab(db: LodestoneDB, tabId: number): Promise<SaveResult> {
  let extracted = await sendToTab(tabId, 'article/extract', {});
  if (!extracted.ok && extracted.code === 'no-receiver' && (await injectContentScript(tabId))) {
    extracted = await sendToTab(tabId, 'article/extract', {});
  }
  if (!extracted.ok) {
    const code = extracted.code ?? 'no-article';
    const message = code === 'no-receiver'
      ? 'Lodestone cannot read this page (browser pages, the web store and pages it has no access to cannot be saved).'
      : extracted.error;
    throw new MessageError(code, message);
  }
  const article = extracted.value;
  const canonicalUrl = normaliseCanonicalUrl(article.canonicalUrl) ?? normaliseCanonicalUrl(article.url);
  if (!canonicalUrl) throw new MessageError('no-article', 'This page has no web address Lodestone can save it under.');
  const sourceId = savedSourceId(canonicalUrl);
  const spotter = await getSpotter(db);
  const precision = article.published.length === 4 ? 'year' : article.published.length === 7 ? 'month' : 'day';
  const result = extractArticle(article.text, { published: article.published, sourceId, publishedPrecision: precision }, spotter);
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
      savedAt: new Date().toISOString(),
    },
    facts: result.facts.map((f) => ({ ...f, sourceId })),
    mentions: result.mentions,
  });
  await rememberSavedPage(tabId, article.url, canonicalUrl);
  await markTabSaved(tabId);
  void notifyKnowledgeChanged();
  return saved;
}
