/**
 * Reads where a StaticRange is drawn. StaticRanges have no geometry, so one live Range is kept and
 * pointed at whichever range is measured: a single live Range costs the page nothing measurable,
 * unlike one per mention.
 */
import type { RectLike } from '../page/card-position';

/** Measures ranges in viewport coordinates. */
export interface Measurer {
  /** The line boxes of `range` (empty when its nodes are gone or its offsets are stale). */
  rects(range: AbstractRange): RectLike[];
}

/** Creates a measurer for `doc`. */
export function createMeasurer(doc: Document): Measurer {
  let live: Range | undefined;
  return {
    rects(range) {
      try {
        live ??= doc.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        const out = Array.from(live.getClientRects(), (r) => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom }));
        live.collapse(true);
        return out;
      } catch {
        return []; // offsets past a node's end after the page edited it: nothing to draw
      }
    },
  };
}
