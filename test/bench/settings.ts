/**
 * The benchmark tools' one way to change the extension's settings: merged into the `settings`
 * storage item from the extension's service worker, as the popup and options page do.
 */
import type { Worker } from '@playwright/test';

/** Merges `patch` into the extension's stored settings. */
export async function setSettings(worker: Worker, patch: Record<string, unknown>): Promise<void> {
  await worker.evaluate(async (p: Record<string, unknown>) => {
    const c = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> } } };
      }
    ).chrome;
    const cur = (await c.storage.local.get('settings')).settings as Record<string, unknown> | undefined;
    await c.storage.local.set({ settings: { ...(cur ?? {}), ...p } });
  }, patch);
}
