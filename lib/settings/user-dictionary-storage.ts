/**
 * The user's dictionary overlay mirrored into `storage.local` (issue 13). The store (IndexedDB in
 * the extension's origin) holds the dictionary; a content script cannot open it (it would land in
 * the page's origin) but can read and watch `storage.local`, as it already does for settings. So
 * the background writes the compact overlay here after every change and at start-up, and every
 * open tab follows it without a reload and without asking the background at start.
 */
import { storage } from 'wxt/utils/storage';
import { parseUserOverlay, type UserOverlay } from '../catalog/user-dictionary';

/** The one storage item; re-parsed on read (storage is not trusted to hold our shape). */
export const userDictionaryItem = storage.defineItem<unknown>('local:userDictionary', { fallback: null });

/** Reads the overlay (empty when nothing is stored or storage is unavailable). */
export async function loadUserOverlay(): Promise<UserOverlay> {
  try {
    return parseUserOverlay(await userDictionaryItem.getValue());
  } catch {
    return parseUserOverlay(null);
  }
}

/** Calls `onChange` with the parsed overlay whenever it changes; returns the unwatch function. */
export function watchUserOverlay(onChange: (overlay: UserOverlay) => void): () => void {
  return userDictionaryItem.watch((value) => onChange(parseUserOverlay(value)));
}

/** Writes the overlay (the background, after every dictionary change). */
export async function publishUserOverlay(overlay: UserOverlay): Promise<void> {
  // Unchanged (the start-up publish, most often): no write, so no tab hears of a change.
  if (JSON.stringify(await userDictionaryItem.getValue()) === JSON.stringify(overlay)) return;
  await userDictionaryItem.setValue(overlay);
}
