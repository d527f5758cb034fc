/**
 * The content script's own lifetime. WXT's `ctx` also ends when a page dispatches a forged "newer
 * script started" CustomEvent on `document` (any page script can, once it knows the extension id),
 * so Lodestone does not tie itself to `ctx` alone. It ends for real reasons only:
 * - a newer copy of this script starts in the same frame: content scripts of one extension share
 *   an isolated world, so the newer copy finds the older one's stop function on the isolated
 *   global, which no page script can see or forge;
 * - the extension was reloaded, updated or removed: `browser.runtime.id` is gone. Chrome tells an
 *   orphaned script nothing, so every entry point checks (`isOrphaned`) before doing any work.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Scope } from './scope';

const INSTANCE_KEY = Symbol.for('lodestone.content.stop');

/** True when this script's extension is gone (reloaded, updated, removed). */
export function isOrphaned(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

/** The root scope of this copy of the content script (see the file comment for when it ends). */
export function createRootScope(ctx: ContentScriptContext): Scope {
  const root = new Scope();
  const global = globalThis as unknown as Record<symbol, (() => void) | undefined>;
  try {
    global[INSTANCE_KEY]?.();
  } catch {
    // the older copy failed to stop cleanly; we carry on
  }
  const stop = () => root.dispose();
  global[INSTANCE_KEY] = stop;
  root.onDispose(() => {
    if (global[INSTANCE_KEY] === stop) delete global[INSTANCE_KEY];
  });
  ctx.onInvalidated(() => {
    if (isOrphaned()) root.dispose();
  });
  return root;
}
