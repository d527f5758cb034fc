/**
 * Helpers for the saving suite (save.spec.ts): what the background stored (through the service
 * worker's debug hook), messages sent from an extension page the way the popup sends them, the
 * toolbar state of a tab, storage faults injected into the service worker, a generated 20 MB
 * article, and a browser of its own on a user-data directory that survives a relaunch.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { chromiumArgs } from '../harness/launch';
import type { Result } from '../../lib/result';
import { findChromium } from '../harness/chromium';

/** The article the fixtures serve under two addresses, and what its metadata says. */
export const ARTICLE = {
  file: 'save/news-article.html',
  copy: 'save/news-article-amp.html',
  /** `link[rel=canonical]` without its tracking parameter (and, for the copy, its fragment). */
  canonicalUrl: 'https://www.mineralsdaily.example/2026/02/17/kestrel-magnet-supply-pact',
  title: 'Kestrel Motors signs magnet supply pact with MP Materials',
  byline: 'Jane Ortega',
  siteName: 'Minerals Daily',
  published: '2026-02-17',
} as const;

/** A saved article as the debug hook returns it. */
export interface SavedArticle {
  source: {
    id: string;
    origin: string;
    title: string;
    byline?: string;
    publisher?: string;
    url: string;
    canonicalUrl?: string;
    published: string;
    publishedFrom?: string;
    savedAt?: string;
    textLength: number;
    factCount: number;
  };
  facts: { id: string; quote: string; entityIds: string[]; date: { value: string; precision: string; from: string } }[];
  mentions: { entityId: string; count: number }[];
}

type Debug = {
  savedArticles(): Promise<SavedArticle[]>;
  counts(): Promise<{ sources: number; facts: number; entities: number }>;
  command(name: string, tabId: number): Promise<unknown>;
  menuClick(tabId: number, menuItemId?: string): Promise<unknown>;
  closeStore(): void;
};

/** Every saved article, with facts and mention counts. */
export function savedArticles(worker: Worker): Promise<SavedArticle[]> {
  return worker.evaluate(() => (globalThis as unknown as { lodestoneDebug: Debug }).lodestoneDebug.savedArticles());
}

/** Row counts (sources, facts, entities). */
export function storeCounts(worker: Worker): Promise<{ sources: number; facts: number; entities: number }> {
  return worker.evaluate(() => (globalThis as unknown as { lodestoneDebug: Debug }).lodestoneDebug.counts());
}

/** What a save from the menu or the keyboard returned. */
export type UiSave = Result<{ sourceId: string; updated: boolean; factCount: number }> | null;

/** Runs the background's keyboard-command listener for `tabId` (what Chromium does on Alt+Shift+S). */
export function runCommand(worker: Worker, command: string, tabId: number): Promise<UiSave> {
  return worker.evaluate(([c, id]) => (globalThis as unknown as { lodestoneDebug: Debug }).lodestoneDebug.command(c, id) as Promise<UiSave>, [
    command,
    tabId,
  ] as const);
}

/** Runs the background's context-menu listener for a click on "Save to Lodestone" in `tabId`. */
export function clickSaveMenu(worker: Worker, tabId: number): Promise<UiSave> {
  return worker.evaluate((id) => (globalThis as unknown as { lodestoneDebug: Debug }).lodestoneDebug.menuClick(id) as Promise<UiSave>, tabId);
}

/** A `Result` as the protocol returns it (lib/result.ts). */
export type { Result };

/** Sends a protocol message from an extension page (the popup), as the popup's own client does. */
export function sendFromPage<T>(extensionPage: Page, type: string, payload: unknown): Promise<Result<T>> {
  return extensionPage.evaluate(
    ([t, p]) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({
        type: t,
        payload: p,
      }) as Promise<Result<T>>,
    [type, payload] as const,
  );
}

/** Deletes every saved article (through the protocol, from an extension page). */
export async function clearSaved(worker: Worker, extensionPage: Page): Promise<void> {
  for (const a of await savedArticles(worker)) {
    const r = await sendFromPage(extensionPage, 'source/delete', { sourceId: a.source.id });
    if (!r.ok) throw new Error(`could not delete ${a.source.id}: ${r.error.message}`);
  }
}

/** The toolbar button's state for a tab: tooltip, badge text and badge colour. */
export function actionState(worker: Worker, tabId: number): Promise<{ title: string; text: string; color: number[] }> {
  return worker.evaluate(async (id) => {
    const a = (
      globalThis as unknown as {
        chrome: {
          action: {
            getTitle(d: { tabId: number }): Promise<string>;
            getBadgeText(d: { tabId: number }): Promise<string>;
            getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
          };
        };
      }
    ).chrome.action;
    return { title: await a.getTitle({ tabId: id }), text: await a.getBadgeText({ tabId: id }), color: [...(await a.getBadgeBackgroundColor({ tabId: id }))] };
  }, tabId);
}

/** The badge colour `markTabSaved` uses (#1a7f37), as Chromium reports it. */
export const SAVED_BADGE_COLOR = [0x1a, 0x7f, 0x37, 255];

/**
 * Makes the service worker's IndexedDB writes to object store `table` fail as a full disk does: each
 * `put`/`add` throws a `QuotaExceededError` DOMException (Dexie's own write path, transaction abort
 * and error mapping all run as they would for real). Returns a function that undoes it.
 */
export async function failWritesWithQuota(worker: Worker, table: string): Promise<() => Promise<void>> {
  await worker.evaluate((name) => {
    const proto = IDBObjectStore.prototype as unknown as Record<string, unknown> & { __lodestoneSaved?: Record<string, unknown> };
    proto.__lodestoneSaved ??= { put: proto.put, add: proto.add };
    for (const method of ['put', 'add'] as const) {
      const original = proto.__lodestoneSaved[method] as (this: IDBObjectStore, ...args: unknown[]) => IDBRequest;
      proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
        if (this.name === name) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  }, table);
  return () =>
    worker.evaluate(() => {
      const proto = IDBObjectStore.prototype as unknown as Record<string, unknown> & { __lodestoneSaved?: Record<string, unknown> };
      if (proto.__lodestoneSaved) Object.assign(proto, proto.__lodestoneSaved);
      delete proto.__lodestoneSaved;
    });
}

/**
 * Makes IndexedDB unusable in the service worker, as in a private window or with site data turned
 * off (`indexedDB.open` throws a SecurityError), and closes the background's open connection so it
 * has to open the store again. Returns a function that undoes it (and reopens lazily).
 */
export async function makeIndexedDbUnavailable(worker: Worker): Promise<() => Promise<void>> {
  await worker.evaluate(() => {
    const proto = IDBFactory.prototype as unknown as Record<string, unknown> & { __lodestoneOpen?: unknown };
    proto.__lodestoneOpen ??= proto.open;
    proto.open = function () {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    };
    (globalThis as unknown as { lodestoneDebug: Debug }).lodestoneDebug.closeStore();
  });
  return () =>
    worker.evaluate(() => {
      const proto = IDBFactory.prototype as unknown as Record<string, unknown> & { __lodestoneOpen?: unknown };
      if (proto.__lodestoneOpen) proto.open = proto.__lodestoneOpen;
      delete proto.__lodestoneOpen;
      (globalThis as unknown as { lodestoneDebug: Debug }).lodestoneDebug.closeStore();
    });
}

/**
 * A news page whose article is about `bytes` long (HTML ≈ text): many paragraphs of a real
 * article's sentences, so Readability takes it for one article. Generated rather than committed.
 */
export function hugeArticleHtml(bytes: number): string {
  const para =
    'Kestrel Motors said its suppliers in Texas and Malaysia would need years to match the output of refiners in China, and analysts expect prices of NdPr oxide to stay volatile while new separation plants start up. ';
  const block = `<p>${para.repeat(4)}</p>\n`;
  const head =
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article far too long to save | Minerals Daily</title>' +
    '<link rel="canonical" href="https://www.mineralsdaily.example/2026/02/20/the-endless-article">' +
    '<meta property="article:published_time" content="2026-02-20T09:00:00Z"></head><body><article><h1>An article far too long to save</h1>\n';
  const tail = '</article></body></html>';
  const n = Math.ceil((bytes - head.length - tail.length) / block.length);
  return head + block.repeat(n) + tail;
}

/** A Chromium with the extension on a user-data directory of our own (survives a relaunch). */
export async function launchOnProfile(extensionDir: string, userDataDir: string): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args: chromiumArgs(extensionDir),
    viewport: { width: 1280, height: 900 },
  });
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/** A fresh temporary user-data directory (the caller removes it). */
export function tempProfile(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-save-'));
}

/** The id of the tab showing `page`, asked of `worker`. */
export async function tabIdIn(worker: Worker, page: Page): Promise<number> {
  const url = page.url();
  const id = await worker.evaluate(async (u: string) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, url);
  if (id < 0) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Waits until the background has the content script's report for `tabId` (the page was read). */
export async function waitForReport(worker: Worker, tabId: number, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    const ok = await worker.evaluate(async (id) => {
      const s = await (globalThis as unknown as { lodestoneDebug: { tabSummary(id: number): Promise<{ entities: unknown[] }> } }).lodestoneDebug.tabSummary(id);
      return s.entities.length > 0;
    }, tabId);
    if (ok) return;
    if (Date.now() > end) throw new Error(`tab ${tabId} never reported`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
