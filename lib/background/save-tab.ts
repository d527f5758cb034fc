/**
 * Saving the article in a tab: the content script extracts it (Readability on a clone of the
 * document), the background runs the one pipeline on it and stores source, facts and mentions in
 * one transaction. Errors come back as `MessageError`s with a code the popup can show.
 *
 * The reading (extraction and pipeline) can run ahead, when the popup opens on a readable page
 * (`prepareTab`, kept by `prepared-saves.ts`): the click then finds the article read and only
 * stores it. A reading made ahead is used only for the very article the click extracts, read with
 * the very dictionary the click would use, so what is stored is what reading on the click gives.
 */
import type { ExtractedArticle } from '../articles/extracted-article';
import { extractArticle, type ArticleExtraction } from '../facts/extract';
import type { MessageClient } from '../messages/client';
import { MessageError } from '../messages/result';
import { findCandidates, type CandidateOptions, type NameCandidate } from '../spotter/candidates';
import type { Spotter } from '../spotter/matcher';
import { siteOf } from '../settings/schema';
import { normaliseCanonicalUrl, saveArticle, savedSourceId, type LodestoneDB, type SaveResult } from '../store';

/** What the dictionary knows, for finding the names an article suggests. */
export type KnownNames = Pick<CandidateOptions, 'isKnown' | 'kindOf'>;

/** An article read by the pipeline with one dictionary: everything saving stores but the save time. */
export interface ArticleReading {
  article: ExtractedArticle;
  canonicalUrl: string;
  sourceId: string;
  spotter: Spotter;
  names: KnownNames | undefined;
  result: ArticleExtraction;
  candidates: NameCandidate[];
}

/** Readings made ahead of a click, by tab (`prepared-saves.ts`). */
export interface ReadingsAhead {
  /** The tab's reading made ahead (waited for if still running), or undefined; it is used up. */
  take(tabId: number): Promise<ArticleReading | undefined> | undefined;
}

/** What saving needs besides the store. */
export interface SaveTabDeps {
  sendToTab: MessageClient['sendToTab'];
  /** Injects the content script on click-to-annotate sites; false when the browser refuses. */
  inject: (tabId: number) => Promise<boolean>;
  /** The spotter for the article's site: the seed dictionary with the user's overlay (knowledge.ts). */
  spotterFor: (db: LodestoneDB, site: string) => Promise<Spotter>;
  /** What the same dictionary knows, for finding the names the article suggests (none when absent). */
  namesFor?: (db: LodestoneDB, site: string) => Promise<KnownNames>;
  /** Remembers the canonical URL this tab saved (lib/background/saved-pages.ts). */
  rememberSaved: (tabId: number, pageUrl: string, canonicalUrl: string) => Promise<void>;
  /** Turns the tab's badge green. */
  markSaved: (tabId: number) => Promise<void>;
  /** Tells open tabs the knowledge changed (not awaited). */
  notifyChanged: () => Promise<void>;
  now?: () => Date;
  /** Readings made when the popup opened (none: every save reads on the click). */
  ahead?: ReadingsAhead;
  /** Records when each stage of the save ended (the benchmark reads them through the debug hook). */
  mark?: (stage: SaveStage) => void;
}

/** The stages of a save, in order, as `mark` reports them. */
export type SaveStage = 'start' | 'extracted' | 'dictionary' | 'pipeline' | 'candidates' | 'stored' | 'done';

/** The dictionary of the article's site: its spotter and what it knows (asked together: one composition). */
async function dictionaryOf(deps: Pick<SaveTabDeps, 'spotterFor' | 'namesFor'>, db: LodestoneDB, url: string) {
  const site = siteOf(url);
  const [spotter, names] = await Promise.all([deps.spotterFor(db, site), deps.namesFor?.(db, site)]);
  return { spotter, names };
}

/** Runs the pipeline on an extracted article with the given dictionary. */
function readArticle(
  article: ExtractedArticle,
  spotter: Spotter,
  names: KnownNames | undefined,
  mark: (stage: SaveStage) => void = () => undefined,
): ArticleReading {
  const canonicalUrl = normaliseCanonicalUrl(article.canonicalUrl) ?? normaliseCanonicalUrl(article.url);
  if (!canonicalUrl) throw new MessageError('no-article', 'This page has no web address Lodestone can save it under.');
  const sourceId = savedSourceId(canonicalUrl);
  const precision = article.published.length === 4 ? 'year' : article.published.length === 7 ? 'month' : 'day';
  const result = extractArticle(article.text, { published: article.published, sourceId, publishedPrecision: precision }, spotter);
  mark('pipeline');
  // Learning (issue 13): the names the article suggests adding, stored with it.
  const candidates = names ? findCandidates(result.text, result.mentions, { ...names, exclude: [article.byline ?? '', article.siteName ?? ''] }) : [];
  mark('candidates');
  return { article, canonicalUrl, sourceId, spotter, names, result, candidates };
}

/** The same article (every field the extraction gives), read with the same dictionary. */
function sameReading(r: ArticleReading, article: ExtractedArticle, spotter: Spotter, names: KnownNames | undefined): boolean {
  return r.spotter === spotter && r.names === names && JSON.stringify(r.article) === JSON.stringify(article);
}

/**
 * Reads the article in `tabId` ahead of a click (the popup opened on a readable page): extraction
 * and pipeline, nothing stored. Undefined when the tab has no content script, no article or one too
 * large to read unasked (`article/prepare`); never throws (the click will try again, and say why).
 */
export async function prepareTab(
  deps: Pick<SaveTabDeps, 'sendToTab' | 'spotterFor' | 'namesFor'>,
  db: LodestoneDB,
  tabId: number,
): Promise<ArticleReading | undefined> {
  try {
    const extracted = await deps.sendToTab(tabId, 'article/prepare', {});
    if (!extracted.ok || !extracted.value) return undefined;
    const { spotter, names } = await dictionaryOf(deps, db, extracted.value.url);
    return readArticle(extracted.value, spotter, names);
  } catch {
    return undefined;
  }
}

/** Extracts, reads and stores the article shown in `tabId`. */
export async function saveTab(deps: SaveTabDeps, db: LodestoneDB, tabId: number): Promise<SaveResult> {
  const mark = deps.mark ?? (() => undefined);
  mark('start');
  // Taken first: a reading still running is waited for below, not started again.
  const ahead = deps.ahead?.take(tabId);
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
  mark('extracted');
  const { spotter, names } = await dictionaryOf(deps, db, article.url);
  mark('dictionary');
  const early = await ahead?.catch(() => undefined);
  const reading =
    early && sameReading(early, article, spotter, names) ? (mark('pipeline'), mark('candidates'), early) : readArticle(article, spotter, names, mark);
  const { result, candidates, canonicalUrl, sourceId } = reading;
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
  mark('stored');
  await deps.rememberSaved(tabId, article.url, canonicalUrl);
  await deps.markSaved(tabId);
  void deps.notifyChanged();
  mark('done');
  return saved;
}
