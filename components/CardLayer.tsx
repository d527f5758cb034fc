import { Card, type CardProps } from './Card';

/** Props of the layer rendered in the closed shadow root. */
export interface CardLayerProps {
  /** The open card, if any; `openId` changes with every opening so each one is fresh. */
  card?: CardProps & { openId: number };
  /** Spoken by screen readers when a card is opened from the keyboard. */
  announcement: string;
  theme: 'light' | 'dark';
}

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
