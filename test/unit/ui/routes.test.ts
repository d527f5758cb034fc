import { describe, expect, it } from 'vitest';
import { libraryPath, parseRoute, routeHash, type LibraryRoute } from '../../../lib/ui/routes';
import { factLink } from '../../../lib/ui/source-link';
import { unreadableReason } from '../../../lib/ui/page-access';

describe('library routes', () => {
  it('parses every route, timeline by default', () => {
    expect(parseRoute('')).toEqual({ name: 'timeline' });
    expect(parseRoute('#/timeline')).toEqual({ name: 'timeline' });
    expect(parseRoute('#/nonsense')).toEqual({ name: 'timeline' });
    expect(parseRoute('#/timeline?entity=company-lynas,country-us,Bad%20Id')).toEqual({ name: 'timeline', entityIds: ['company-lynas', 'country-us'] });
    expect(parseRoute('#/entity/company-lynas')).toEqual({ name: 'entity', id: 'company-lynas' });
    expect(parseRoute('#/source/seed:000_e404f21d1686c65e?at=212')).toEqual({ name: 'source', id: 'seed:000_e404f21d1686c65e', at: 212 });
    expect(parseRoute('#/source/saved%3Aabc')).toEqual({ name: 'source', id: 'saved:abc' });
    expect(parseRoute('#/source/x?at=-3')).toEqual({ name: 'source', id: 'x' });
    expect(parseRoute('#/saved')).toEqual({ name: 'saved' });
    expect(parseRoute('#/settings')).toEqual({ name: 'settings' });
    expect(parseRoute('#/entity/%E0%A4%A')).toEqual({ name: 'timeline' }); // malformed escape
  });

  it('builds what it parses', () => {
    const routes: LibraryRoute[] = [
      { name: 'timeline' },
      { name: 'timeline', entityIds: ['company-lynas', 'material-ndpr'] },
      { name: 'entity', id: 'person-x y/z' },
      { name: 'source', id: 'seed:001_a', at: 0 },
      { name: 'saved' },
      { name: 'settings' },
    ];
    for (const r of routes) {
      expect(parseRoute(routeHash(r))).toEqual(r);
    }
    expect(libraryPath({ name: 'source', id: 'seed:001_a', at: 5 })).toBe('/library.html#/source/seed:001_a?at=5');
  });
});

describe('factLink', () => {
  const fact = { start: 40, quote: 'Lynas signed a deal.', sourceId: 's' };
  it('a seed opens the library reader at the sentence', () => {
    expect(factLink({ fact, source: { id: 'seed:002_x', origin: 'seed' } })).toEqual({ href: '/library.html#/source/seed:002_x?at=40', external: false });
  });
  it('a saved article opens its address with a text fragment', () => {
    expect(factLink({ fact, source: { id: 'saved:1', origin: 'saved', url: 'https://n.example/a' } })).toEqual({
      href: 'https://n.example/a#:~:text=Lynas%20signed%20a%20deal.',
      external: true,
    });
  });
  it('a saved article without a web address opens the saved copy', () => {
    expect(factLink({ fact, source: { id: 'saved:1', origin: 'saved', url: 'javascript:alert(1)' } }).external).toBe(false);
  });
});

describe('unreadableReason', () => {
  it('web pages are fine', () => expect(unreadableReason('https://www.reuters.com/x')).toBeNull());
  it('explains browser pages, stores and files', () => {
    expect(unreadableReason('chrome://extensions')).toMatch(/browser's own pages/);
    expect(unreadableReason('https://chromewebstore.google.com/detail/x')).toMatch(/Web Store/);
    expect(unreadableReason('https://chrome.google.com/webstore/category')).toMatch(/Web Store/);
    expect(unreadableReason('file:///home/me/a.html')).toMatch(/Allow access to file URLs/);
    expect(unreadableReason(undefined)).toMatch(/no web page/);
  });
});
