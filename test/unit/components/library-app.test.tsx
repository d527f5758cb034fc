// @vitest-environment happy-dom
/**
 * The library page wired to a real store (fake-indexeddb) and a fake background: each hash route
 * renders its view, and privileged actions go out as messages.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../../entrypoints/library/App';
import type { MessageClient } from '../../../lib/messages/client';
import { LodestoneDB } from '../../../lib/store/db';
import { installBundle } from '../../../lib/store/install-bundle';
import { saveArticle } from '../../../lib/store/saved';
import { makeBundle } from './fixtures';

let db: LodestoneDB;
let send: ReturnType<typeof vi.fn>;
beforeEach(async () => {
  db = new LodestoneDB(`library-test-${Math.random()}`);
  await installBundle(db, makeBundle());
  send = vi.fn(async (type: string) => {
    if (type === 'data/export') return { ok: true, value: { json: '{"format":"lodestone"}' } };
    if (type === 'source/delete') return { ok: true, value: null };
    return { ok: false, error: { code: 'internal', message: 'unexpected' } };
  });
});
afterEach(() => {
  cleanup();
  db.close();
  location.hash = '';
});

const open = (hash: string) => {
  location.hash = hash;
  render(<App deps={{ db, send: send as unknown as MessageClient['send'] }} />);
};
const go = (hash: string) =>
  act(() => {
    location.hash = hash;
    dispatchEvent(new HashChangeEvent('hashchange'));
  });

describe('library routes', () => {
  it('#/timeline: every fact, filters, navigation marks the current view', async () => {
    open('#/timeline');
    await waitFor(() => expect(document.querySelectorAll('.entry[data-fact]')).toHaveLength(5));
    expect(screen.getByRole('link', { name: 'Timeline' }).getAttribute('aria-current')).toBe('page');
    fireEvent.click(screen.getByRole('checkbox', { name: 'Materials' }));
    await waitFor(() => expect(document.querySelectorAll('.entry[data-fact]')).toHaveLength(3));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2025-12' } });
    await waitFor(() => expect([...document.querySelectorAll('.entry time')].map((t) => t.textContent)).toEqual(['Q1 2026 · planned', 'Dec 2025']));
  });

  it('#/timeline?entity=… preselects entities', async () => {
    open('#/timeline?entity=company-lynas');
    await waitFor(() => expect(document.querySelectorAll('.entry[data-fact]')).toHaveLength(2));
    expect(screen.getByRole('button', { name: 'Remove filter: Lynas' })).toBeTruthy();
  });

  it('#/entity/<id>: summary, key figures, timeline, related, sources', async () => {
    open('#/entity/company-mp-materials');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: 'MP Materials' })).toBeTruthy());
    expect(screen.getByText('US rare-earth miner and magnet maker.')).toBeTruthy();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Key figures' })).toBeTruthy());
    expect([...document.querySelectorAll('.key-figures .figure')].map((f) => f.textContent)).toEqual(['10,000 t', '$400 million']);
    await waitFor(() => expect(document.querySelectorAll('.entry[data-fact]')).toHaveLength(2));
    expect(screen.getByRole('link', { name: 'United States' }).getAttribute('href')).toBe('/library.html#/entity/country-us');
    await waitFor(() => expect(screen.getByRole('link', { name: 'United States, country, 1 shared fact' })).toBeTruthy());
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Sources that mention it' })).toBeTruthy());
    const sourceLinks = screen.getAllByRole('link', { name: 'MP Materials and the Pentagon' }).map((a) => a.getAttribute('href'));
    expect(sourceLinks).toContain('/library.html#/source/seed:a'); // the sources list (timeline links carry ?at=)
  });

  it('#/entity/<unknown> says so', async () => {
    open('#/entity/company-nope');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Unknown entity' })).toBeTruthy());
  });

  it('#/source/<id>?at=… highlights the sentence; route changes re-render', async () => {
    const fact = makeBundle().facts.find((f) => f.sourceId === 'seed:b')!;
    open(`#/source/seed:b?at=${fact.start}`);
    await waitFor(() => expect(document.getElementById('at')?.textContent).toBe(fact.quote));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Lynas lifts prices');
    void go('#/source/seed:missing');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Article not found' })).toBeTruthy());
  });

  it('#/saved: lists, searches and deletes through the background', async () => {
    await saveArticle(db, {
      source: { title: 'Saved about Lynas', published: '2025-12-01', publishedFrom: 'meta', text: 'Lynas.', canonicalUrl: 'https://n.example/l' },
      facts: [],
      mentions: [],
    });
    open('#/saved');
    await waitFor(() => expect(screen.getByRole('link', { name: 'Saved about Lynas' })).toBeTruthy());
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search saved articles' }), { target: { value: 'nothing-like-this' } });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'No saved article matches “nothing-like-this”' })).toBeTruthy());
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search saved articles' }), { target: { value: 'lynas' } });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Delete Saved about Lynas' })).toBeTruthy());
    fireEvent.click(screen.getByRole('button', { name: 'Delete Saved about Lynas' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('source/delete', { sourceId: expect.stringMatching(/^saved:/) }));
  });

  it('#/saved with nothing saved explains how to save', async () => {
    open('#/saved');
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Nothing saved yet' })).toBeTruthy());
  });

  it('#/settings: settings load from storage; export goes through the background', async () => {
    const download = vi.fn();
    const created: string[] = [];
    const saved = { create: URL.createObjectURL, revoke: URL.revokeObjectURL, click: HTMLAnchorElement.prototype.click };
    URL.createObjectURL = vi.fn(() => {
      created.push('blob:x');
      return 'blob:x';
    });
    URL.revokeObjectURL = vi.fn();
    HTMLAnchorElement.prototype.click = download;
    open('#/settings');
    await waitFor(() => expect(screen.getByRole('checkbox', { name: 'Pause Lodestone on every site' })).toBeTruthy());
    expect(screen.getByRole('radio', { name: 'First mention of each entity' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('button', { name: 'Export my data' }));
    await waitFor(() => expect(send).toHaveBeenCalledWith('data/export', {}));
    await waitFor(() => expect(download).toHaveBeenCalledOnce());
    expect(created).toEqual(['blob:x']);
    await waitFor(() => expect(screen.getByText(/facts · 4 entities$/)).toBeTruthy());
    Object.assign(URL, { createObjectURL: saved.create, revokeObjectURL: saved.revoke });
    HTMLAnchorElement.prototype.click = saved.click;
  });
});
