import { describe, expect, it } from 'vitest';
import { createMessageRouter, isExtensionPageSender, originOf, type MessageHandlers } from '../../../lib/messages/router';
import { MessageError } from '../../../lib/messages/result';
import { StoreError } from '../../../lib/store/errors';
import { CONTENT, ORIGIN, POPUP, POPUP_IN_TAB, RUNTIME_ID } from './senders';

const card = {
  entity: { id: 'lynas', name: 'Lynas', kind: 'company', aliases: [], description: 'd', origin: 'seed' },
  latestFacts: [],
  sourceCount: 2,
  related: [],
};

function recordingRouter() {
  const calls: { type: string; payload: unknown; tabId?: number }[] = [];
  const handlers: MessageHandlers = {
    ping: () => 'pong',
    'page/report': (p, ctx) => (calls.push({ type: 'page/report', payload: p, tabId: ctx.tabId }), null),
    'entity/card': (p) => {
      calls.push({ type: 'entity/card', payload: p });
      if (p.entityId === 'missing') throw new MessageError('not-found', 'No such entity.');
      if (p.entityId === 'broken') return { ...card, sourceCount: -1 } as never;
      return card as never;
    },
    'source/delete': (p) => {
      calls.push({ type: 'source/delete', payload: p });
      if (p.sourceId === 'seed:a') throw new StoreError('seed-readonly', 'Seeds cannot be deleted.');
      if (p.sourceId === 'boom') throw new TypeError('x is undefined');
      return null;
    },
  };
  return { calls, router: createMessageRouter(handlers, { runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN }) };
}

describe('message router', () => {
  it('answers valid messages with ok results and passes the sender tab id', async () => {
    const { calls, router } = recordingRouter();
    expect(await router.handle({ type: 'ping' }, CONTENT)).toEqual({ ok: true, value: 'pong' });
    expect(
      await router.handle({ type: 'page/report', payload: { url: 'https://news.example/a', title: 'A', counts: { lynas: 3 }, readable: true } }, CONTENT),
    ).toEqual({ ok: true, value: null });
    expect(calls[0]).toEqual({ type: 'page/report', payload: { url: 'https://news.example/a', title: 'A', counts: { lynas: 3 }, readable: true }, tabId: 7 });
    expect(await router.handle({ type: 'entity/card', payload: { entityId: 'lynas' } }, CONTENT)).toMatchObject({ ok: true, value: { sourceCount: 2 } });
    expect(await router.handle({ type: 'source/delete', payload: { sourceId: 'saved:1' } }, POPUP)).toEqual({ ok: true, value: null });
    expect(await router.handle({ type: 'source/delete', payload: { sourceId: 'saved:2' } }, POPUP_IN_TAB)).toEqual({ ok: true, value: null });
  });

  it('refuses foreign senders, unknown types, unprivileged senders and bad payloads without calling handlers', async () => {
    const { calls, router } = recordingRouter();
    const del = { type: 'source/delete', payload: { sourceId: 'saved:1' } };
    expect(await router.handle(del, { ...POPUP, id: 'other-extension' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await router.handle(del, undefined)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await router.handle(del, CONTENT)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    // An extension page framed inside a website's tab is not privileged.
    expect(await router.handle(del, { id: RUNTIME_ID, url: `${ORIGIN}popup.html`, tab: { id: 1, url: 'https://evil.example/' } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    // A look-alike origin that merely starts with ours.
    expect(await router.handle(del, { id: RUNTIME_ID, url: `chrome-extension://${RUNTIME_ID}x/popup.html` })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await router.handle({ type: 'page/report', payload: { url: 'u', title: '', counts: {}, readable: true } }, POPUP)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    for (const type of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'data/wipe', 42]) {
      expect(await router.handle({ type, payload: {} }, POPUP)).toMatchObject({ ok: false, error: { code: 'unknown-type' } });
    }
    expect(await router.handle({ type: 'data/export' }, POPUP)).toMatchObject({ ok: false, error: { code: 'unknown-type' } }); // no handler here
    const bad = await router.handle({ type: 'entity/card', payload: { entityId: '__proto__' } }, CONTENT);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/^Invalid entity\/card request: entityId: /) } });
    expect(await router.handle({ type: 'entity/card', payload: { entityId: 'lynas', extra: 1 } }, CONTENT)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(
      await router.handle({ type: 'page/report', payload: { url: 'u', title: '', counts: { __proto__: 1, Lynas: 2 }, readable: true } }, CONTENT),
    ).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(calls).toEqual([]);
  });

  it('turns handler errors and invalid answers into failures with codes', async () => {
    const { router } = recordingRouter();
    expect(await router.handle({ type: 'entity/card', payload: { entityId: 'missing' } }, CONTENT)).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No such entity.' },
    });
    expect(await router.handle({ type: 'source/delete', payload: { sourceId: 'seed:a' } }, POPUP)).toEqual({
      ok: false,
      error: { code: 'seed-readonly', message: 'Seeds cannot be deleted.' },
    });
    expect(await router.handle({ type: 'source/delete', payload: { sourceId: 'boom' } }, POPUP)).toEqual({
      ok: false,
      error: { code: 'internal', message: 'x is undefined' },
    });
    expect(await router.handle({ type: 'entity/card', payload: { entityId: 'broken' } }, CONTENT)).toMatchObject({
      ok: false,
      error: { code: 'bad-response' },
    });
  });

  it('listener answers through sendResponse, leaving our own unhandled types to other contexts', async () => {
    const { router } = recordingRouter();
    const answer = () => {
      let resolve!: (v: unknown) => void;
      const promise = new Promise((r) => (resolve = r));
      return { promise, sendResponse: (v: unknown) => resolve(v) };
    };
    const none = answer();
    expect(router.listener({ type: 'article/extract' }, POPUP, none.sendResponse)).toBeUndefined();
    expect(router.listener('junk', POPUP, none.sendResponse)).toBeUndefined();
    const foreign = answer();
    expect(router.listener({ type: 'article/extract' }, { id: 'evil' }, foreign.sendResponse)).toBe(true);
    expect(await foreign.promise).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const ping = answer();
    expect(router.listener({ type: 'ping' }, POPUP, ping.sendResponse)).toBe(true);
    expect(await ping.promise).toEqual({ ok: true, value: 'pong' });
  });

  it('recognises extension pages by exact origin', () => {
    expect(originOf('chrome-extension://AbC/x?y#z')).toBe('chrome-extension://abc');
    expect(originOf('moz-extension://1234-5678/popup.html')).toBe('moz-extension://1234-5678');
    expect(originOf('about:blank')).toBeNull();
    expect(isExtensionPageSender(POPUP, ORIGIN)).toBe(true);
    expect(isExtensionPageSender({ ...POPUP, origin: 'https://news.example' }, ORIGIN)).toBe(false);
    expect(isExtensionPageSender({ id: RUNTIME_ID }, ORIGIN)).toBe(false);
    expect(isExtensionPageSender({ id: RUNTIME_ID, url: `${ORIGIN}library.html`, tab: { id: 2 } }, ORIGIN)).toBe(true);
  });
});
