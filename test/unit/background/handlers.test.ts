import { afterEach, describe, expect, it } from 'vitest';
import { createBackgroundHandlers, type HandlerDeps } from '../../../lib/background/handlers';
import { createSavedPages } from '../../../lib/background/saved-pages';
import { createTabState } from '../../../lib/background/tab-state';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/settings/schema';
import { installBundle, saveArticle, StoreError, type LodestoneDB } from '../../../lib/store';
import { freshDb, makeBundle, makeSaveInput } from '../store/fixtures';
import { fakeBadge, fakeSession, fakeTabs } from './fakes';

let db: LodestoneDB;
afterEach(() => db?.close());

/** The handlers over a real (fake-indexeddb) store and fake browser parts; `over` replaces deps. */
async function setup(over: Partial<HandlerDeps> = {}) {
  db = freshDb();
  await installBundle(db, makeBundle());
  const badge = fakeBadge();
  // A clock that moves only when the handler waits, so waiting for a report takes no real time.
  let clock = 0;
  const calls = { notified: 0, annotated: [] as number[], saved: [] as number[], settings: [] as Settings[] };
  let settings: Settings = { ...DEFAULT_SETTINGS, highlightMode: 'every' };
  const deps: HandlerDeps = {
    openStore: async () => db,
    tabs: fakeTabs({ 1: { url: 'https://news.example/a', title: 'Tab A' }, 2: { url: 'chrome://extensions', title: 'Extensions' } }),
    tabState: createTabState({ session: fakeSession(), badge, now: () => clock, sleep: async (ms) => void (clock += ms) }),
    savedPages: createSavedPages(fakeSession()),
    annotateOnClick: async (tabId) => (calls.annotated.push(tabId), false),
    saveTab: async (_db, tabId) => (calls.saved.push(tabId), { sourceId: 'saved:x', updated: false, factCount: 2 }),
    notifyChanged: async () => void calls.notified++,
    settings: {
      load: async () => settings,
      save: async (s) => {
        calls.settings.push(s);
        settings = s;
      },
    },
    ...over,
  };
  return { handlers: createBackgroundHandlers(deps), deps, badge, calls };
}
const ctx = (tabId?: number) => (tabId === undefined ? { sender: {} } : { sender: {}, tabId });

describe('background handlers', () => {
  it('page/report records the tab and marks it when its page is saved', async () => {
    const { handlers, deps, badge } = await setup();
    await handlers['page/report']!({ url: 'https://news.example/a', title: 'A', counts: { lynas: 2 }, readable: true }, ctx(1));
    expect(await deps.tabState.get(1)).toMatchObject({ counts: { lynas: 2 } });
    expect(badge.title.get(1)).toBeUndefined();
    await saveArticle(db, makeSaveInput('https://news.example/a'));
    await handlers['page/report']!({ url: 'https://news.example/a', title: 'A', counts: { lynas: 2 }, readable: true }, ctx(1));
    expect(badge.title.get(1)).toBe('Lodestone — this article is saved');
    expect(await handlers['page/report']!({ url: 'u', title: '', counts: {}, readable: false }, ctx())).toBeNull();
  });

  it('entity/card answers from the store, and names an unknown entity', async () => {
    const { handlers } = await setup();
    const card = await handlers['entity/card']!({ entityId: 'lynas' }, ctx(1));
    expect(card.entity.name).toBe('Lynas');
    expect(card.latestFacts.length).toBeGreaterThan(0);
    await expect(handlers['entity/card']!({ entityId: 'nobody' }, ctx(1))).rejects.toMatchObject({
      code: 'not-found',
      message: 'Lodestone knows no entity nobody.',
    });
  });

  it('timeline/open opens the library on the entity', async () => {
    const { handlers, deps } = await setup();
    await handlers['timeline/open']!({ entityId: 'lynas' }, ctx(1));
    expect((deps.tabs as ReturnType<typeof fakeTabs>).opened).toEqual(['/library.html#/entity/lynas']);
  });

  it('tab/state describes the tab from its report, or from the tab when nothing reported', async () => {
    const { handlers, deps, calls } = await setup();
    await deps.tabState.record(1, { url: 'https://news.example/a#x', title: 'Reported', readable: true, counts: { lynas: 3 } });
    expect(await handlers['tab/state']!({ tabId: 1 }, ctx())).toEqual({
      url: 'https://news.example/a#x',
      title: 'Reported',
      readable: true,
      counts: { lynas: 3 },
      savedSourceId: null,
    });
    // Nothing reported from a browser page: injection is tried (and refused), the tab's own data answers.
    expect(await handlers['tab/state']!({ tabId: 2 }, ctx())).toEqual({
      url: 'chrome://extensions',
      title: 'Extensions',
      readable: false,
      counts: {},
      savedSourceId: null,
    });
    expect(calls.annotated).toEqual([2]);
    await expect(handlers['tab/state']!({ tabId: 99 }, ctx())).rejects.toMatchObject({ code: 'not-found' });
  });

  it('tab/state drops a report about the page the tab showed before', async () => {
    const { handlers, deps } = await setup();
    await deps.tabState.record(1, { url: 'https://news.example/old', title: 'Old', readable: true, counts: { china: 1 } });
    const state = await handlers['tab/state']!({ tabId: 1 }, ctx());
    expect(state).toMatchObject({ url: 'https://news.example/a', title: 'Tab A', counts: {} });
    expect(await deps.tabState.get(1)).toBeUndefined();
  });

  it('tab/state names the saved article, and explains when the store cannot be opened', async () => {
    const { handlers } = await setup();
    const saved = await saveArticle(db, makeSaveInput('https://news.example/a'));
    expect((await handlers['tab/state']!({ tabId: 1 }, ctx())).savedSourceId).toBe(saved.sourceId);
    const broken = await setup({
      openStore: () => Promise.reject(new StoreError('unavailable', 'Storage is off in this window, so saving is turned off here.')),
    });
    expect(await broken.handlers['tab/state']!({ tabId: 1 }, ctx())).toMatchObject({
      savedSourceId: null,
      storageUnavailable: 'Storage is off in this window, so saving is turned off here.',
    });
  });

  it('article/save hands the tab to the save pipeline', async () => {
    const { handlers, calls } = await setup();
    expect(await handlers['article/save']!({ tabId: 1 }, ctx())).toEqual({ sourceId: 'saved:x', updated: false, factCount: 2 });
    expect(calls.saved).toEqual([1]);
  });

  it('source/delete refuses seeds and unknown articles, deletes a saved one and tells the tabs', async () => {
    const { handlers, calls } = await setup();
    await expect(handlers['source/delete']!({ sourceId: 'seed:a' }, ctx())).rejects.toMatchObject({ code: 'seed-readonly' });
    await expect(handlers['source/delete']!({ sourceId: 'saved:none' }, ctx())).rejects.toMatchObject({ code: 'not-found' });
    expect(calls.notified).toBe(0);
    const saved = await saveArticle(db, makeSaveInput('https://news.example/a'));
    expect(await handlers['source/delete']!({ sourceId: saved.sourceId }, ctx())).toBeNull();
    expect(await db.sources.get(saved.sourceId)).toBeUndefined();
    expect(calls.notified).toBe(1);
  });

  it('data/export and data/import round-trip the user’s articles and settings', async () => {
    const { handlers, calls } = await setup();
    await saveArticle(db, makeSaveInput('https://news.example/a', [{ start: 0, entityIds: ['lynas'], date: '2025-10' }]));
    const { json } = await handlers['data/export']!({}, ctx());
    const other = await setup();
    expect(await other.handlers['data/import']!({ json }, ctx())).toEqual({ added: 1, updated: 0, skipped: 0, entitiesAdded: 0, dictionaryChanged: 0 });
    expect(other.calls.settings).toHaveLength(1);
    expect(other.calls.settings[0]!.highlightMode).toBe('every');
    expect(other.calls.notified).toBe(1);
    expect(calls.notified).toBe(0);
  });

  it('data/import refuses a broken file whole, with the invalid-import code', async () => {
    const { handlers, calls } = await setup();
    await expect(handlers['data/import']!({ json: '{"format":"something-else"}' }, ctx())).rejects.toMatchObject({
      code: 'invalid-import',
      message: expect.stringMatching(/^Cannot import this file: it is not a Lodestone export/),
    });
    expect(calls.notified).toBe(0);
  });
});
