import { describe, expect, it } from 'vitest';
import { annotateOnClick } from '../../../lib/background/site-access';
import { sitePattern } from '../../../lib/permissions/site';

describe('site access', () => {
  it('turns a page address into the one-origin pattern a user grants', () => {
    expect(sitePattern('https://www.reuters.com/markets/commodities/x?y=1#z')).toBe('https://www.reuters.com/*');
    expect(sitePattern('http://127.0.0.1:4173/news/a.html')).toBe('http://127.0.0.1/*');
  });

  it('has no pattern for browser pages, files and garbage', () => {
    for (const url of ['chrome://extensions', 'about:blank', 'file:///tmp/a.html', 'chrome-extension://abc/popup.html', 'not a url', ''])
      expect(sitePattern(url)).toBeNull();
  });

  it('does not try to inject into a page that is not a web page', async () => {
    expect(await annotateOnClick(1, 'chrome://newtab')).toBe(false);
    expect(await annotateOnClick(1, undefined)).toBe(false);
  });
});
