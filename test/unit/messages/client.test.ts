import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createMessageClient, type MessageTransport } from '../../../lib/messages/client';
import { createMessageRouter } from '../../../lib/messages/router';
import { listenForMessages, sendMessage } from '../../../lib/messages/browser';
import { MessageError } from '../../../lib/messages/result';
import { installBundle } from '../../../lib/store/install-bundle';
import { getEntityCard } from '../../../lib/store/queries';
import { freshDb, makeBundle } from '../store/fixtures';
import { CONTENT, ORIGIN, POPUP, RUNTIME_ID } from './senders';

function transport(answer: (message: unknown, tabId?: number) => unknown): MessageTransport & { sent: unknown[] } {
  const sent: unknown[] = [];
  return {
    sent,
    sendMessage: async (m) => (sent.push(m), answer(m)),
    sendToTab: async (tabId, m) => (sent.push({ tabId, m }), answer(m, tabId)),
  };
}

describe('message client', () => {
  it('sends the envelope and returns the parsed answer', async () => {
    const t = transport(() => ({ ok: true, value: 'pong' }));
    expect(await createMessageClient(t).send('ping', {})).toEqual({ ok: true, value: 'pong' });
    expect(t.sent).toEqual([{ type: 'ping', payload: {} }]);
    const t2 = transport(() => ({ ok: false, error: { code: 'no-article', message: 'Nope' } }));
    expect(await createMessageClient(t2).sendToTab(5, 'article/extract', {})).toEqual({ ok: false, error: { code: 'no-article', message: 'Nope' } });
    expect(t2.sent).toEqual([{ tabId: 5, m: { type: 'article/extract', payload: {} } }]);
  });

  it('never throws: bad requests, missing receivers, invalidated contexts, bad answers, timeouts', async () => {
    const never = transport(() => new Promise(() => {}));
    const bad = await createMessageClient(never).send('entity/card', { entityId: 'Not An Id' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(never.sent).toEqual([]);

    const missing: MessageTransport = {
      sendMessage: () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')),
      sendToTab: () => Promise.reject(new Error('x')),
    };
    expect(await createMessageClient(missing).send('ping', {})).toMatchObject({ ok: false, error: { code: 'no-receiver' } });
    const invalidated: MessageTransport = {
      sendMessage: () => {
        throw new Error('Extension context invalidated.');
      },
      sendToTab: () => Promise.resolve(undefined),
    };
    expect(await createMessageClient(invalidated).send('ping', {})).toMatchObject({
      ok: false,
      error: { code: 'context-invalidated', message: expect.stringMatching(/reload this page/) },
    });
    expect(await createMessageClient(invalidated).sendToTab(1, 'settings/changed', {})).toMatchObject({ ok: false, error: { code: 'no-receiver' } });
    expect(await createMessageClient(transport(() => ({ ok: true, value: 'ping' }))).send('ping', {})).toMatchObject({
      ok: false,
      error: { code: 'bad-response' },
    });
    expect(await createMessageClient(transport(() => 'garbage')).send('ping', {})).toMatchObject({ ok: false, error: { code: 'bad-response' } });
    expect(await createMessageClient(never, { timeoutMs: 5 }).send('ping', {})).toMatchObject({ ok: false, error: { code: 'timeout' } });
  });

  it('round-trips an entity card from a real store through router and client', async () => {
    const db = freshDb();
    await installBundle(db, makeBundle());
    const router = createMessageRouter(
      {
        'entity/card': async ({ entityId }) => {
          const card = await getEntityCard(db, entityId);
          if (!card) throw new MessageError('not-found', `No entity ${entityId}.`);
          return card;
        },
      },
      { runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN },
    );
    const client = createMessageClient({ sendMessage: (m) => router.handle(m, CONTENT), sendToTab: (_t, m) => router.handle(m, POPUP) });
    const res = await client.send('entity/card', { entityId: 'china' });
    if (!res.ok) throw new Error(res.error.message);
    expect(res.value.entity.name).toBe('China');
    expect(res.value.latestFacts.map((i) => i.fact.id)).toEqual(['seed:b:30', 'seed:a:0', 'seed:a:80']);
    expect(await client.send('entity/card', { entityId: 'nobody' })).toEqual({ ok: false, error: { code: 'not-found', message: 'No entity nobody.' } });
  });
});

describe('browser binding', () => {
  it('registers a router on runtime.onMessage with this extension’s id and origin', async () => {
    fakeBrowser.reset();
    const { stop } = listenForMessages({ ping: () => 'pong', 'source/delete': () => null });
    const id = fakeBrowser.runtime.id;
    const page = { id, url: fakeBrowser.runtime.getURL('/library.html') };
    const call = (message: unknown, sender: unknown) => new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger(message, sender as never, resolve));
    expect(await call({ type: 'source/delete', payload: { sourceId: 'saved:1' } }, page)).toEqual({ ok: true, value: null });
    expect(await call({ type: 'source/delete', payload: { sourceId: 'saved:1' } }, { id, url: 'https://x.example/', tab: { id: 1 } })).toEqual({
      ok: false,
      error: { code: 'forbidden', message: expect.any(String) },
    });
    // Through the real client and the fake runtime (which reports an empty sender): refused, as data.
    expect(await sendMessage('ping', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    stop();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);
    // With nobody listening, the default client reports it instead of throwing.
    expect(await sendMessage('ping', {})).toMatchObject({ ok: false, error: { code: 'no-receiver' } });
  });
});
