import { afterEach, describe, expect, it } from 'vitest';
import { createSavedPages } from '../../../lib/background/saved-pages';
import { installBundle, saveArticle, type LodestoneDB } from '../../../lib/store';
import { freshDb, makeBundle, makeSaveInput } from '../store/fixtures';
import { fakeSession } from './fakes';

const dbs: LodestoneDB[] = [];
async function storeWithSaved(readAt: string, canonical: string): Promise<LodestoneDB> {
  const db = freshDb();
  dbs.push(db);
  await installBundle(db, makeBundle());
  const input = makeSaveInput(canonical);
  await saveArticle(db, { ...input, source: { ...input.source, url: readAt, canonicalUrl: canonical } });
  return db;
}
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});

describe('saved pages', () => {
  it('finds a page saved under its own address', async () => {
    const db = await storeWithSaved('https://news.example/a', 'https://news.example/a');
    const pages = createSavedPages(fakeSession());
    expect((await pages.find(db, 1, 'https://news.example/a#comments'))?.canonicalUrl).toBe('https://news.example/a');
    expect(await pages.find(db, 1, 'https://news.example/other')).toBeUndefined();
    expect(await pages.find(db, 1, 'not a url')).toBeUndefined();
  });

  it('finds a page saved under another canonical URL, through what the tab saved or the address it was read at', async () => {
    const db = await storeWithSaved('https://amp.example/a', 'https://news.example/a');
    const session = fakeSession();
    const pages = createSavedPages(session);
    // The saved row keeps the address it was read at.
    expect((await pages.find(db, 7, 'https://amp.example/a'))?.canonicalUrl).toBe('https://news.example/a');
    // A tab remembers the canonical URL it saved from an address (here one the row does not keep).
    await pages.remember(7, 'https://mirror.example/a', 'https://news.example/a');
    expect((await pages.find(db, 7, 'https://mirror.example/a'))?.canonicalUrl).toBe('https://news.example/a');
    expect(await pages.find(db, 8, 'https://mirror.example/a')).toBeUndefined();
    // ... across a worker restart (storage.session), until the tab closes.
    await new Promise((r) => setTimeout(r, 0));
    const restarted = createSavedPages(session);
    expect((await restarted.find(db, 7, 'https://mirror.example/a'))?.canonicalUrl).toBe('https://news.example/a');
    restarted.forget(7);
    expect(await restarted.find(db, 7, 'https://mirror.example/a')).toBeUndefined();
  });

  it('lets the store decide: a deleted article is no longer saved, whatever the tab remembers', async () => {
    const db = await storeWithSaved('https://news.example/a', 'https://news.example/a');
    const pages = createSavedPages(fakeSession(true));
    await pages.remember(1, 'https://news.example/a', 'https://news.example/a');
    await db.sources.clear();
    expect(await pages.find(db, 1, 'https://news.example/a')).toBeUndefined();
  });
});
