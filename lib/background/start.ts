/**
 * Background service worker start-up: registers listeners synchronously (MV3 requires listeners
 * to be added in the first turn of the event loop so that wake-up events are not lost).
 */
import { browser } from 'wxt/browser';

/** Registers the background's listeners. */
export function startBackground(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (typeof message === 'object' && message !== null && (message as { type?: unknown }).type === 'ping') {
      return Promise.resolve({ ok: true, value: 'pong' });
    }
    return undefined;
  });
}
