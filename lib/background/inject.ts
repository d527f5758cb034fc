/**
 * Annotate-on-click: on sites the user has not granted always-on access to, the content script is
 * injected into the current tab when the user acts (popup, menu, command), under `activeTab`.
 */
import { browser } from 'wxt/browser';

/** Injects the content script into `tabId`; false when the browser refuses (no access, browser page). */
export async function injectContentScript(tabId: number): Promise<boolean> {
  try {
    // The highlight palettes first (the manifest's `css` only reaches pre-granted sites).
    await browser.scripting.insertCSS({ target: { tabId }, files: ['/content-scripts/content.css'] }).catch(() => undefined);
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    return true;
  } catch {
    return false;
  }
}
