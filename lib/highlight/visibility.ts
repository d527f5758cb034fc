/**
 * Whether a mention's text is rendered where a reader can see it: not inside `display: none`,
 * `visibility: hidden`, `opacity: 0`, `content-visibility: hidden` (closed `<details>`,
 * `hidden="until-found"`) or a closed dialog, and not shrunk or pushed out of the page the way
 * "screen-reader only" text is (a 1px clip, `left: -10000px`). The
 * text map decides by tags and attributes only (a style read per element would cost more than the
 * whole walk), so this is asked late and rarely: for first-mention candidates and for the blocks
 * about to be drawn, with answers cached per element for one pass.
 */

type Checkable = Element & { checkVisibility?: (options?: { visibilityProperty?: boolean; opacityProperty?: boolean }) => boolean };

/** Rendered and on the page: a box of more than one square pixel, not entirely left of or above the document. */
function hasVisibleBox(el: Element): boolean {
  // Most elements have a box: one layout read. An element with more than a pixel of area has
  // client rects, so the `display: contents` climb below can only change the answer when it has none.
  let r = el.getBoundingClientRect();
  if (r.width * r.height <= 1) {
    let box: Element = el;
    // `display: contents` elements have no box of their own: their parent's box holds the text.
    const view0 = el.ownerDocument.defaultView;
    while (box.parentElement && view0 && box.getClientRects().length === 0 && view0.getComputedStyle(box).display === 'contents') box = box.parentElement;
    if (box !== el) r = box.getBoundingClientRect();
  }
  // Area, not sides: a 1px root font (hostile CSS) still draws readable-length lines 1px high.
  if (r.width * r.height <= 1) return false;
  const view = el.ownerDocument.defaultView;
  const x = view?.scrollX ?? 0;
  const y = view?.scrollY ?? 0;
  return r.right + x > 0 && r.bottom + y > 0;
}

/** A per-pass cache of element visibility. */
export interface VisibilityCache {
  /** True when the text node's parent element is rendered and visible. */
  isVisible(node: Node): boolean;
  /** Forgets cached answers (call at the start of each pass: styles may have changed). */
  reset(): void;
}

/** Creates the cache; where `checkVisibility` is missing (older engines, happy-dom) all text counts as visible. */
export function createVisibilityCache(): VisibilityCache {
  const cache = new Map<Element, boolean>();
  return {
    isVisible(node) {
      const el = node.parentElement as Checkable | null;
      if (!el) return false;
      let v = cache.get(el);
      if (v === undefined) {
        // Without checkVisibility (older engines, happy-dom) everything counts as visible.
        v = typeof el.checkVisibility !== 'function' || (el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && hasVisibleBox(el));
        cache.set(el, v);
      }
      return v;
    },
    reset: () => cache.clear(),
  };
}
