/**
 * The content script's side of the protocol bound to the real `browser` APIs, free of Zod
 * (`content-checks.ts`): what `lib/content` imports. Extension pages and the background use
 * `browser.ts`.
 */
import { browser } from 'wxt/browser';
import type { MessageClient } from './client-core';
import { createContentClient, createContentRouter, type ContentHandlers } from './content-checks';
import type { MessageRouter } from './route-core';

let client: MessageClient | undefined;
const getClient = (): MessageClient =>
  (client ??= createContentClient({
    sendMessage: (message) => browser.runtime.sendMessage(message),
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  }));

/** Sends a message to the background; never throws. */
export const sendFromContent: MessageClient['send'] = (type, payload) => getClient().send(type, payload);

/** Registers the content script's handlers on `runtime.onMessage`; returns the router and a function that removes it. */
export function listenInContent(handlers: ContentHandlers): { router: MessageRouter; stop: () => void } {
  const router = createContentRouter(handlers, { runtimeId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') });
  const listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => router.listener(message, sender, sendResponse);
  browser.runtime.onMessage.addListener(listener);
  return { router, stop: () => browser.runtime.onMessage.removeListener(listener) };
}
