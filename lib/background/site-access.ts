/**
 * Where the content script runs, with the least permission that works:
 *
 * - **Pre-granted** (`host_permissions`): `127.0.0.1` and `localhost` only, so the bundled sample
 *   pages and the tests are annotated with no click. The manifest's static content script covers them.
 * - **On click** (`activeTab` + `scripting`): on any other site, opening the popup (or saving, or the
 *   next-mention command) injects the content script into that one tab, once.
 * - **Always on, per site** (`optional_host_permissions`): the user grants a site from the popup
 *   (`permissions.request`, which the browser confirms); the background then registers a dynamic
 *   content script for exactly the granted origins. Revoking the permission (from the popup or the
 *   browser's own extension settings) unregisters it.
 */
import { browser } from 'wxt/browser';
import { BUILT_IN_SITE_PATTERNS, sitePattern } from '../permissions/site';
import { injectContentScript } from './inject';

/** The id of the dynamic content script that covers the user's granted sites. */
export const GRANTED_SCRIPT_ID = 'lodestone-granted-sites';
/** The id of its early storage read (`entrypoints/early.content.ts`, lib/settings/early-read.ts). */
export const GRANTED_EARLY_ID = 'lodestone-granted-sites-early';

/** The user-granted origins (match patterns), without the built-in ones and without broad wildcards. */
async function grantedSitePatterns(): Promise<string[]> {
  const all = await browser.permissions.getAll();
  return (all.origins ?? []).filter((o) => !BUILT_IN_SITE_PATTERNS.has(o) && !/^\*|:\/\/\*\//.test(o)).sort();
}

/** Makes the dynamic content script cover exactly the granted origins. Idempotent. */
export async function syncGrantedSites(): Promise<string[]> {
  const patterns = await grantedSitePatterns();
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [GRANTED_SCRIPT_ID, GRANTED_EARLY_ID] }).catch(() => []);
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: existing.map((s) => s.id) }).catch(() => undefined);
  if (patterns.length) {
    await browser.scripting.registerContentScripts([
      // The settings and overlay read, started before the page is parsed, as on the pre-granted sites.
      { id: GRANTED_EARLY_ID, matches: patterns, js: ['/content-scripts/early.js'], runAt: 'document_start', persistAcrossSessions: true },
      {
        id: GRANTED_SCRIPT_ID,
        matches: patterns,
        js: ['/content-scripts/content.js'],
        css: ['/content-scripts/content.css'],
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }
  return patterns;
}

/**
 * Annotate on click: the popup opened for a tab whose content script has not reported, so inject it
 * (the click granted `activeTab`). Returns whether it was injected. Browser pages and the web store
 * refuse injection; that is the "cannot read this page" state, not an error.
 */
export async function annotateOnClick(tabId: number, url: string | undefined): Promise<boolean> {
  if (!url || !sitePattern(url)) return false;
  return injectContentScript(tabId);
}

/** Keeps the registration in step with permission changes made anywhere. Call once at start-up. */
export function watchSiteGrants(): void {
  browser.permissions.onAdded.addListener(() => void syncGrantedSites().catch(() => undefined));
  browser.permissions.onRemoved.addListener(() => void syncGrantedSites().catch(() => undefined));
}
