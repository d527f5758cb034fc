/**
 * Is the page in this tab saved? A saved article is stored under its canonical URL, which is often
 * not the address the page was read at (`link[rel=canonical]` names the publisher's address; AMP
 * and syndicated copies name the original). The tab's own address is tried first; then the
 * canonical URL this tab saved from this address, remembered per tab (in memory and in
 * `storage.session`, so a service-worker restart does not forget it), and the address each saved
 * article was last read at (its `url`). The store decides in the end:
 * a deleted article is no longer "saved" even if the tab remembers saving it.
 */
import { browser } from 'wxt/browser';
import { getSourceByUrl, normaliseCanonicalUrl, type LodestoneDB } from '../store';
import type { SourceRow } from '../store/rows';

const SESSION_KEY = 'lodestone:saved-pages';
/** tab id → the page address it saved from and the canonical URL that was saved. */
const remembered = new Map<number, { pageUrl: string; canonicalUrl: string }>();
let restored: Promise<void> | undefined;

function restore(): Promise<void> {
  restored ??= (async () => {
    try {
      const got = (await browser.storage.session.get(SESSION_KEY)) as Record<string, Record<string, { pageUrl: string; canonicalUrl: string }> | undefined>;
      for (const [id, entry] of Object.entries(got[SESSION_KEY] ?? {})) {
        if (!remembered.has(Number(id)) && typeof entry?.pageUrl === 'string' && typeof entry.canonicalUrl === 'string') remembered.set(Number(id), entry);
      }
    } catch {
      // storage.session is missing in some browsers; memory alone still works.
    }
  })();
  return restored;
}

function persist(): void {
  browser.storage.session.set({ [SESSION_KEY]: Object.fromEntries(remembered) }).catch(() => undefined);
}

/** Remembers that `tabId`, showing `pageUrl`, saved the article under `canonicalUrl`. */
export async function rememberSavedPage(tabId: number, pageUrl: string, canonicalUrl: string): Promise<void> {
  await restore();
  const page = normaliseCanonicalUrl(pageUrl);
  if (!page) return;
  remembered.set(tabId, { pageUrl: page, canonicalUrl });
  persist();
}

/** Forgets a closed tab. */
export function forgetSavedPage(tabId: number): void {
  if (remembered.delete(tabId)) persist();
}

/** The saved source for the page at `pageUrl` in `tabId`, if any. Reads the store (may throw `StoreError`). */
export async function findSavedSource(db: LodestoneDB, tabId: number, pageUrl: string): Promise<SourceRow | undefined> {
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
  return db.sources.where('origin').equals('saved').filter((s) => s.url === page).first();
}
