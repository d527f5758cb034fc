import { afterEach, describe, expect, it } from 'vitest';
import { notifyKnowledgeChanged } from '../../../lib/background/broadcast';
import { createBrowserUi, MENU_SAVE, type BrowserUiDeps } from '../../../lib/background/browser-ui';
import { installDebugHook } from '../../../lib/background/debug';
import { createKnowledge } from '../../../lib/background/knowledge';
import { createTabState } from '../../../lib/background/tab-state';
import type { MessageClient } from '../../../lib/messages/client';
import { MessageError } from '../../../lib/messages/result';
import { fail, ok } from '../../../lib/result';
import { StoreError, type LodestoneDB } from '../../../lib/store';
import { freshDb, makeBundle } from '../store/fixtures';
import { fakeBadge, fakeSession, fakeTabs } from './fakes';

const SAVED = { sourceId: 'saved:1', updated: false, factCount: 3 };

function setup(over: Partial<BrowserUiDeps> = {}) {
  const badge = fakeBadge();
  const sent: string[] = [];
  const deps: BrowserUiDeps = {
    openStore: async () => ({}) as LodestoneDB,
    saveTab: async () => SAVED,
    sendToTab: (async (tabId: number, type: string) => (sent.push(`${tabId} ${type}`), ok(null))) as MessageClient['sendToTab'],
    inject: async (tabId) => (sent.push(`inject ${tabId}`), true),
    tabs: fakeTabs({}, 12),
    badge,
    ...over,
  };
  return { ui: createBrowserUi(deps), badge, sent };
}

describe('menu and keyboard', () => {
  it('saves from the menu item and the save command, for the given or the active tab', async () => {
    const { ui } = setup();
    expect(await ui.onMenuClicked({ menuItemId: MENU_SAVE }, { id: 3 })).toEqual(ok(SAVED));
    expect(await ui.onMenuClicked({ menuItemId: 'something-else' }, { id: 3 })).toBeNull();
    expect(await ui.onMenuClicked({ menuItemId: MENU_SAVE })).toBeNull();
    expect(await ui.onCommand('save-article')).toEqual(ok(SAVED));
    const none = setup({ tabs: fakeTabs({}) });
    expect(await none.ui.onCommand('save-article')).toBeNull();
  });

  it('shows a failed save on the badge and returns it as a failure', async () => {
    const { ui, badge } = setup({
      saveTab: async () => {
        throw new MessageError('no-article', 'No article found on this page.');
      },
    });
    expect(await ui.onCommand('save-article', { id: 5 })).toEqual(fail('no-article', 'No article found on this page.'));
    expect(badge.text.get(5)).toBe('!');
    expect(badge.title.get(5)).toBe('Lodestone could not save this page: No article found on this page.');
    const store = setup({ openStore: () => Promise.reject(new StoreError('quota', 'The disk is full.')) });
    expect(await store.ui.onMenuClicked({ menuItemId: MENU_SAVE }, { id: 6 })).toEqual(fail('quota', 'The disk is full.'));
  });

  it('forwards next-mention to the tab, injecting the content script once when it has none', async () => {
    const { ui, sent } = setup();
    expect(await ui.onCommand('next-mention', { id: 8 })).toBeNull();
    expect(sent).toEqual(['8 mention/next']);
    let first = true;
    const cold = setup({
      sendToTab: (async (tabId: number, type: string) => {
        cold.sent.push(`${tabId} ${type}`);
        if (first) return ((first = false), fail('no-receiver', 'nobody'));
        return ok(null);
      }) as MessageClient['sendToTab'],
    });
    await cold.ui.onCommand('next-mention', { id: 9 });
    expect(cold.sent).toEqual(['9 mention/next', 'inject 9', '9 mention/next']);
  });
});

describe('broadcast', () => {
  it('tells every open tab the knowledge changed, whoever fails to answer', async () => {
    const sent: number[] = [];
    const sendToTab = (async (tabId: number) => {
      sent.push(tabId);
      if (tabId === 2) throw new Error('gone');
      return ok(null);
    }) as MessageClient['sendToTab'];
    await notifyKnowledgeChanged(fakeTabs({ 1: {}, 2: {}, 3: {} }), sendToTab);
    expect(sent.sort()).toEqual([1, 2, 3]);
    await expect(notifyKnowledgeChanged({ ids: () => Promise.reject(new Error('no tabs api')) }, sendToTab)).resolves.toBeUndefined();
  });
});

describe('knowledge', () => {
  let dbs: LodestoneDB[] = [];
  afterEach(() => {
    for (const d of dbs) d.close();
    dbs = [];
  });

  it('opens the store once with the bundle installed, and reopens after close', async () => {
    let made = 0;
    const k = createKnowledge({ newDb: () => (made++, dbs[dbs.push(freshDb()) - 1]!), bundle: () => makeBundle() });
    const [a, b] = await Promise.all([k.open(), k.open()]);
    expect(a).toBe(b);
    expect(await a.entities.count()).toBe(4);
    k.close();
    const c = await k.open();
    expect(c).not.toBe(a);
    expect(made).toBe(2);
  });

  it('tries again after a failed open instead of caching the failure', async () => {
    let attempts = 0;
    const k = createKnowledge({
      newDb: () => dbs[dbs.push(freshDb()) - 1]!,
      bundle: () => {
        if (++attempts === 1) throw new Error('first open fails');
        return makeBundle();
      },
    });
    await expect(k.open()).rejects.toThrow('first open fails');
    expect(await (await k.open()).entities.count()).toBe(4);
  });

  it('builds the save pipeline’s spotter over the store’s entities, again when they change', async () => {
    const k = createKnowledge({ newDb: () => dbs[dbs.push(freshDb()) - 1]!, bundle: () => makeBundle() });
    const db = await k.open();
    const s1 = await k.spotterFor(db);
    expect(s1.findMentions('Lynas and China sell rare earths').map((m) => m.entityId)).toEqual(['lynas', 'china']);
    expect(await k.spotterFor(db)).toBe(s1);
    await db.entities.add({
      id: 'custom-acme',
      name: 'Acme Metals',
      kind: 'company',
      aliases: [{ text: 'Acme Metals' }],
      description: 'A test company.',
      origin: 'custom',
    } as never);
    const s2 = await k.spotterFor(db);
    expect(s2).not.toBe(s1);
    expect(s2.findMentions('Acme Metals buys rare earths').map((m) => m.entityId)).toEqual(['custom-acme']);
  });
});

describe('debug hook', () => {
  it('reads the tab summary and counts through the injected parts, and runs the injected listeners', async () => {
    const dbList: LodestoneDB[] = [];
    const knowledge = createKnowledge({ newDb: () => dbList[dbList.push(freshDb()) - 1]!, bundle: () => makeBundle() });
    const tabState = createTabState({ session: fakeSession(), badge: fakeBadge() });
    await tabState.record(4, { url: 'https://x.example/', title: 'X', readable: true, counts: { lynas: 2, china: 5 } });
    const { ui } = setup();
    installDebugHook({ knowledge, tabState, entry: ui });
    const hook = (globalThis as unknown as { lodestoneDebug: Record<string, (...a: unknown[]) => Promise<unknown>> }).lodestoneDebug;
    expect(await hook.tabSummary!(4)).toEqual({
      entities: [
        { id: 'china', name: 'China', count: 5 },
        { id: 'lynas', name: 'Lynas', count: 2 },
      ],
      // Every one of makeBundle's five facts names Lynas or China.
      factCount: 5,
    });
    expect(await hook.counts!()).toEqual({ sources: 2, facts: 5, entities: 4 });
    expect(await hook.menuClick!(4)).toEqual(ok(SAVED));
    knowledge.close();
    for (const d of dbList) d.close();
  });
});
