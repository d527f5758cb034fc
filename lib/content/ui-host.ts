/**
 * The one element Lodestone adds to a page: `<lodestone-host>` on the root element, holding a
 * CLOSED shadow root with the card. Closed, because the card shows facts from the user's own saved
 * articles and page scripts must not read them (`host.shadowRoot` is null to them). If the page
 * removes the host, we do not fight: it is put back only when the reader opens a card, and after
 * a few removals cards are given up for this page (the highlights stay).
 */
import { protoCall, protoGet, rootOf } from '../dom/safe-dom';
import type { CardLayerState, CardView, CardViewFactory } from './card-view';

/** Tag and marker attribute of the host (tests and the page-watcher look for them). */
export const HOST_TAG = 'lodestone-host';
export const HOST_ATTR = 'data-lodestone-host';
/** After this many removals by the page, cards stay off on this page. */
export const MAX_HOST_REMOVALS = 3;

/** The host and its shadow UI. */
export interface UiHost {
  readonly element: HTMLElement;
  /** Puts the host on the page if it is not there; false when the page keeps removing it. */
  attach(): boolean;
  /** True (once per removal) when the page took the host out since it was attached. */
  checkRemoved(): boolean;
  render(state: CardLayerState): void;
  /** True for events coming from inside the card (retargeted to the host). */
  isOwn(target: EventTarget | null): boolean;
  destroy(): void;
}

/** Creates the host (not yet attached) with `views`' card inside; undefined when the page made that impossible. */
export function createUiHost(doc: Document, views: CardViewFactory): UiHost | undefined {
  let host: HTMLElement;
  let view: CardView;
  try {
    // Created in an inert document, so a page that defined `lodestone-host` as its own custom
    // element cannot run its constructor first and grab the shadow root: ours is attached before
    // the element ever meets the page's registry, and an upgrade on insertion finds it taken.
    const inert = protoGet<DOMImplementation>(doc, 'implementation')!.createHTMLDocument('');
    host = inert.createElement(HOST_TAG);
    host.setAttribute(HOST_ATTR, '');
    host.setAttribute('data-state', 'ready');
    const shadow = host.attachShadow({ mode: 'closed' });
    protoCall(doc, 'adoptNode', host);
    // No inline style: the shadow sheet's `:host { … !important }` already beats the page's own
    // `!important` rules on the host (for important declarations the inner tree context wins).
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(views.css);
    shadow.adoptedStyleSheets = [sheet];
    const mount = protoCall<HTMLElement>(doc, 'createElement', 'div')!;
    shadow.appendChild(mount);
    view = views.mount(mount);
  } catch {
    return undefined;
  }
  let removals = 0;
  let attached = false;
  return {
    element: host,
    attach() {
      if (host.isConnected) return true;
      if (removals >= MAX_HOST_REMOVALS) return false;
      const root = rootOf(doc);
      if (!root) return false;
      root.appendChild(host);
      attached = true;
      return true;
    },
    checkRemoved() {
      if (!attached || host.isConnected) return false;
      attached = false;
      removals++;
      return true;
    },
    render(state) {
      view.render(state);
    },
    isOwn: (target) => target === host,
    destroy() {
      try {
        view.clear();
      } finally {
        host.remove();
      }
    },
  };
}
