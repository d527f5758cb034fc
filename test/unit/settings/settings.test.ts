import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings, siteOf } from '../../../lib/settings/schema';
import { loadSettings, setSiteEnabled, updateSettings, watchSettings } from '../../../lib/settings/storage';

describe('settings schema', () => {
  it('defaults: not paused, no site off, every kind on, first-mention mode', () => {
    expect(DEFAULT_SETTINGS.paused).toBe(false);
    expect(DEFAULT_SETTINGS.disabledSites).toEqual([]);
    expect(DEFAULT_SETTINGS.highlightMode).toBe('first');
    expect(Object.values(DEFAULT_SETTINGS.kinds).every(Boolean)).toBe(true);
    expect(Object.keys(DEFAULT_SETTINGS.kinds)).toHaveLength(9);
  });

  it('fills missing and malformed fields with defaults, keeps the valid ones', () => {
    const s = parseSettings({ paused: 'yes', highlightMode: 'every', kinds: { person: false, bogus: false, country: 3 } });
    expect(s.paused).toBe(false);
    expect(s.highlightMode).toBe('every');
    expect(s.kinds.person).toBe(false);
    expect(s.kinds.country).toBe(true);
    expect('bogus' in s.kinds).toBe(false);
  });

  it('normalises the site list and survives garbage', () => {
    expect(parseSettings({ disabledSites: [' News.Example.COM ', 'news.example.com', ''] }).disabledSites).toEqual(['news.example.com']);
    expect(parseSettings(null).highlightMode).toBe('first');
    expect(parseSettings([1, 2]).paused).toBe(false);
    expect(parseSettings({ highlightMode: 'all' }).highlightMode).toBe('first');
  });

  it('decides where to run', () => {
    const s = parseSettings({ disabledSites: ['a.example'] });
    expect(isActiveOn(s, 'A.example')).toBe(false);
    expect(isActiveOn(s, 'b.example')).toBe(true);
    expect(isActiveOn({ ...s, paused: true }, 'b.example')).toBe(false);
    expect(siteOf('http://127.0.0.1:8080/news/x.html')).toBe('127.0.0.1');
    expect(siteOf('not a url')).toBe('');
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('writes and notifies watchers with parsed values', async () => {
    const seen: string[] = [];
    const unwatch = watchSettings((s) => seen.push(s.highlightMode));
    await updateSettings((s) => ({ ...s, highlightMode: 'every' }));
    await setSiteEnabled('Example.org', false);
    expect((await loadSettings()).disabledSites).toEqual(['example.org']);
    await setSiteEnabled('example.org', true);
    expect((await loadSettings()).disabledSites).toEqual([]);
    unwatch();
    expect(seen[0]).toBe('every');
    expect(seen.length).toBe(3);
  });
});
