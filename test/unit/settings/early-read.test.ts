import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startEarlyRead, takeEarlyRead } from '../../../lib/settings/early-read';
import { settingsItem } from '../../../lib/settings/storage';
import { loadSettingsAndOverlay, userDictionaryItem } from '../../../lib/settings/user-dictionary-storage';

const OVERLAY = { hidden: [{ entityId: 'company-lynas', text: '', site: '' }] };

describe('the early storage read (issue 14)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await takeEarlyRead(); // nothing left over from another test
    await settingsItem.setValue({ paused: true, highlightMode: 'every' });
    await userDictionaryItem.setValue(OVERLAY);
  });

  it('gives the main script what reading then would give, once', async () => {
    const alone = await loadSettingsAndOverlay();
    startEarlyRead();
    startEarlyRead(); // a second start (the script injected twice) keeps the first read
    const early = await loadSettingsAndOverlay();
    expect(early).toEqual(alone);
    expect(early.settings.paused).toBe(true);
    expect(early.overlay.hidden).toHaveLength(1);
    expect(await takeEarlyRead()).toBeUndefined();
  });

  it('is not taken when either item changed after it was asked for: the main script reads again', async () => {
    startEarlyRead();
    await settingsItem.setValue({ paused: false, highlightMode: 'first' });
    expect(await takeEarlyRead()).toBeUndefined();
    startEarlyRead();
    await userDictionaryItem.setValue({ hidden: [] });
    const r = await loadSettingsAndOverlay();
    expect(r.overlay.hidden).toEqual([]);
    expect(r.settings.paused).toBe(false);
  });

  it('ignores changes to other items, and leaves reading to the main script where it never ran', async () => {
    expect(await takeEarlyRead()).toBeUndefined();
    startEarlyRead();
    await fakeBrowser.storage.local.set({ somethingElse: 1 });
    expect(await takeEarlyRead()).toMatchObject({ settings: { paused: true }, userDictionary: OVERLAY });
    expect((await loadSettingsAndOverlay()).settings.paused).toBe(true);
  });
});
