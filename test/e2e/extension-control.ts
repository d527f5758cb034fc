/**
 * Driving the extension itself from a test: its stored settings, a second injection of the content
 * script, a reload, and a summary of everything it has stored (to prove nothing was written).
 * Everything runs inside the extension's service worker (`worker.evaluate`).
 */
import type { BrowserContext, Worker } from '@playwright/test';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The slice of `chrome.*` the suite calls inside the service worker (typed here, not globally). */
interface ChromeLike {
  storage: {
    local: { get(k: string | null): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void>; remove(k: string): Promise<void> };
  };
  scripting: { executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  runtime: { reload(): void };
}
type WorkerLike = { evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> };

/**
 * Merges `patch` into the stored settings (`local:settings`, read by the content script live) and
 * returns a function that puts the previous value back.
 */
export async function patchSettings(worker: WorkerLike, patch: Record<string, unknown>): Promise<() => Promise<void>> {
  const previous = await worker.evaluate(async (p: Record<string, unknown>) => {
    const c = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    const cur = (await c.storage.local.get('settings')).settings as Record<string, unknown> | undefined;
    await c.storage.local.set({ settings: { ...(cur ?? {}), ...p } });
    return cur === undefined ? null : JSON.stringify(cur);
  }, patch);
  return async () => {
    await worker.evaluate(async (prev: string | null) => {
      const c = (globalThis as unknown as { chrome: ChromeLike }).chrome;
      if (prev === null) await c.storage.local.remove('settings');
      else await c.storage.local.set({ settings: JSON.parse(prev) as unknown });
    }, previous);
  };
}

/** Injects the built content script into a tab a second time (as `chrome.scripting` would on click). */
export async function injectContentScriptAgain(worker: WorkerLike, tabId: number): Promise<void> {
  await worker.evaluate(async (id: number) => {
    const c = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    await c.scripting.executeScript({ target: { tabId: id }, files: ['content-scripts/content.js'] });
  }, tabId);
}

/**
 * Everything the extension has stored, summarised: `chrome.storage.local` as JSON and, for every
 * IndexedDB object store of the extension's origin, a record count and a content hash. Two equal
 * snapshots mean nothing was written in between.
 */
export async function snapshotExtensionData(worker: WorkerLike): Promise<{ storage: string; idb: Record<string, { count: number; hash: string }> }> {
  const json = await worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: ChromeLike }).chrome;
    const hash = (s: string): string => {
      let h = 0x811c9dc5;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
      return h.toString(16);
    };
    const req = <T>(r: IDBRequest<T>) =>
      new Promise<T>((res, rej) => {
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
    const idb: Record<string, { count: number; hash: string }> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await req(indexedDB.open(info.name));
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await req(db.transaction(store, 'readonly').objectStore(store).getAll());
        idb[`${info.name}/${store}`] = { count: all.length, hash: hash(JSON.stringify(all)) };
      }
      db.close();
    }
    return JSON.stringify({ storage: JSON.stringify(await c.storage.local.get(null)), idb });
  }, undefined);
  return JSON.parse(json) as { storage: string; idb: Record<string, { count: number; hash: string }> };
}

/** Polls `check` every 50 ms until it returns true or `ms` pass; returns whether it did. */
export async function waitFor(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > end) return false;
    await sleep(50);
  }
}

/**
 * Reloads the extension the way an update or a developer's reload does (`chrome.runtime.reload()`
 * in its service worker) and returns the new worker. Chromium only re-enables a reloaded unpacked
 * extension in developer mode (otherwise it comes back disabled as an "unsupported developer
 * extension"), so developer mode is switched on first, from chrome://extensions, in this throwaway
 * profile.
 */
export async function reloadExtension(context: BrowserContext, worker: Worker): Promise<Worker> {
  const settings = await context.newPage();
  await settings.goto('chrome://extensions/');
  await settings.evaluate(async () => {
    const dp = (globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(c: { inDeveloperMode: boolean }): Promise<void> } } })
      .chrome.developerPrivate;
    await dp.updateProfileConfiguration({ inDeveloperMode: true });
  });
  await settings.close();
  const next = context.waitForEvent('serviceworker', { timeout: 20_000 });
  await worker.evaluate(() => (globalThis as unknown as { chrome: ChromeLike }).chrome.runtime.reload()).catch(() => undefined);
  return next;
}
