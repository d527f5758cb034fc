// Issue 8 item 3: thousands of generated malformed and unauthorised messages against a router whose
// handlers record every call. The oracle knows each generated sender's role by construction (an
// extension page, a content script, an extension page framed in a website, a foreign sender); a
// handler must run exactly when the sender may send that type and the payload fits its schema,
// privileged handlers (the ones that write) only for extension pages, and nothing may throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSAGES, type MessageType } from '../../../lib/messages/protocol';
import { createMessageRouter, type MessageHandlers, type SenderLike } from '../../../lib/messages/router';
import { CONTENT, ORIGIN, POPUP, POPUP_IN_TAB, RUNTIME_ID } from './senders';

const TYPES = Object.keys(MESSAGES) as MessageType[];

const VALID: Record<MessageType, unknown> = {
  ping: {},
  'page/report': { url: 'https://news.example/a', title: 'A', counts: { lynas: 2, china: 1 }, readable: true },
  'entity/card': { entityId: 'lynas' },
  'entities/seen': { entityIds: ['lynas', 'china'] },
  'timeline/open': { entityId: 'china' },
  'dictionary/add-form': { name: 'Pat Ryan', kind: 'person' },
  'tab/state': { tabId: 4 },
  'article/save': { tabId: 4 },
  'article/extract': {},
  'article/prepare': {},
  'source/delete': { sourceId: 'saved:0123456789abcdef' },
  'data/export': {},
  'data/import': { json: '{}' },
  'mention/next': {},
  'knowledge/changed': {},
  'dictionary/add': { entity: { name: 'Kestrel Motors', kind: 'company', aliases: ['Kestrel'] } },
  'dictionary/update': { id: 'lynas', entity: { name: 'Lynas', kind: 'company', aliases: [], description: 'd' } },
  'dictionary/delete': { id: 'user-company-kestrel-motors' },
  'dictionary/merge': { from: 'user-company-kestrel', into: 'lynas' },
  'names/hide': { entityId: 'lynas', text: 'Lynas', site: 'news.example' },
  'names/unhide': { entityId: 'lynas', text: '', site: '' },
  'card/hide': { entityId: 'lynas', text: 'Lynas', where: 'site' },
  'suggestions/dismiss': { key: 'kestrel motors', name: 'Kestrel Motors' },
  'settings/changed': {},
};

const RESPONSES: Record<MessageType, unknown> = {
  ping: 'pong',
  'page/report': null,
  'entity/card': {
    entity: { id: 'lynas', name: 'Lynas', kind: 'company', aliases: [], description: 'd', origin: 'seed' },
    latestFacts: [],
    sourceCount: 1,
    related: [],
  },
  'entities/seen': null,
  'timeline/open': null,
  'dictionary/add-form': null,
  'tab/state': { url: 'https://news.example/a', title: 'A', readable: true, counts: {}, savedSourceId: null },
  'article/save': { sourceId: 'saved:1', updated: false, factCount: 0 },
  'article/extract': { url: 'https://a.example/', canonicalUrl: 'https://a.example/', title: 'T', published: '2025', publishedFrom: 'meta', text: 'x' },
  'article/prepare': null,
  'source/delete': null,
  'data/export': { json: '{}' },
  'data/import': { added: 0, updated: 0, skipped: 0 },
  'mention/next': null,
  'knowledge/changed': null,
  'dictionary/add': { id: 'user-company-kestrel-motors', warnings: [], relinked: 1 },
  'dictionary/update': { id: 'lynas', warnings: [], relinked: 0 },
  'dictionary/delete': { did: 'deleted', relinked: 0 },
  'dictionary/merge': { relinked: 2 },
  'names/hide': null,
  'names/unhide': null,
  'card/hide': null,
  'suggestions/dismiss': null,
  'settings/changed': null,
};

type Role = 'page' | 'content' | 'framed' | 'foreign';
const ANY = fc.anything({
  withNullPrototype: true,
  withBigInt: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withTypedArray: true,
  withSparseArray: true,
  withBoxedValues: true,
  maxDepth: 3,
});

const senderArb: fc.Arbitrary<{ role: Role; sender: unknown }> = fc.oneof(
  fc
    .constantFrom<SenderLike>(POPUP, POPUP_IN_TAB, { id: RUNTIME_ID, url: `${ORIGIN}library.html#/timeline` })
    .map((sender) => ({ role: 'page' as const, sender })),
  fc
    .record({ id: fc.nat({ max: 2 ** 31 }), url: fc.webUrl() })
    .map(({ id, url }) => ({ role: 'content' as const, sender: { ...CONTENT, url, origin: undefined, tab: { id, url } } })),
  fc.webUrl().map((url) => ({ role: 'framed' as const, sender: { id: RUNTIME_ID, url: `${ORIGIN}popup.html`, tab: { id: 3, url } } })),
  fc
    .record({ id: fc.string().filter((s) => s !== RUNTIME_ID), url: fc.constantFrom(`${ORIGIN}popup.html`, 'https://news.example/') })
    .map((sender) => ({ role: 'foreign' as const, sender })),
  ANY.filter((s) => !(s && typeof s === 'object' && (s as { id?: unknown }).id === RUNTIME_ID)).map((sender) => ({ role: 'foreign' as const, sender })),
);

/** Payload variants: valid, one field replaced, one field removed, an extra field, anything at all. */
const payloadArb = (type: MessageType): fc.Arbitrary<unknown> => {
  const valid = VALID[type] as Record<string, unknown>;
  const keys = Object.keys(valid);
  return fc.oneof(
    fc.constant(valid),
    keys.length ? fc.tuple(fc.constantFrom(...keys), ANY).map(([k, v]) => ({ ...valid, [k]: v })) : fc.constant(valid),
    keys.length ? fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== k))) : fc.constant(undefined),
    fc.tuple(fc.string(), ANY).map(([k, v]) => {
      // defineProperty makes an own key even for `__proto__` (as JSON.parse or structured clone would).
      const o: Record<string, unknown> = { ...valid };
      Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true, writable: true });
      return o;
    }),
    fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}') as unknown),
    ANY,
  );
};

const messageArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TYPES).chain((type) => fc.record({ type: fc.constant(type), payload: payloadArb(type) })) },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'data/wipe', 'PING', ''), payload: ANY }),
  },
  { weight: 1, arbitrary: ANY },
);

function accepts(role: Role, sender: unknown, message: unknown): boolean {
  if (role === 'foreign' || !message || typeof message !== 'object') return false;
  const type = (message as { type?: unknown }).type;
  if (typeof type !== 'string' || !Object.hasOwn(MESSAGES, type)) return false;
  const spec = MESSAGES[type as MessageType];
  if (spec.privileged && role !== 'page') return false;
  if ('fromTab' in spec && spec.fromTab && typeof (sender as SenderLike).tab?.id !== 'number') return false;
  const payload = (message as { payload?: unknown }).payload;
  return spec.request.safeParse(payload === undefined ? {} : payload).success;
}

describe('router under generated hostile input', () => {
  it('calls a handler exactly for authorised, well-formed messages; privileged ones only from extension pages', async () => {
    const calls: MessageType[] = [];
    const handlers = Object.fromEntries(TYPES.map((type) => [type, () => (calls.push(type), RESPONSES[type])])) as MessageHandlers;
    const router = createMessageRouter(handlers, { runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN });
    const tally = { rejected: 0, accepted: 0, privilegedFromPage: 0 };

    await fc.assert(
      fc.asyncProperty(senderArb, messageArb, async ({ role, sender }, message) => {
        calls.length = 0;
        const expected = accepts(role, sender, message);
        const result = await router.handle(message, sender); // must not throw
        expect(calls.length).toBe(expected ? 1 : 0);
        expect(result.ok).toBe(expected);
        if (!result.ok) {
          expect(typeof result.error.code).toBe('string');
          expect(typeof result.error.message).toBe('string');
        }
        for (const type of calls) if (MESSAGES[type].privileged) expect(role).toBe('page');
        if (expected) {
          tally.accepted++;
          if (MESSAGES[calls[0]!].privileged) tally.privilegedFromPage++;
        } else tally.rejected++;
      }),
      { numRuns: 13_000, seed: 20261122 },
    );
    expect(tally.rejected).toBeGreaterThanOrEqual(10_000);
    expect(tally.accepted).toBeGreaterThan(100); // the oracle is not vacuous
    expect(tally.privilegedFromPage).toBeGreaterThan(10);
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
