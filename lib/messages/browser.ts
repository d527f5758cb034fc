/**
 * The protocol bound to the real `browser` APIs: what entry points and `lib/background`,
 * `lib/content`, popup and library code import. The logic lives in client.ts and router.ts, which
 * take their browser access as parameters and are unit-tested without a browser.
 */
import { browser } from 'wxt/browser';
import { createMessageClient, type MessageClient } from './client';
import { createMessageRouter, type MessageHandlers, type MessageRouter } from './router';

let client: MessageClient | undefined;
const getClient = (): MessageClient =>
  (client ??= createMessageClient({
    sendMessage: (message) => browser.runtime.sendMessage(message),
    sendToTab: (tabId, message) => browser.tabs.sendMessage(tabId, message),
  }));

/** Sends a message to the background (or extension pages); never throws. */
export const sendMessage: MessageClient['send'] = (type, payload) => getClient().send(type, payload);

/** Sends a message to the content script in a tab; never throws. */
export const sendToTab: MessageClient['sendToTab'] = (tabId, type, payload) => getClient().sendToTab(tabId, type, payload);

/**
 * Registers `handlers` on `runtime.onMessage` (call synchronously at start-up in the background so
 * wake-up messages are not lost). Returns the router and a function that removes the listener.
 */
export function listenForMessages(handlers: MessageHandlers): { router: MessageRouter; stop: () => void } {
  const router = createMessageRouter(handlers, { runtimeId: browser.runtime.id, extensionOrigin: browser.runtime.getURL('/') });
  const listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => router.listener(message, sender, sendResponse);
  browser.runtime.onMessage.addListener(listener);
  return { router, stop: () => browser.runtime.onMessage.removeListener(listener) };
}
