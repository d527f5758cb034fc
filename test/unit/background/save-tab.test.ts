import { afterEach, describe, expect, it } from 'vitest';
import { createPreparedSaves } from '../../../lib/background/prepared-saves';
import { prepareTab, saveTab, type SaveTabDeps } from '../../../lib/background/save-tab';
import type { MessageClient } from '../../../lib/messages/client';
import { fail, ok } from '../../../lib/result';
import { createSpotter } from '../../../lib/spotter/matcher';
import { getSourceFacts, installBundle, savedSourceId, type LodestoneDB } from '../../../lib/store';
import { freshDb, makeBundle } from '../store/fixtures';

const ARTICLE = {
  url: 'https://amp.news.example/lynas?utm=x',
  canonicalUrl: 'https://news.example/lynas',
  title: 'Lynas ships',
  published: '2025-11-26',
  publishedFrom: 'meta' as const,
  text: 'Lynas ships heavy rare earths.\nIn October 2025 Lynas said China had tightened export rules.\nMP Materials plans a plant by 2028.',
};

let db: LodestoneDB;
afterEach(() => db?.close());

/** Deps whose calls are logged; `answers` are what the content script says, in order. */
async function setup(answers: Awaited<ReturnType<MessageClient['sendToTab']>>[], injectable = true) {
  db = freshDb();
  const bundle = makeBundle();
  await installBundle(db, bundle);
  const log: string[] = [];
  const deps: SaveTabDeps = {
    sendToTab: (async (tabId: number, type: string) => {
      log.push(`send ${tabId} ${type}`);
      return answers.shift() ?? fail('no-receiver', 'nobody');
    }) as MessageClient['sendToTab'],
    inject: async (tabId) => (log.push(`inject ${tabId}`), injectable),
    spotterFor: async () => createSpotter(bundle.entities),
    rememberSaved: async (tabId, pageUrl, canonicalUrl) => void log.push(`remember ${tabId} ${pageUrl} ${canonicalUrl}`),
    markSaved: async (tabId) => void log.push(`saved ${tabId}`),
    notifyChanged: async () => void log.push('notify'),
    now: () => new Date('2026-01-02T03:04:05Z'),
  };
  return { deps, log };
}

describe('saving a tab', () => {
  it('runs the pipeline on what the content script extracted and stores it under the canonical URL', async () => {
    const { deps, log } = await setup([ok(ARTICLE)]);
    const r = await saveTab(deps, db, 4);
    const id = savedSourceId('https://news.example/lynas');
    expect(r).toMatchObject({ sourceId: id, updated: false });
    const source = await db.sources.get(id);
    expect(source).toMatchObject({
      origin: 'saved',
      title: 'Lynas ships',
      url: 'https://amp.news.example/lynas?utm=x',
      canonicalUrl: 'https://news.example/lynas',
      savedAt: '2026-01-02T03:04:05.000Z',
    });
    const facts = await getSourceFacts(db, id);
    expect(facts.length).toBe(r.factCount);
    expect(facts.map((f) => f.date.value)).toEqual(expect.arrayContaining(['2025-10', '2028']));
    expect(facts.find((f) => f.date.value === '2025-10')?.entityIds).toEqual(expect.arrayContaining(['lynas', 'china']));
    expect(log).toEqual(['send 4 article/extract', `remember 4 ${ARTICLE.url} https://news.example/lynas`, 'saved 4', 'notify']);
  });

  it('injects the content script once when the tab has none, then asks again', async () => {
    const { deps, log } = await setup([fail('no-receiver', 'nobody'), ok(ARTICLE)]);
    await saveTab(deps, db, 2);
    expect(log.slice(0, 3)).toEqual(['send 2 article/extract', 'inject 2', 'send 2 article/extract']);
  });

  it('says the page cannot be read when nothing can be injected', async () => {
    const { deps, log } = await setup([fail('no-receiver', 'nobody')], false);
    await expect(saveTab(deps, db, 2)).rejects.toMatchObject({ code: 'no-receiver', message: expect.stringMatching(/^Lodestone cannot read this page/) });
    expect(log).not.toContain('saved 2');
    expect(await db.sources.where('origin').equals('saved').count()).toBe(0);
  });

  it('passes the content script’s refusal on with its code and message, storing nothing', async () => {
    const { deps } = await setup([fail('too-large', 'This article is too long to save.')]);
    await expect(saveTab(deps, db, 1)).rejects.toMatchObject({ code: 'too-large', message: 'This article is too long to save.' });
    expect(await db.sources.where('origin').equals('saved').count()).toBe(0);
  });

  it('refuses an article with no web address to save it under', async () => {
    const { deps } = await setup([ok({ ...ARTICLE, url: 'about:blank', canonicalUrl: 'about:blank' })]);
    await expect(saveTab(deps, db, 1)).rejects.toMatchObject({ code: 'no-article' });
  });
});

describe('an article read ahead (the popup opened)', () => {
  /** Saves `ARTICLE` in tab 4 with a reading made ahead by `prepareTab`, the spotter's reads counted. */
  async function saveWithReading(clickArticle: typeof ARTICLE, opts: { otherSpotter?: boolean } = {}) {
    const { deps, log } = await setup([ok(ARTICLE), ok(clickArticle)]);
    const bundle = makeBundle();
    const spotter = createSpotter(bundle.entities);
    let reads = 0;
    const counted = { ...spotter, findMentions: (text: string) => (reads++, spotter.findMentions(text)) };
    deps.spotterFor = async () => counted;
    const reading = prepareTab(deps, db, 4);
    await reading;
    const readsAhead = reads;
    if (opts.otherSpotter) deps.spotterFor = async () => ({ ...counted });
    const ahead = createPreparedSaves(() => reading);
    ahead.prepare(db, 4);
    deps.ahead = ahead;
    const r = await saveTab(deps, db, 4);
    return { r, log, readsAhead, readsOnClick: reads - readsAhead, ahead };
  }
  /** What the store holds for a saved article, ids and all. */
  async function stored(sourceId: string) {
    const { savedAt: _s, ...source } = (await db.sources.get(sourceId))!;
    return {
      source,
      text: await db.sourceTexts.get(sourceId),
      facts: await getSourceFacts(db, sourceId),
      mentions: await db.mentions.where('[sourceId+entityId]').between([sourceId, ''], [sourceId, '\uffff']).toArray(),
    };
  }

  it('stores the reading made ahead when the click extracts the same article: the same rows as reading on the click', async () => {
    const { r, readsAhead, readsOnClick, log } = await saveWithReading(ARTICLE);
    expect(readsAhead).toBe(1);
    expect(readsOnClick).toBe(0);
    expect(log.slice(0, 2)).toEqual(['send 4 article/prepare', 'send 4 article/extract']);
    const withReading = await stored(r.sourceId);
    db.close();
    const { deps } = await setup([ok(ARTICLE)]);
    const plain = await saveTab(deps, db, 4);
    expect(plain).toEqual(r);
    expect(await stored(plain.sourceId)).toEqual(withReading);
  });

  it('reads again on the click when the page changed since', async () => {
    const changed = { ...ARTICLE, text: `${ARTICLE.text}\nLynas said in December 2025 it would expand.` };
    const { r, readsOnClick } = await saveWithReading(changed);
    expect(readsOnClick).toBe(1);
    expect((await db.sourceTexts.get(r.sourceId))?.text).toContain('December 2025');
  });

  it('reads again on the click when the dictionary changed since', async () => {
    const { readsOnClick } = await saveWithReading(ARTICLE, { otherSpotter: true });
    expect(readsOnClick).toBe(1);
  });

  it('uses a reading once', async () => {
    const { ahead } = await saveWithReading(ARTICLE);
    expect(ahead.take(4)).toBeUndefined();
  });

  it('prepares nothing when the tab has no content script, no article, or one too large to read unasked', async () => {
    const { deps } = await setup([fail('no-receiver', 'nobody'), fail('no-article', 'No article found on this page.'), ok(null)]);
    expect(await prepareTab(deps, db, 4)).toBeUndefined();
    expect(await prepareTab(deps, db, 4)).toBeUndefined();
    expect(await prepareTab(deps, db, 4)).toBeUndefined();
  });
});

describe('the readings made ahead', () => {
  it('reads one tab once while a reading runs, keeps the last three tabs, and forgets a closed tab', async () => {
    const started: number[] = [];
    const ahead = createPreparedSaves(async (_db, tabId) => {
      started.push(tabId);
      return undefined;
    });
    const fakeDb = {} as LodestoneDB;
    ahead.prepare(fakeDb, 1);
    ahead.prepare(fakeDb, 1);
    expect(started).toEqual([1]);
    for (const t of [2, 3, 4]) ahead.prepare(fakeDb, t);
    expect(ahead.take(1)).toBeUndefined();
    ahead.forget(4);
    expect(ahead.take(4)).toBeUndefined();
    expect(ahead.take(3)).toBeInstanceOf(Promise);
    await Promise.resolve();
    // Done: a later popup reads again (the page may have changed).
    await ahead.take(2);
    ahead.prepare(fakeDb, 2);
    expect(started).toEqual([1, 2, 3, 4, 2]);
  });
});
