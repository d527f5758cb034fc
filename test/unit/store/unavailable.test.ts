// IndexedDB that cannot be used (private modes, site data turned off): every store call says so as
// `unavailable`, the first time and every time after (Dexie answers later calls with a
// DatabaseClosedError wrapping the cause, which once read as "blocked by another tab").
import { afterEach, describe, expect, it } from 'vitest';
import { installBundle, LodestoneDB, saveArticle, toStoreError } from '../../../lib/store';
import { makeBundle, makeSaveInput } from './fixtures';

const realOpen = IDBFactory.prototype.open;
afterEach(() => {
  IDBFactory.prototype.open = realOpen;
});

function storageOff(name: string) {
  IDBFactory.prototype.open = function () {
    throw new DOMException('The user denied permission to access the database.', name);
  };
}

describe('IndexedDB unavailable', () => {
  it.each(['SecurityError', 'InvalidStateError', 'UnknownError'])(
    'open throwing %s is "unavailable" on every call, with a message saying saving is off',
    async (name) => {
      storageOff(name);
      const db = new LodestoneDB(`unavailable-${name}`);
      for (let i = 0; i < 3; i++) {
        const err = await installBundle(db, makeBundle()).catch((e: unknown) => e);
        expect(toStoreError(err), `call ${i + 1}`).toMatchObject({
          code: 'unavailable',
          message: expect.stringMatching(/saving is turned off here\. Highlighting still works\./),
        });
        await expect(saveArticle(db, makeSaveInput('https://news.example/a'))).rejects.toMatchObject({ code: 'unavailable' });
      }
    },
  );

  it('a new connection works once storage is back (what the background does after a failed open)', async () => {
    storageOff('SecurityError');
    const failed = new LodestoneDB('unavailable-then-back');
    await expect(installBundle(failed, makeBundle())).rejects.toMatchObject({ code: 'unavailable' });
    IDBFactory.prototype.open = realOpen;
    // The failed instance never retries by itself: Dexie keeps answering with the old failure.
    await expect(failed.sources.count()).rejects.toMatchObject({ name: 'DatabaseClosedError' });
    const fresh = new LodestoneDB('unavailable-then-back');
    await installBundle(fresh, makeBundle());
    expect((await saveArticle(fresh, makeSaveInput('https://news.example/a'))).updated).toBe(false);
  });

  it('keeps the other mappings: a closed database alone is "blocked", an open failure alone "unavailable"', () => {
    expect(toStoreError({ name: 'DatabaseClosedError' }).code).toBe('blocked');
    expect(toStoreError({ name: 'DatabaseClosedError', inner: { name: 'SecurityError' } }).code).toBe('unavailable');
    expect(toStoreError({ name: 'OpenFailedError', inner: { name: 'VersionError' } }).code).toBe('unavailable');
    expect(toStoreError({ name: 'OpenFailedError', inner: { name: 'QuotaExceededError' } }).code).toBe('quota');
    expect(toStoreError({ name: 'BlockedError' }).code).toBe('blocked');
  });
});
