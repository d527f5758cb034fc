import { h, render } from 'preact';
import type { CardViewFactory } from '../lib/content/card-view';
import { CardLayer } from './CardLayer';
import { CARD_CSS } from './card-styles';

/**
 * The thin Preact bridge for the in-page card: the content script (lib/content) decides what the
 * card shows and calls `render`; this renders `CardLayer` into the host's closed shadow root. The
 * entry point hands it to `startContent`, so lib/ never imports a component.
 */
export const PREACT_CARD_VIEW: CardViewFactory = {
  css: CARD_CSS,
  mount: (container) => ({
    render: (state) => render(h(CardLayer, state), container),
    clear: () => render(null, container),
  }),
};
