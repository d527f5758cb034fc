// Fakes for the content script's services (lib/content/session.ts, controller.ts): what was drawn,
// sent and rendered is kept for the test to read. No logic of the code under test. Not a test file.
import type { CardLayerState, CardViewFactory } from '../../../lib/content/card-view';
import type { SessionServices } from '../../../lib/content/session';
import type { HighlightRenderer } from '../../../lib/highlight/renderer';
import type { ViewportWindow } from '../../../lib/highlight/viewport-window';
import type { MessageClient } from '../../../lib/messages/client';
import { ok } from '../../../lib/result';
import { ENTITIES } from '../spotter/entities';

const entities = new Map(ENTITIES.map((e) => [e.id, e]));
export const textOf = (r: AbstractRange) => (r.startContainer as Text).data.slice(r.startOffset, r.endContainer === r.startContainer ? r.endOffset : undefined);

/** Every service faked: what was drawn, sent and rendered is kept for the test to read. */
export function services() {
  const drawn = new Set<AbstractRange>();
  let focus: AbstractRange | undefined;
  const destroyed = { renderer: false };
  const sent: { type: string; payload: unknown }[] = [];
  const rendered: CardLayerState[] = [];
  const cleared: number[] = [];
  const marks: string[] = [];
  const renderer: HighlightRenderer = {
    add: (_k, r) => void drawn.add(r),
    remove: (_k, r) => void drawn.delete(r),
    ensureStyles: () => undefined,
    setFocus: (r) => void (focus = r),
    setTheme: () => undefined,
    clear: () => drawn.clear(),
    get size() {
      return drawn.size;
    },
    destroy: () => {
      destroyed.renderer = true;
      drawn.clear();
    },
  };
  // Everything observed is near: the whole page is "in view".
  const createWindow = (onChange: (entered: Element[], left: Element[]) => void): ViewportWindow<Element> => {
    const near = new Set<Element>();
    return {
      observe: (el) => {
        near.add(el);
        queueMicrotask(() => onChange([el], []));
      },
      unobserve: (el) => void near.delete(el),
      isNear: (el) => near.has(el),
      disconnect: () => near.clear(),
    };
  };
  const cardView: CardViewFactory = { css: ':host{}', mount: () => ({ render: (s) => void rendered.push(s), clear: () => void cleared.push(1) }) };
  const send = (async (type: string, payload: unknown) => {
    sent.push({ type, payload });
    if (type === 'entity/card') return ok({ entity: entities.get((payload as { entityId: string }).entityId), latestFacts: [], sourceCount: 1, related: [] });
    return ok(null);
  }) as MessageClient['send'];
  const sv: SessionServices = {
    send,
    cardView,
    createRenderer: () => renderer,
    createWindow,
    // Every mention has a box in the middle of the viewport.
    measurer: { rects: () => [{ left: 10, top: 100, right: 60, bottom: 120 }] },
    caretFromPoint: () => undefined,
    visibility: { isVisible: () => true, reset: () => undefined },
    mark: (name) => void marks.push(name),
  };
  return { sv, drawn: () => [...drawn].map(textOf).sort(), focus: () => focus && textOf(focus), destroyed, sent, rendered, cleared, marks };
}
