import type { CardLayerState } from '../lib/content/card-view';
import { Card } from './Card';

/** Props of the layer rendered in the closed shadow root (the content script's `CardLayerState`). */
export type CardLayerProps = CardLayerState;

/**
 * Everything Lodestone shows on a page: the card and a polite live region. The live region is
 * always rendered, so changing its text is announced (a region inserted with its text is not).
 */
export function CardLayer({ card, announcement, theme }: CardLayerProps) {
  return (
    <div class={`layer theme-${theme}`}>
      <div class="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {card && <Card key={card.openId} {...card} />}
    </div>
  );
}
