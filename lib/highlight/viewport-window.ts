/**
 * The registered window: only blocks within ±1.5 viewport heights have their ranges registered,
 * because painting costs about 6 µs per registered range whether visible or not (31,000 ranges
 * painted as one ~200 ms frame here). An IntersectionObserver with a vertical root margin tells us
 * which blocks are near, and keeps telling us as the reader scrolls or the layout shifts.
 */

/** How far beyond the viewport (in viewport heights) blocks stay registered. */
export const WINDOW_MARGIN_VIEWPORTS = 1.5;

/** The IntersectionObserver root margin for a margin in viewport heights. */
export function rootMarginFor(viewports: number): string {
  const pct = Math.round(viewports * 100);
  return `${pct}% 0px ${pct}% 0px`;
}

/** One observation: what IntersectionObserverEntry gives us. */
export interface NearEntry<E> {
  target: E;
  isIntersecting: boolean;
}

/**
 * Applies a batch of observations to the `near` set and says which targets entered or left. A
 * batch may hold several entries for one target (it flickered within a frame): the last wins.
 * Only targets whose state changes cost more than a read: the observer's first report on a huge
 * page holds every observed block (10,000), nearly all of them far and staying so.
 */
export function applyNearEntries<E>(near: Set<E>, entries: readonly NearEntry<E>[]): { entered: E[]; left: E[] } {
  // Targets whose state differs from the one they had before this batch, with their new state.
  const changed = new Map<E, boolean>();
  for (const e of entries) {
    const target = e.target;
    const isNear = e.isIntersecting;
    const flipped = changed.has(target);
    if (isNear === (flipped ? !near.has(target) : near.has(target))) continue;
    if (flipped) changed.delete(target);
    else changed.set(target, isNear);
  }
  const entered: E[] = [];
  const left: E[] = [];
  for (const [target, isNear] of changed) {
    if (isNear) {
      near.add(target);
      entered.push(target);
    } else {
      near.delete(target);
      left.push(target);
    }
  }
  return { entered, left };
}

/** Watches elements and reports when they come near the viewport or leave it. */
export interface ViewportWindow<E extends Element> {
  observe(el: E): void;
  unobserve(el: E): void;
  isNear(el: E): boolean;
  /**
   * Counts an observed element as near before the observer's first report on it (the caller
   * measured it): its report, when it comes, corrects the set like any other.
   */
  markNear?(el: E): void;
  disconnect(): void;
}

/**
 * Whether a box (viewport coordinates) lies within the near window of a viewport of `width` ×
 * `height`: what the observer's root margin (`WINDOW_MARGIN_VIEWPORTS` above and below) makes near.
 */
export function boxIsNear(box: { top: number; bottom: number; left: number; right: number }, width: number, height: number): boolean {
  const margin = height * WINDOW_MARGIN_VIEWPORTS;
  return box.bottom >= -margin && box.top <= height + margin && box.right >= 0 && box.left <= width;
}

/** Creates the window over an IntersectionObserver; callbacks get batches. */
export function createViewportWindow<E extends Element>(onChange: (entered: E[], left: E[]) => void): ViewportWindow<E> {
  const near = new Set<E>();
  const io = new IntersectionObserver(
    (entries) => {
      const { entered, left } = applyNearEntries(near, entries as unknown as readonly NearEntry<E>[]);
      if (entered.length || left.length) onChange(entered, left);
    },
    { rootMargin: rootMarginFor(WINDOW_MARGIN_VIEWPORTS) },
  );
  return {
    observe: (el) => io.observe(el),
    unobserve: (el) => {
      io.unobserve(el);
      near.delete(el);
    },
    isNear: (el) => near.has(el),
    markNear: (el) => void near.add(el),
    disconnect: () => {
      io.disconnect();
      near.clear();
    },
  };
}
