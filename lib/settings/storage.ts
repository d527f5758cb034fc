/**
 * Settings kept with WXT's storage helpers in `storage.local`, shared by the content script (which
 * watches them so open tabs follow changes without a reload), the popup and the library page.
 */
import { storage } from 'wxt/utils/storage';
// The Zod-free reader (defaults.ts): the content script reads settings on every page, and the
// schema's verdicts are the same (test/unit/settings/read-settings.test.ts).
import { DEFAULT_SETTINGS, readSettings as parseSettings, type Settings } from './defaults';

/** The one storage item. Values are re-parsed on read: storage is not trusted to hold our shape. */
export const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: DEFAULT_SETTINGS });

/** Reads the current settings (defaults when nothing is stored or storage is unavailable). */
export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await settingsItem.getValue());
  } catch {
    return parseSettings(undefined);
  }
}

/** Calls `onChange` with the parsed settings whenever they change; returns the unwatch function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}

/** Applies `change` to the stored settings and writes the result back; returns what was written. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await loadSettings()));
  await settingsItem.setValue(next);
  return next;
}

/** Switches Lodestone on or off for one host name. */
export function setSiteEnabled(site: string, enabled: boolean): Promise<Settings> {
  const host = site.toLowerCase();
  return updateSettings((s) => ({
    ...s,
    disabledSites: enabled ? s.disabledSites.filter((h) => h !== host) : [...s.disabledSites, host],
  }));
}
