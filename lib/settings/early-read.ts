/**
 * The page's one storage read, started before the page is parsed (issue 14). Lodestone's content
 * script runs at `document_idle` and cannot spot before it has the settings and the reader's
 * overlay: one `storage.local` round trip, 15–50 ms on a loaded machine, which was most of its
 * start-up. A tiny second content script (`entrypoints/early.content.ts`, `document_start`) asks
 * for both as soon as the page starts loading and leaves the answer on the content scripts' shared
 * global (the extension's isolated world, which pages cannot see); by `document_idle` it has
 * arrived and the main script takes it (`takeEarlyRead`) instead of asking again.
 *
 * A value that changes after the read is asked for makes the answer stale: the early script
 * listens for changes to either item from before it asks, and a stale answer is not taken (the
 * main script reads again). Where the early script does not run (the content script injected on a
 * click, an old registration), there is nothing to take and the main script reads as before.
 */
import { browser } from 'wxt/browser';

/** The `storage.local` keys a page needs to start (`local:settings`, `local:userDictionary`). */
export const EARLY_KEYS = ['settings', 'userDictionary'] as const;

const GLOBAL = '__lodestoneEarlyRead';

interface EarlyRead {
  values: Promise<Record<string, unknown>>;
  stale: boolean;
  stop: () => void;
}

/** Starts the read (the early content script). Does nothing when one was started already. */
export function startEarlyRead(): void {
  const g = globalThis as Record<string, unknown>;
  if (g[GLOBAL]) return;
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && EARLY_KEYS.some((k) => k in changes)) read.stale = true;
  };
  const read: EarlyRead = {
    values: Promise.resolve({}),
    stale: false,
    stop: () => browser.storage.onChanged.removeListener(onChanged),
  };
  try {
    browser.storage.onChanged.addListener(onChanged);
    read.values = browser.storage.local.get([...EARLY_KEYS]);
    // Nobody may take it (the main script did not start): a failed read is nobody's error.
    read.values.catch(() => undefined);
    g[GLOBAL] = read;
  } catch {
    read.stop();
  }
}

/**
 * The early read's values if it ran and nothing changed since it was asked for; undefined
 * otherwise (read afresh). Used once: the next call finds nothing.
 */
export async function takeEarlyRead(): Promise<Record<string, unknown> | undefined> {
  const g = globalThis as Record<string, unknown>;
  const read = g[GLOBAL] as EarlyRead | undefined;
  if (!read) return undefined;
  delete g[GLOBAL];
  try {
    const values = await read.values;
    return read.stale ? undefined : values;
  } catch {
    return undefined;
  } finally {
    read.stop();
  }
}
