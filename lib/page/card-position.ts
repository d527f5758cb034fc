/**
 * Viewport geometry, pure: where the card goes (below the word when it fits, else above, else on
 * the roomier side with its height capped so it never covers the word it explains; always inside
 * the viewport), the box of a mention over several lines, and whether a box is off screen.
 */

/** A rectangle in viewport coordinates. */
export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Gap between the word and the card, and between the card and the viewport edge (px). */
export const CARD_GAP = 6;
export const VIEWPORT_MARGIN = 8;

/** The card's placement in viewport coordinates. */
export interface CardPlacement {
  top: number;
  left: number;
  /** Width to use (the wanted width, narrowed on small viewports). */
  width: number;
  /** Height cap so the card stays clear of the word and inside the viewport. */
  maxHeight: number;
  side: 'below' | 'above';
}

/**
 * Places a card of `size` next to `anchor` (the union of the mention's line boxes) inside a
 * viewport of `viewport` size.
 */
export function placeCard(anchor: RectLike, size: { width: number; height: number }, viewport: { width: number; height: number }): CardPlacement {
  const width = Math.max(0, Math.min(size.width, viewport.width - 2 * VIEWPORT_MARGIN));
  const spaceBelow = viewport.height - VIEWPORT_MARGIN - (anchor.bottom + CARD_GAP);
  const spaceAbove = anchor.top - CARD_GAP - VIEWPORT_MARGIN;
  let side: CardPlacement['side'];
  if (size.height <= spaceBelow) side = 'below';
  else if (size.height <= spaceAbove) side = 'above';
  else side = spaceBelow >= spaceAbove ? 'below' : 'above';
  const room = Math.max(0, side === 'below' ? spaceBelow : spaceAbove);
  const height = Math.min(size.height, room);
  const top = side === 'below' ? anchor.bottom + CARD_GAP : anchor.top - CARD_GAP - height;
  const maxLeft = viewport.width - VIEWPORT_MARGIN - width;
  const left = Math.max(VIEWPORT_MARGIN, Math.min(anchor.left, maxLeft));
  return { top, left, width, maxHeight: room, side };
}

/** The smallest rectangle holding all `rects` (a mention may wrap over lines). */
export function unionRect(rects: Iterable<RectLike>): RectLike | undefined {
  let u: RectLike | undefined;
  for (const r of rects) {
    if (r.right - r.left <= 0 && r.bottom - r.top <= 0) continue;
    u = u
      ? { left: Math.min(u.left, r.left), top: Math.min(u.top, r.top), right: Math.max(u.right, r.right), bottom: Math.max(u.bottom, r.bottom) }
      : { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }
  return u;
}

/** True when `rect` is entirely outside the viewport (the card then closes). */
export function isOffscreen(rect: RectLike, viewport: { width: number; height: number }): boolean {
  return rect.bottom < 0 || rect.top > viewport.height || rect.right < 0 || rect.left > viewport.width;
}
