/**
 * Content-script start-up. The content script never opens IndexedDB (it would land in the page's
 * origin); it asks the background for what it needs.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** Starts Lodestone on the current page; everything it starts is torn down with `ctx`. */
export function startContent(ctx: ContentScriptContext): void {
  if (ctx.isInvalid) return;
  document.documentElement.dataset.lodestone = 'ready';
  ctx.onInvalidated(() => {
    delete document.documentElement.dataset.lodestone;
  });
}
