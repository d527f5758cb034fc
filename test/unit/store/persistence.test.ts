import { describe, expect, it } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  INSTALL_FLAG_KEY,
  detectEviction,
  dismissEvictionNotice,
  getEvictionNotice,
  getStorageUsage,
  requestPersistence,
  type InstallFlagStorage,
} from '../../../lib/store/persistence';
import { installBundle } from '../../../lib/store/install-bundle';
import { freshDb, makeBundle } from './fixtures';

function memoryStorage(): InstallFlagStorage & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    getItem: async (k) => data.get(k) ?? null,
    setItem: async (k, v) => void data.set(k, v),
  };
}

describe('eviction detection', () => {
  it('is quiet on first run and on later runs with the store intact', async () => {
    const db = freshDb();
    const storage = memoryStorage();
    await installBundle(db, makeBundle());
    expect(await detectEviction(db, storage)).toBe(false);
    const marker = await db.meta.get('marker');
    expect(storage.data.get(INSTALL_FLAG_KEY)).toBe(marker?.key === 'marker' ? marker.installId : 'missing');
    expect(await detectEviction(db, storage)).toBe(false);
    expect(await getEvictionNotice(db)).toBeNull();
  });

  it('reports an eviction once, whether detection runs before or after the reinstall', async () => {
    for (const order of ['detect-first', 'install-first'] as const) {
      const storage = memoryStorage();
      const first = freshDb();
      await installBundle(first, makeBundle());
      await detectEviction(first, storage);

      const wiped = freshDb(); // the browser dropped IndexedDB; extension storage survived
      const at = new Date('2026-05-05T05:05:05.000Z');
      if (order === 'install-first') await installBundle(wiped, makeBundle());
      expect(await detectEviction(wiped, storage, () => at), order).toBe(true);
      if (order === 'detect-first') await installBundle(wiped, makeBundle());
      expect(await getEvictionNotice(wiped)).toBe(at.toISOString());
      expect(await detectEviction(wiped, storage), order).toBe(false);
      await dismissEvictionNotice(wiped);
      expect(await getEvictionNotice(wiped)).toBeNull();
    }
  });

  it('works with WXT storage itself (the type fits and the flag lands in storage.local)', async () => {
    fakeBrowser.reset();
    const wxtStorage: InstallFlagStorage = storage;
    const db = freshDb();
    await installBundle(db, makeBundle());
    expect(await detectEviction(db, wxtStorage)).toBe(false);
    const marker = await db.meta.get('marker');
    expect(await fakeBrowser.storage.local.get('lodestoneInstallId')).toEqual({ lodestoneInstallId: marker?.key === 'marker' ? marker.installId : 'missing' });
    expect(await detectEviction(freshDb(), wxtStorage)).toBe(true);
  });

  it('treats lost extension storage (store intact) as no eviction', async () => {
    const db = freshDb();
    await installBundle(db, makeBundle());
    expect(await detectEviction(db, memoryStorage())).toBe(false);
  });
});

describe('persistence and usage', () => {
  it('asks for persistence only when needed and survives absent or throwing APIs', async () => {
    const calls: string[] = [];
    const nav = (persisted: boolean, grant: boolean) => ({
      storage: {
        persisted: async () => (calls.push('persisted'), persisted),
        persist: async () => (calls.push('persist'), grant),
      },
    });
    expect(await requestPersistence(nav(true, false))).toBe('granted');
    expect(calls).toEqual(['persisted']);
    expect(await requestPersistence(nav(false, true))).toBe('granted');
    expect(await requestPersistence(nav(false, false))).toBe('denied');
    expect(await requestPersistence({})).toBe('unsupported');
    expect(await requestPersistence(undefined)).toBe('unsupported');
    expect(await requestPersistence({ storage: { persist: () => Promise.reject(new Error('no')) } })).toBe('denied');
  });

  it('reports usage or null', async () => {
    expect(await getStorageUsage({ storage: { estimate: async () => ({ usage: 10, quota: 100 }) } })).toEqual({ usage: 10, quota: 100 });
    expect(await getStorageUsage({ storage: { estimate: async () => ({}) } })).toBeNull();
    expect(await getStorageUsage({})).toBeNull();
  });
});
