// @vitest-environment happy-dom
/**
 * The popup wired to a real store (fake-indexeddb) and a fake background: what a user sees for a
 * page, how chips, order and search change the timeline, the empty states, and live updates.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, type PopupDeps } from '../../../entrypoints/popup/App';
import type { MessageClient } from '../../../lib/messages/client';
import type { TabState } from '../../../lib/messages/protocol';
import { LodestoneDB } from '../../../lib/store/db';
import { installBundle } from '../../../lib/store/install-bundle';
import { saveArticle } from '../../../lib/store/saved';
import { makeBundle } from './fixtures';

let db: LodestoneDB;
beforeEach(async () => {
  db = new LodestoneDB(`popup-test-${Math.random()}`);
  await installBundle(db, makeBundle());
});
afterEach(async () => {
  cleanup();
  db.close();
});

const PAGE: TabState = {
  url: 'https://news.example/mp',
  title: 'MP Materials expands',
  readable: true,
  counts: { 'company-mp-materials': 3, 'country-us': 2 },
  savedSourceId: null,
};

function setup(state: TabState | { error: string }, url = PAGE.url) {
  let current = state;
  const send = vi.fn(async (type: string) => {
    if (type === 'tab/state') return 'error' in current ? { ok: false, error: { code: 'forbidden', message: current.error } } : { ok: true, value: current };
    if (type === 'article/save') {
      current = { ...PAGE, savedSourceId: 'saved:x' };
      return { ok: true, value: { sourceId: 'saved:x', updated: false, factCount: 4 } };
    }
    return { ok: false, error: { code: 'internal', message: 'unexpected' } };
  }) as unknown as MessageClient['send'];
  const deps: PopupDeps = { db, send, resolveTab: async () => ({ id: 7, url, title: 'Tab title' }) };
  render(<App deps={deps} />);
  return send;
}

const years = () =>
  screen
    .queryAllByRole('heading', { level: 3 })
    .filter((h) => h.classList.contains('year-heading'))
    .map((h) => h.textContent);
const dates = () => [...document.querySelectorAll('.entry time')].map((t) => t.textContent);

describe('popup for a page with entities', () => {
  it('shows the page state, chips and the newest-first timeline', async () => {
    const send = setup(PAGE);
    await waitFor(() => expect(screen.getByText('2 entities mentioned')).toBeTruthy());
    expect(send).toHaveBeenCalledWith('tab/state', { tabId: 7 });
    expect(screen.getByRole('button', { name: 'Save article' }).hasAttribute('disabled')).toBe(false);
    await waitFor(() => expect(screen.getByRole('button', { name: 'MP Materials, company, 3 mentions' })).toBeTruthy());
    expect(screen.getByRole('button', { name: 'All on this page' }).getAttribute('aria-pressed')).toBe('true');
    await waitFor(() => expect(years()).toEqual(['2028', '2026', '2025']));
    expect(dates()).toEqual(['2028 · planned', 'Q1 2026 · planned', '10 Jul 2025']);
    // Related: NdPr shares the Q1 2026 fact with the US.
    await waitFor(() => expect(screen.getByRole('link', { name: 'NdPr, material, 1 shared fact' })).toBeTruthy());
    expect(screen.getByRole('link', { name: 'Open library' })).toBeTruthy();
  });

  it('"Oldest first" reverses, a chip narrows, search filters', async () => {
    setup(PAGE);
    await waitFor(() => expect(years()).toEqual(['2028', '2026', '2025']));
    fireEvent.click(screen.getByRole('button', { name: 'Oldest first' }));
    await waitFor(() => expect(years()).toEqual(['2025', '2026', '2028']));
    fireEvent.click(screen.getByRole('button', { name: 'Oldest first' }));
    fireEvent.click(screen.getByRole('button', { name: /^United States, country/ }));
    await waitFor(() => expect(dates()).toEqual(['Q1 2026 · planned', '10 Jul 2025']));
    fireEvent.click(screen.getByRole('button', { name: 'All on this page' }));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search timeline' }), { target: { value: 'magnets' } });
    await waitFor(() => expect(dates()).toEqual(['2028 · planned']));
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search timeline' }), { target: { value: 'zzz' } });
    await waitFor(() => expect(screen.getByText('No facts match “zzz”')).toBeTruthy());
  });

  it('a fact saved elsewhere appears at once (live query)', async () => {
    setup(PAGE);
    await waitFor(() => expect(dates()).toHaveLength(3));
    const quote = 'MP Materials will open a plant in 2027.';
    const text = `Headline\n${quote}`;
    await saveArticle(db, {
      source: { title: 'Saved one', published: '2025-12-01', publishedFrom: 'meta', text, url: 'https://n.example/s', canonicalUrl: 'https://n.example/s' },
      facts: [
        {
          id: 'tmp',
          entityIds: ['company-mp-materials'],
          quote,
          start: 9,
          end: 9 + quote.length,
          date: { value: '2027', precision: 'year', planned: true, from: 'text' },
          figures: [],
        },
      ],
      mentions: [{ entityId: 'company-mp-materials', text: 'MP Materials', start: 9, end: 21 }],
    });
    await waitFor(() => expect(dates()).toEqual(['2028 · planned', '2027 · planned', 'Q1 2026 · planned', '10 Jul 2025']));
    const link = screen.getByRole('link', { name: 'Saved one' });
    expect(link.getAttribute('href')).toBe('https://n.example/s#:~:text=MP%20Materials%20will%20open%20a%20plant%20in%202027.');
  });

  it('saving reports the result and switches to "Saved — update"', async () => {
    const send = setup(PAGE);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save article' }).hasAttribute('disabled')).toBe(false));
    fireEvent.click(screen.getByRole('button', { name: 'Save article' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Saved — update' })).toBeTruthy());
    expect(send).toHaveBeenCalledWith('article/save', { tabId: 7 });
    expect(screen.getAllByRole('status').some((s) => s.textContent === 'Saved: 4 dated facts.')).toBe(true);
  });
});

describe('popup empty states', () => {
  it('no entities: says so and offers saved articles (none yet)', async () => {
    setup({ ...PAGE, counts: {} });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'No known entities on this page' })).toBeTruthy());
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Nothing saved yet' })).toBeTruthy());
    expect(screen.queryByRole('button', { name: 'All on this page' })).toBeNull();
  });

  it('no entities but saved articles: lists the latest', async () => {
    await saveArticle(db, {
      source: { title: 'My saved article', published: '2025-12-01', publishedFrom: 'meta', text: 'Text.', canonicalUrl: 'https://n.example/m' },
      facts: [],
      mentions: [],
    });
    setup({ ...PAGE, counts: {} });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Latest saved articles' })).toBeTruthy());
    expect(screen.getByRole('link', { name: 'My saved article' })).toBeTruthy();
  });

  it('a browser page: explains, and saving is disabled', async () => {
    setup({ error: 'Cannot access a chrome:// URL' }, 'chrome://extensions/');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Lodestone can’t read this page' })).toBeTruthy());
    const save = screen.getByRole('button', { name: /^Save/ });
    expect(save.hasAttribute('disabled')).toBe(true);
    // The explanation is said once, in the empty state, and describes the button.
    expect(screen.getAllByText("This is one of the browser's own pages, which extensions cannot read.")).toHaveLength(1);
    expect(document.getElementById(save.getAttribute('aria-describedby')!)!.textContent).toBe(
      "This is one of the browser's own pages, which extensions cannot read.",
    );
  });

  it('a readable page without article text: entities shown, saving disabled with a reason', async () => {
    setup({ ...PAGE, readable: false });
    await waitFor(() => expect(screen.getByText('This page has no article text to save.')).toBeTruthy());
    expect(screen.getByRole('button', { name: 'Save article' }).hasAttribute('disabled')).toBe(true);
    await waitFor(() => expect(dates()).toHaveLength(3));
  });
});

describe('popup: new since you last looked (issue 12)', () => {
  it('says how many facts about the page’s entities are new, marks them, and tells the background the user looked', async () => {
    // An article saved after the store was filled: its fact about MP Materials is new.
    await saveArticle(
      db,
      {
        source: {
          title: 'MP news',
          url: 'https://news.example/new',
          canonicalUrl: 'https://news.example/new',
          published: '2026-02-01',
          publishedFrom: 'meta',
          text: 'MP Materials opened a plant. '.repeat(3),
        },
        facts: [
          {
            id: 'x:0',
            entityIds: ['company-mp-materials'],
            quote: 'MP Materials opened a plant.',
            start: 0,
            end: 28,
            date: { value: '2026-02-01', precision: 'day', planned: false, from: 'text' },
            figures: [],
          },
        ],
        mentions: [{ entityId: 'company-mp-materials', text: 'MP Materials', start: 0, end: 12 }],
      },
      () => new Date(Date.now() + 60_000),
    );
    const send = setup(PAGE);
    await waitFor(() => expect(document.querySelector('.new-since')?.textContent).toMatch(/^1 new since \d{1,2} \w{3}/));
    expect(document.querySelectorAll('.entry[data-new="true"]')).toHaveLength(1);
    // Only the entity with something new gets a new baseline (the US had nothing new: no write).
    await waitFor(() => expect(send).toHaveBeenCalledWith('entities/seen', { entityIds: ['company-mp-materials'] }));
  });

  it('shows no "new since" line, and writes nothing, when nothing arrived since the store began', async () => {
    const send = setup(PAGE);
    await waitFor(() => expect(years()).toEqual(['2028', '2026', '2025']));
    await new Promise((r) => setTimeout(r, 200));
    expect(document.querySelector('.new-since')).toBeNull();
    expect(send).not.toHaveBeenCalledWith('entities/seen', expect.anything());
  });
});
