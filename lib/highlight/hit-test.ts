/**
 * Pointer → mention. The caret APIs give a text node and an offset cheaply (about the cost of
 * `elementFromPoint`; `CSS.highlights.highlightsFromPoint` measured 8–58× slower here); a map from
 * text node to its sorted spans and a binary search give the mention; a final rectangle test
 * rejects the caret APIs' snapping to the nearest character when the pointer is beside the text.
 */
import type { RectLike } from '../page/card-position';

/** A mention's piece inside one text node: node-local offsets, `[start, end)`. */
export interface NodeSpan<T> {
  start: number;
  end: number;
  item: T;
}

/**
 * The spans that may lie under a caret at `offset` in a node whose spans are sorted and do not
 * overlap. A caret offset is a boundary between characters: the pointer is over the character
 * after it or the one before it, so up to two spans qualify (the one containing `offset`, and the
 * one ending exactly at `offset`); the caller tells them apart by their rectangles.
 */
export function findSpansAt<T>(spans: readonly NodeSpan<T>[], offset: number): NodeSpan<T>[] {
  // Binary search: the last span with start <= offset.
  let lo = 0;
  let hi = spans.length - 1;
  let idx = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) {
      idx = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const out: NodeSpan<T>[] = [];
  const at = spans[idx];
  if (at && offset < at.end) out.push(at);
  // The character before the caret: the span ending at `offset` (same span when offset is inside).
  const before = at && at.end === offset ? at : at && at.start === offset ? spans[idx - 1] : undefined;
  if (before && before.end === offset && before !== out[0]) out.push(before);
  return out;
}

/** True when (x, y) lies within one of `rects`, allowing `slop` pixels for sub-pixel layout. */
export function pointInRects(x: number, y: number, rects: Iterable<RectLike>, slop = 1): boolean {
  for (const r of rects) {
    if (x >= r.left - slop && x <= r.right + slop && y >= r.top - slop && y <= r.bottom + slop) return true;
  }
  return false;
}

/** A text position from the caret APIs. */
export interface CaretHit {
  node: Node;
  offset: number;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under a viewport point (standard API first, WebKit/Blink fallback). */
export function caretFromPoint(doc: Document, x: number, y: number): CaretHit | undefined {
  const d = doc as CaretDoc;
  if (typeof d.caretPositionFromPoint === 'function') {
    const pos = d.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
  }
  return undefined;
}
