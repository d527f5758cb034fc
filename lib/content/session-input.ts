/**
 * The session's listeners on the page: pointer (hover cards), Escape, scroll and resize (the card
 * follows its word), colour-scheme changes, and back/forward navigation. All passive where they
 * can be, all trusted-only where a page could forge them, all removed with the scope.
 */
import type { CardController } from './card-controller';
import { trackPointer } from './hover';
import type { DomMention } from '../dom/page-blocks';
import { safely, type Scope } from './scope';

/** What the listeners act on. */
export interface InputDeps {
  scope: Scope;
  doc: Document;
  card: CardController;
  isOwn: (target: EventTarget | null) => boolean;
  hit: (x: number, y: number) => DomMention | undefined;
  orphaned: () => boolean;
  onThemeChange: () => void;
  onPopState: () => void;
}

/** Wires the listeners; they go with `deps.scope`. */
export function listenToPage(d: InputDeps): void {
  const { scope, doc, card } = d;
  trackPointer(
    scope,
    doc,
    d.isOwn,
    (s) => {
      if (d.orphaned()) return;
      if (s.overOwnUi) return card.cancelClose();
      const m = d.hit(s.x, s.y);
      if (!m) return card.scheduleClose();
      if (card.mention === m) card.cancelClose();
      else card.open(m, 'pointer');
    },
    () => card.scheduleClose(),
  );
  scope.listen(
    doc,
    'keydown',
    (e) => {
      if (!e.isTrusted || (e as KeyboardEvent).key !== 'Escape' || !card.mention || d.orphaned()) return;
      // Keep the page from also acting on an Escape meant for our card.
      if (d.isOwn(e.target)) e.stopPropagation();
      card.close();
    },
    { capture: true },
  );
  let framed = false;
  const follow = () => {
    if (framed || !card.mention) return;
    framed = true;
    scope.frame(() => {
      framed = false;
      safely(() => card.reposition());
    });
  };
  scope.listen(doc, 'scroll', follow, { capture: true, passive: true });
  const view = doc.defaultView;
  if (!view) return;
  scope.listen(view, 'resize', follow, { passive: true });
  const mq = typeof view.matchMedia === 'function' ? view.matchMedia('(prefers-color-scheme: dark)') : undefined;
  if (mq) scope.listen(mq, 'change', d.onThemeChange);
  // Back/forward in a client-side app; pushState navigations show up with their DOM changes.
  scope.listen(view, 'popstate', d.onPopState);
}
