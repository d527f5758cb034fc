// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ANNOUNCE_MS, CardController, CLOSE_GRACE_MS, type CardDeps } from '../../../lib/content/card-controller';
import type { CardLayerState } from '../../../lib/content/card-view';
import { Scope } from '../../../lib/content/scope';
import type { UiHost } from '../../../lib/content/ui-host';
import type { DomMention } from '../../../lib/dom/page-blocks';
import type { RectLike } from '../../../lib/page/card-position';
import { fail, ok, type Result } from '../../../lib/result';
import type { EntityCard } from '../../../lib/store/rows';
import { ENTITIES } from '../spotter/entities';

const entities = new Map(ENTITIES.map((e) => [e.id, e]));
/** A mention stands for itself here: the controller only passes it back (anchor, onClosed). */
const mention = (entityId: string) => ({ entityId, kind: entities.get(entityId)!.kind, text: entityId, start: 0, end: 5 }) as unknown as DomMention;
const CARD = (id: string): EntityCard => ({ entity: { ...entities.get(id)!, origin: 'seed' }, latestFacts: [], sourceCount: 2, related: [] }) as EntityCard;

/** A host that records what it was asked to render. */
function fakeHost(attachable = true) {
  const renders: CardLayerState[] = [];
  const element = document.createElement('lodestone-host');
  const host: UiHost = {
    element,
    attach: () => attachable,
    checkRemoved: () => false,
    render: (state) => void renders.push(state),
    isOwn: (t) => t === element,
    destroy: () => undefined,
  };
  return { host, renders, last: () => renders[renders.length - 1]! };
}

function setup(over: Partial<CardDeps> = {}) {
  const scope = new Scope();
  const h = fakeHost();
  const fetches: string[] = [];
  const pending = new Map<string, (r: Result<EntityCard>) => void>();
  const anchors = new Map<DomMention, RectLike | undefined>();
  const deps: CardDeps = {
    doc: document,
    scope,
    host: () => h.host,
    entity: (id) => entities.get(id),
    anchorOf: (m) => (anchors.has(m) ? anchors.get(m) : { left: 100, top: 100, right: 160, bottom: 120 }),
    theme: () => 'light',
    fetchCard: (id) => {
      fetches.push(id);
      return new Promise((resolve) => pending.set(id, resolve));
    },
    openTimeline: vi.fn(),
    onClosed: vi.fn(),
    ...over,
  };
  const card = new CardController(deps);
  return { card, deps, scope, h, fetches, pending, anchors };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('card controller', () => {
  it('opens on a mention, fetches its facts once per entity and shows them when they arrive', async () => {
    const { card, h, fetches, pending } = setup();
    const lynas = mention('company-lynas');
    expect(card.open(lynas, 'pointer')).toBe(true);
    expect(card.mention).toBe(lynas);
    expect(h.last().card).toMatchObject({
      entity: { id: 'company-lynas', name: 'Lynas Rare Earths', kind: 'company' },
      details: { status: 'loading' },
      focusOnOpen: false,
    });
    expect(h.last().announcement).toBe('');
    pending.get('company-lynas')!(ok(CARD('company-lynas')));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.last().card?.details).toEqual({ status: 'ready', card: CARD('company-lynas') });
    card.close();
    card.open(mention('company-lynas'), 'pointer');
    expect(fetches).toEqual(['company-lynas']);
    expect(h.last().card?.details.status).toBe('ready');
  });

  it('a name the page introduces: asks the background nothing, offers "Add to Lodestone" and no "Not this"', () => {
    const addName = vi.fn();
    const hide = vi.fn();
    const local = { id: 'local:person:Maria Ostrova', name: 'Maria Ostrova', kind: 'person' as const };
    const { card, h, fetches } = setup({ entity: (id) => (id === local.id ? local : entities.get(id)), addName, hide });
    const m = { entityId: local.id, kind: 'person', text: 'Maria Ostrova', start: 0, end: 13 } as unknown as DomMention;
    expect(card.open(m, 'pointer')).toBe(true);
    expect(fetches).toEqual([]);
    expect(h.last().card).toMatchObject({ entity: local, details: { status: 'local' } });
    expect(h.last().card?.notThis).toBeUndefined();
    h.last().card!.onAddName!();
    expect(addName).toHaveBeenCalledWith('Maria Ostrova', 'person');
    expect(card.mention).toBeUndefined();
    // A known entity's card is unchanged: facts fetched, "Not this" offered, no add button.
    card.open(mention('company-lynas'), 'pointer');
    expect(fetches).toEqual(['company-lynas']);
    expect(h.last().card?.notThis).toBeDefined();
    expect(h.last().card?.onAddName).toBeUndefined();
  });

  it('"Not this" closes the card once the background stored it; a failure stays on that opening only', async () => {
    const answers: ((r: Result<unknown>) => void)[] = [];
    const hide = vi.fn((): Promise<Result<unknown>> => new Promise((resolve) => answers.push(resolve)));
    const { card, h } = setup({ hide, site: () => 'news.example' });
    const lynas = mention('company-lynas');
    card.open(lynas, 'pointer');
    h.last().card!.notThis!.onHide('form', 'site');
    expect(hide).toHaveBeenCalledWith('company-lynas', 'company-lynas', 'site');
    // Open until the answer: the reader's choice is not yet kept.
    expect(card.mention).toBe(lynas);
    answers[0]!(fail('quota', 'the disk is full'));
    await vi.advanceTimersByTimeAsync(0);
    expect(card.mention).toBe(lynas);
    expect(h.last().card?.notThis?.error).toBe('Not hidden: the disk is full');
    // A new opening starts clean; its success closes it.
    card.close();
    card.open(lynas, 'pointer');
    expect(h.last().card?.notThis?.error).toBeUndefined();
    h.last().card!.notThis!.onHide('entity', 'everywhere');
    answers[1]!(ok(null));
    await vi.advanceTimersByTimeAsync(0);
    expect(card.mention).toBeUndefined();
    // An answer that arrives after the reader opened another card leaves that card alone.
    card.open(lynas, 'pointer');
    h.last().card!.notThis!.onHide('form', 'everywhere');
    card.close();
    const china = mention('country-china');
    card.open(china, 'pointer');
    answers[2]!(fail('quota', 'the disk is full'));
    await vi.advanceTimersByTimeAsync(0);
    expect(card.mention).toBe(china);
    expect(h.last().card?.notThis?.error).toBeUndefined();
  });

  it('announces a keyboard opening, moves focus into the card, and clears the announcement once spoken', async () => {
    const { card, h } = setup();
    card.open(mention('country-china'), 'keyboard');
    expect(h.last().card?.focusOnOpen).toBe(true);
    expect(h.last().announcement).toMatch(/^China, country\. China \(test entity\)\.\u200b?$/);
    await vi.advanceTimersByTimeAsync(ANNOUNCE_MS);
    expect(h.last().announcement).toBe('');
    expect(card.openedBy).toBe('keyboard');
  });

  it('closes a pointer card after the grace delay unless the pointer comes back; keyboard cards stay', async () => {
    const { card, deps } = setup();
    const m = mention('company-lynas');
    card.open(m, 'pointer');
    card.scheduleClose();
    await vi.advanceTimersByTimeAsync(CLOSE_GRACE_MS - 10);
    card.cancelClose();
    await vi.advanceTimersByTimeAsync(CLOSE_GRACE_MS);
    expect(card.mention).toBe(m);
    card.scheduleClose();
    await vi.advanceTimersByTimeAsync(CLOSE_GRACE_MS);
    expect(card.mention).toBeUndefined();
    expect(deps.onClosed).toHaveBeenCalledWith(m);
    card.open(m, 'keyboard');
    card.scheduleClose();
    await vi.advanceTimersByTimeAsync(CLOSE_GRACE_MS * 2);
    expect(card.mention).toBe(m);
  });

  it('shows a failed fetch as unavailable and asks again later', async () => {
    const { card, h, fetches, pending } = setup();
    card.open(mention('company-lynas'), 'pointer');
    pending.get('company-lynas')!(fail('no-receiver', 'Lodestone could not reach the background.'));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.last().card?.details).toEqual({ status: 'error', message: 'Facts unavailable: Lodestone could not reach the background.' });
    card.close();
    await vi.advanceTimersByTimeAsync(5000);
    card.open(mention('company-lynas'), 'pointer');
    expect(fetches).toEqual(['company-lynas', 'company-lynas']);
  });

  it('cannot open without an entity, a box on screen or a host that attaches', () => {
    expect(setup().card.open({ ...mention('company-lynas'), entityId: 'unknown' } as DomMention, 'pointer')).toBe(false);
    const noBox = setup();
    const m = mention('company-lynas');
    noBox.anchors.set(m, undefined);
    expect(noBox.card.open(m, 'pointer')).toBe(false);
    const refused = setup({ host: () => fakeHost(false).host });
    expect(refused.card.open(mention('company-lynas'), 'pointer')).toBe(false);
  });

  it('follows its word on scroll and closes when the word leaves the screen', () => {
    const { card, h, anchors } = setup();
    const m = mention('company-lynas');
    card.open(m, 'pointer');
    anchors.set(m, { left: 100, top: 300, right: 160, bottom: 320 });
    card.reposition();
    expect(h.last().card?.anchor).toEqual({ left: 100, top: 300, right: 160, bottom: 320 });
    anchors.set(m, { left: 100, top: -300, right: 160, bottom: -280 });
    card.reposition();
    expect(card.mention).toBeUndefined();
    expect(h.last().card).toBeUndefined();
  });

  it('refetches the open card when the knowledge changed, and opens the timeline from the card', async () => {
    const { card, h, fetches, pending, deps } = setup();
    card.open(mention('company-lynas'), 'pointer');
    pending.get('company-lynas')!(ok(CARD('company-lynas')));
    await vi.advanceTimersByTimeAsync(0);
    card.invalidate();
    expect(fetches).toEqual(['company-lynas', 'company-lynas']);
    h.last().card!.onOpenTimeline('company-lynas');
    expect(deps.openTimeline).toHaveBeenCalledWith('company-lynas');
    expect(card.mention).toBeUndefined();
  });

  it('does nothing with an answer that arrives after the session ended', async () => {
    const { card, h, pending, scope } = setup();
    card.open(mention('company-lynas'), 'pointer');
    const before = h.renders.length;
    scope.dispose();
    pending.get('company-lynas')!(ok(CARD('company-lynas')));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.renders.length).toBe(before);
  });
});
