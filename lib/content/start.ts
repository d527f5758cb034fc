/**
 * Content-script start-up. Nothing here may throw into the page: every entry point is wrapped.
 * The content script never opens IndexedDB (it would land in the page's origin); it asks the
 * background for what it needs. The seed dictionary is bundled, so it is ready without a
 * round-trip.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createArticleCache, smallEnoughToReadAhead } from '../articles/extract-cache';
import { bodyOf, contentTypeOf } from '../dom/safe-dom';
import { loadSeedDictionary } from '../knowledge/seed-compiled';
import { MessageError } from '../messages/codes';
import { listenInContent, sendFromContent } from '../messages/content-browser';
import { loadSettings, watchSettings } from '../settings/storage';
import { loadSettingsAndOverlay, loadUserOverlay, watchUserOverlay } from '../settings/user-dictionary-storage';
import type { CardViewFactory } from './card-view';
import { ContentController } from './controller';
import { createRootScope, isOrphaned } from './lifetime';
import { markTiming } from './timing';

/** Document types Lodestone annotates; text/plain, images, XML and SVG documents get no work at all. */
const ANNOTATABLE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** True for an HTML document with a real `<body>` (not a frameset). */
export function isAnnotatable(doc: Document): boolean {
  const body = bodyOf(doc);
  return ANNOTATABLE_TYPES.has(contentTypeOf(doc)) && body !== null && body.tagName.toUpperCase() === 'BODY';
}

/** What the entry point hands in: the views lib/ may not import (components/ sits above it). */
export interface ContentViews {
  cardView: CardViewFactory;
}

/** Starts Lodestone on the current page; everything it starts is torn down with its root scope. */
export function startContent(ctx: ContentScriptContext, views: ContentViews): void {
  try {
    markTiming('script-start');
    if (ctx.isInvalid) return;
    const doc = document;
    const root = createRootScope(ctx);
    let controller: ContentController | undefined;
    // Read ahead when the popup opens, then again on Save: extracted once while the page is unchanged.
    const article = createArticleCache(doc);
    root.onDispose(() => article.stop());
    const messages = listenInContent({
      'article/extract': () => {
        markTiming('extract-start');
        const r = article.get();
        markTiming('extract-done');
        if (!r.ok) throw new MessageError(r.error.code, r.error.message);
        return r.value;
      },
      // The popup opened: read the article now, for Save to find it read (not on huge pages).
      'article/prepare': () => {
        if (!smallEnoughToReadAhead(doc)) return null;
        const r = article.get();
        return r.ok ? r.value : null;
      },
      'settings/changed': async () => {
        await controller?.reload();
        return null;
      },
      // An article was saved, deleted or imported: cards already fetched must show the new facts.
      'knowledge/changed': () => {
        controller?.knowledgeChanged();
        return null;
      },
      // The `next-mention` keyboard command, forwarded by the background (commands fire there).
      'mention/next': () => {
        controller?.stepNext();
        return null;
      },
    });
    root.onDispose(messages.stop);
    if (!isAnnotatable(doc)) return;
    const initial = loadSettingsAndOverlay();
    controller = new ContentController(
      root,
      doc,
      { seed: loadSeedDictionary },
      {
        send: sendFromContent,
        cardView: views.cardView,
        // The first load of each comes from one storage read of both; later ones read afresh.
        settings: { load: firstFrom(() => initial.then((r) => r.settings), loadSettings), watch: watchSettings },
        userDictionary: { load: firstFrom(() => initial.then((r) => r.overlay), loadUserOverlay), watch: watchUserOverlay },
        isOrphaned,
        mark: markTiming,
      },
    );
    controller.init().catch(() => undefined);
  } catch {
    // The page must never see Lodestone fail.
  }
}

/** A loader that answers its first call with `first()` and every later one with `later()`. */
function firstFrom<T>(first: () => Promise<T>, later: () => Promise<T>): () => Promise<T> {
  let used = false;
  return () => {
    if (used) return later();
    used = true;
    return first();
  };
}
