/**
 * The page's article, extracted once and handed out again until the page changes. Readability on a
 * clone of a 5,000-word page is the longest step of a save (hundreds of milliseconds on a cold
 * content script), and the background asks for the article twice when the popup opens: to read it
 * ahead of the click (`lib/background/prepared-saves.ts`) and on the click itself.
 *
 * A reused extraction is always what extracting again would give: the cache is dropped on any
 * mutation of the document (its tree, text or attributes: everything Readability reads, inline
 * styles included), on a new address (`history.pushState` changes no node) and on a new day (a
 * page without a stated date is dated the day it is saved). The observer that watches for the
 * mutation lives only while something is cached and stops at the first record, so a page that
 * changes all the time pays for one record per extraction, and a page that never changes for none.
 */
import { protoCall, protoGet } from '../dom/safe-dom';
import type { Result } from '../result';
import { extractPageArticle } from './extract-page';
import type { ExtractedArticle } from './extracted-article';

/** The page's article, extracted at most once per state of the page. */
export interface ArticleCache {
  /** The article as `extractPageArticle` reads it now (from the cache while the page is unchanged). */
  get(): Result<ExtractedArticle>;
  /** Forgets the cached article and stops watching the page. */
  stop(): void;
}

/**
 * Pages larger than this are not read unasked (when the popup opens), only on Save: Readability's
 * time grows with the page, and an archive or a 300,000-word dump would hold the page's main thread
 * for seconds for a save nobody asked for. A long feature is ~3,000 elements and ~60,000 characters.
 */
export const READ_AHEAD_LIMITS = { elements: 8_000, chars: 200_000 } as const;

/** True when `doc` is small enough to read ahead of a click (`READ_AHEAD_LIMITS`). */
export function smallEnoughToReadAhead(doc: Document): boolean {
  const all = protoCall<HTMLCollection>(doc, 'getElementsByTagName', '*');
  if (!all || all.length > READ_AHEAD_LIMITS.elements) return false;
  // Through the prototypes: a page may shadow `body` or `textContent` by name.
  const body = protoGet<Node>(doc, 'body');
  return (body ? (protoGet<string>(body, 'textContent') ?? '') : '').length <= READ_AHEAD_LIMITS.chars;
}

/** What the cache runs on (tests pass a counting extractor and a clock). */
export interface ArticleCacheDeps {
  extract?: (doc: Document, today: Date) => Result<ExtractedArticle>;
  now?: () => Date;
  /** The observer class (default: the content script's own, which the page cannot replace). */
  Observer?: typeof MutationObserver;
}

const dayOf = (d: Date): string => `${d.getFullYear()}-${d.getMonth() + 1}-${d.getDate()}`;

/** Creates the article cache of `doc`. */
export function createArticleCache(doc: Document, deps: ArticleCacheDeps = {}): ArticleCache {
  const extract = deps.extract ?? extractPageArticle;
  const now = deps.now ?? (() => new Date());
  const Observer = deps.Observer ?? globalThis.MutationObserver;
  let cached: { result: Result<ExtractedArticle>; url: string; day: string } | undefined;
  let observer: MutationObserver | undefined;
  const forget = (): void => {
    cached = undefined;
    observer?.disconnect();
    observer = undefined;
  };
  return {
    get() {
      const url = String(protoGet<string>(doc, 'URL') ?? '');
      const today = now();
      // Records not yet delivered (a change made in this same task) count as a change.
      if (observer?.takeRecords().length) forget();
      if (cached && cached.url === url && cached.day === dayOf(today)) return cached.result;
      forget();
      const result = extract(doc, today);
      try {
        observer = new Observer(forget);
        observer.observe(doc, { subtree: true, childList: true, attributes: true, characterData: true });
        cached = { result, url, day: dayOf(today) };
      } catch {
        // No observer, no cache: every request extracts afresh.
        forget();
      }
      return result;
    },
    stop: forget,
  };
}
