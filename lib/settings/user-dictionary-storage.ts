/**
 * The user's dictionary overlay mirrored into `storage.local` (issue 13). The store (IndexedDB in
 * the extension's origin) holds the dictionary; a content script cannot open it (it would land in
 * the page's origin) but can read and watch `storage.local`, as it already does for settings. So
 * the background writes the compact overlay here after every change and at start-up, and every
 * open tab follows it without a reload and without asking the background at start.
 *
 * The background compiles the entities once per change (`lib/spotter/compiled-overlay.ts`, issue 14)
 * and publishes them compiled *instead of* as objects: `{ hidden, compiled, source }`. A page then
 * unpacks one string rather than compiling 1,000 entities, and the read itself is cheap: storage
 * hands a content script 1,000 entity objects in ~100 ms on a loaded machine, one string of the
 * same size in a few. `source` (a hash of the entities) lets the background skip compiling again
 * when nothing changed. An item of an older build (`{ entities, hidden }`) still works: a page
 * compiles those entities on the spot.
 */
import { storage } from 'wxt/utils/storage';
import { parseUserOverlay, type UserOverlay } from '../catalog/user-dictionary';
import { packOverlay, unpackOverlay } from '../spotter/compiled-overlay';
import { fnv1a64 } from '../text/hash';
import { readSettings, type Settings } from './defaults';
import { takeEarlyRead } from './early-read';
import { settingsItem } from './storage';

/** The one storage item; re-parsed on read (storage is not trusted to hold our shape). */
export const userDictionaryItem = storage.defineItem<unknown>('local:userDictionary', { fallback: null });

/** The overlay as a page reads it: hides, and the entities compiled (or, from an older build, as objects). */
export interface PublishedOverlay extends UserOverlay {
  /** `packOverlay(entities, seedVersion)`; checked by `unpackOverlay` before use. */
  compiled?: string;
}

/** What the background writes: the hides, the entities compiled, and a hash of those entities. */
interface StoredOverlay {
  hidden: UserOverlay['hidden'];
  compiled?: string;
  source?: string;
}

/** Parses the stored item; anything malformed reads as no overlay (and no compiled text). */
export function parsePublishedOverlay(raw: unknown): PublishedOverlay {
  const overlay = parseUserOverlay(raw);
  const compiled = raw !== null && typeof raw === 'object' ? (raw as { compiled?: unknown }).compiled : undefined;
  return typeof compiled === 'string' ? { ...overlay, compiled } : overlay;
}

/** Reads the overlay (empty when nothing is stored or storage is unavailable). */
export async function loadUserOverlay(): Promise<PublishedOverlay> {
  try {
    return parsePublishedOverlay(await userDictionaryItem.getValue());
  } catch {
    return parsePublishedOverlay(null);
  }
}

/** Calls `onChange` with the parsed overlay whenever it changes; returns the unwatch function. */
export function watchUserOverlay(onChange: (overlay: PublishedOverlay) => void): () => void {
  return userDictionaryItem.watch((value) => onChange(parsePublishedOverlay(value)));
}

/**
 * Writes the overlay (the background, after every dictionary change and at start-up), its entities
 * compiled for the seed of `seedVersion`. Unchanged: no write, so no tab hears of a change. When the
 * entities did not change (only the hides, or a restart), the stored text is kept if it is this
 * build's and sound, so nothing is compiled again.
 */
export async function publishUserOverlay(overlay: UserOverlay, seedVersion: string): Promise<void> {
  const raw: unknown = await userDictionaryItem.getValue();
  const stored = raw !== null && typeof raw === 'object' ? (raw as Partial<StoredOverlay>) : {};
  const source = overlay.entities.length ? fnv1a64(JSON.stringify(overlay.entities)) : undefined;
  let compiled: string | undefined;
  if (source !== undefined)
    compiled =
      stored.source === source && unpackOverlay(stored.compiled, seedVersion) !== undefined ? stored.compiled : packOverlay(overlay.entities, seedVersion);
  const next: StoredOverlay = { hidden: overlay.hidden, ...(compiled !== undefined ? { compiled, source } : {}) };
  if (JSON.stringify(raw) === JSON.stringify(next)) return;
  await userDictionaryItem.setValue(next);
}

/**
 * The settings and the overlay in one `storage.local` read: what a page needs before it can start,
 * in one IPC round trip rather than two racing ones (the content script's start, issue 14). The
 * read the early content script started before the page was parsed is taken when there is one
 * (`early-read.ts`).
 */
export async function loadSettingsAndOverlay(): Promise<{ settings: Settings; overlay: PublishedOverlay }> {
  try {
    const early = await takeEarlyRead();
    if (early) return { settings: readSettings(early.settings), overlay: parsePublishedOverlay(early.userDictionary ?? null) };
    const [settings, overlay] = await storage.getItems([settingsItem, userDictionaryItem]);
    return { settings: readSettings(settings?.value), overlay: parsePublishedOverlay(overlay?.value) };
  } catch {
    return { settings: readSettings(undefined), overlay: parsePublishedOverlay(null) };
  }
}
