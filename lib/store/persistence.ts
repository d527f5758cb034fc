/**
 * Keeping the user's library: asking for persistent storage, noticing when the browser evicted the
 * database anyway, and reporting usage. Eviction is detected with two witnesses that live in
 * different storage areas: a marker row in IndexedDB (written when the store is first filled) and
 * an install flag in `browser.storage.local` holding the marker's id. A flag whose marker is gone
 * (or replaced by a fresh one) means IndexedDB was wiped while extension storage survived.
 */
import type { LodestoneDB } from './db';

/** The key of the install flag in extension storage (WXT storage key syntax). */
export const INSTALL_FLAG_KEY = 'local:lodestoneInstallId' as const;

/**
 * The slice of WXT's `storage` that eviction detection needs; pass `storage` from
 * 'wxt/utils/storage' (lib/store never imports it, so it stays testable in Node).
 */
export interface InstallFlagStorage {
  getItem(key: typeof INSTALL_FLAG_KEY): Promise<unknown>;
  setItem(key: typeof INSTALL_FLAG_KEY, value: string): Promise<void>;
}

function newInstallId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  return c?.randomUUID ? c.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** Returns the store's marker id, writing a new marker if there is none (caller's transaction or its own). */
export async function ensureMarker(db: LodestoneDB, at: string = new Date().toISOString()): Promise<string> {
  return db.transaction('rw', db.meta, async () => {
    const marker = await db.meta.get('marker');
    if (marker?.key === 'marker') return marker.installId;
    const installId = newInstallId();
    await db.meta.put({ key: 'marker', installId, createdAt: at });
    return installId;
  });
}

/**
 * Returns true when the browser evicted the store since the last check (call at start-up, before or
 * after `installBundle`). Also records an eviction notice in `meta` for the UI to show until dismissed.
 */
export async function detectEviction(db: LodestoneDB, storage: InstallFlagStorage, now: () => Date = () => new Date()): Promise<boolean> {
  const flag = await storage.getItem(INSTALL_FLAG_KEY);
  const installId = await ensureMarker(db, now().toISOString());
  if (flag === installId) return false;
  await storage.setItem(INSTALL_FLAG_KEY, installId);
  if (typeof flag !== 'string' || !flag) return false; // first run, or extension storage was cleared instead
  await db.meta.put({ key: 'eviction', detectedAt: now().toISOString() });
  return true;
}

/** When an eviction was detected and not yet dismissed (ISO timestamp), else null. */
export async function getEvictionNotice(db: LodestoneDB): Promise<string | null> {
  const row = await db.meta.get('eviction');
  return row?.key === 'eviction' ? row.detectedAt : null;
}

/** Clears the eviction notice once the user has seen it. */
export async function dismissEvictionNotice(db: LodestoneDB): Promise<void> {
  await db.meta.delete('eviction');
}

/** The subset of `navigator` used here (injectable for tests). */
export interface StorageNavigator {
  storage?: {
    persist?: () => Promise<boolean>;
    persisted?: () => Promise<boolean>;
    estimate?: () => Promise<{ usage?: number; quota?: number }>;
  };
}

const defaultNavigator = (): StorageNavigator | undefined => (globalThis as { navigator?: StorageNavigator }).navigator;

/**
 * Asks the browser not to evict the store. `granted`/`denied` as the browser answers;
 * `unsupported` where the Storage API is absent. Never throws.
 */
export async function requestPersistence(nav: StorageNavigator | undefined = defaultNavigator()): Promise<'granted' | 'denied' | 'unsupported'> {
  const storage = nav?.storage;
  if (!storage?.persist) return 'unsupported';
  try {
    if (storage.persisted && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}

/** Bytes used and available to the extension's origin, or null where the browser will not say. */
export async function getStorageUsage(nav: StorageNavigator | undefined = defaultNavigator()): Promise<{ usage: number; quota: number } | null> {
  if (!nav?.storage?.estimate) return null;
  try {
    const { usage, quota } = await nav.storage.estimate();
    return typeof usage === 'number' && typeof quota === 'number' ? { usage, quota } : null;
  } catch {
    return null;
  }
}
