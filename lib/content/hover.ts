/**
 * Pointer tracking for the card: passive listeners, at most one hit-test per animation frame
 * (pointermove fires far more often than the screen paints), and no work while a button is held
 * (the reader is selecting text) or for touch, which has no hover. Only trusted events count: a
 * page script's synthetic `pointermove` must not open a card.
 */
import type { Scope } from './scope';

/** What the pointer is over, reported once per frame. */
export interface PointerSample {
  x: number;
  y: number;
  /** The event target was our own host (the pointer is over the card). */
  overOwnUi: boolean;
}

/** Calls `onSample` at most once per frame while the pointer moves; `onLeave` when it leaves the window. */
export function trackPointer(
  scope: Scope,
  doc: Document,
  isOwn: (t: EventTarget | null) => boolean,
  onSample: (s: PointerSample) => void,
  onLeave: () => void,
): void {
  let pending: PointerSample | undefined;
  let scheduled = false;
  scope.listen(
    doc,
    'pointermove',
    (event) => {
      const e = event as PointerEvent;
      if (!e.isTrusted || e.pointerType === 'touch' || e.buttons !== 0) return;
      pending = { x: e.clientX, y: e.clientY, overOwnUi: isOwn(e.target) };
      if (scheduled) return;
      scheduled = true;
      scope.frame(() => {
        scheduled = false;
        const s = pending;
        pending = undefined;
        if (s) onSample(s);
      });
    },
    { passive: true, capture: true },
  );
  scope.listen(
    doc,
    'pointerout',
    (event) => {
      if (event.isTrusted && (event as PointerEvent).relatedTarget === null) onLeave();
    },
    { passive: true, capture: true },
  );
}
