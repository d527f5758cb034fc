/**
 * Is the page in this tab saved? A saved article is stored under its canonical URL, which is often
 * not the address the page was read at (`link[rel=canonical]` names the publisher's address; AMP
 * and syndicated copies name the original). The tab's own address is tried first; then the
 * canonical URL this tab saved from this address, remembered per tab (in memory and in
 * `storage.session`, so a service-worker restart does not forget it), and the address each saved
 * article was last read at (its `url`). The store decides in the end:
 * a deleted article is no longer "saved" even if the tab remembers saving it.
 */
import { getSourceByUrl, normaliseCanonicalUrl, type LodestoneDB } from '../store';
import type { SourceRow } from '../store/rows';
import type { SessionArea } from './services';

const SESSION_KEY = 'lodestone:saved-pages';

type Entry = { pageUrl: string; canonicalUrl: string };

/** What each tab saved, and the lookup. */
export interface SavedPages {
  /** Remembers that `tabId`, showing `pageUrl`, saved the article under `canonicalUrl`. */
  remember(tabId: number, pageUrl: string, canonicalUrl: string): Promise<void>;
  /** Forgets a closed tab. */
  forget(tabId: number): void;
  /** The saved source for the page at `pageUrl` in `tabId`, if any. Reads the store (may throw `StoreError`). */
  find(db: LodestoneDB, tabId: number, pageUrl: string): Promise<SourceRow | undefined>;
}

/** Creates the saved-pages memory over `session`. */
export function createSavedPages(session: SessionArea): SavedPages {
  /** tab id → the page address it saved from and the canonical URL that was saved. */
  const remembered = new Map<number, Entry>();
  let restored: Promise<void> | undefined;

  const restore = (): Promise<void> =>
    (restored ??= (async () => {
      try {
        const got = (await session.get(SESSION_KEY)) as Record<string, Record<string, Entry> | undefined>;
        for (const [id, entry] of Object.entries(got[SESSION_KEY] ?? {})) {
          if (!remembered.has(Number(id)) && typeof entry?.pageUrl === 'string' && typeof entry.canonicalUrl === 'string') remembered.set(Number(id), entry);
        }
      } catch {
        // storage.session is missing in some browsers; memory alone still works.
      }
    })());

  const persist = (): void => {
    session.set({ [SESSION_KEY]: Object.fromEntries(remembered) }).catch(() => undefined);
  };

  return {
    async remember(tabId, pageUrl, canonicalUrl) {
      await restore();
      const page = normaliseCanonicalUrl(pageUrl);
      if (!page) return;
      remembered.set(tabId, { pageUrl: page, canonicalUrl });
      persist();
    },
    forget(tabId) {
      if (remembered.delete(tabId)) persist();
    },
    async find(db, tabId, pageUrl) {
      const page = normaliseCanonicalUrl(pageUrl);
      if (!page) return undefined;
      const direct = await getSourceByUrl(db, page);
      if (direct) return direct;
      await restore();
      const entry = remembered.get(tabId);
      const viaTab = entry && entry.pageUrl === page ? await getSourceByUrl(db, entry.canonicalUrl) : undefined;
      if (viaTab) return viaTab;
      // Saved from this very address before (its canonical URL differs): saved rows keep the address
      // they were read at. Saved rows are few and carry no text, so a scan is cheap.
      return db.sources
        .where('origin')
        .equals('saved')
        .filter((s) => s.url === page)
        .first();
    },
  };
}
