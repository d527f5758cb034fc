/**
 * The popup's page state: which tab, then what the background knows about it (`tab/state`).
 * The header and chips render from this alone, before any store query, so the popup shows its
 * first content quickly however large the store is.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { MessageClient } from '../../lib/messages/client';
import type { TabState } from '../../lib/messages/protocol';
import type { Result } from '../../lib/result';

/** The tab the popup is about. */
export interface PopupTab {
  id: number;
  url?: string;
  title?: string;
}

/** How long to wait before asking again when a readable page reports no entities yet. */
const RETRY_MS = 600;
const RETRIES = 2;

/** The tab (undefined while resolving, null if none) and its state (null while loading). */
export function useTabState(send: MessageClient['send'], resolveTab: () => Promise<PopupTab | null>) {
  const [tab, setTab] = useState<PopupTab | null | undefined>(undefined);
  const [state, setState] = useState<Result<TabState> | null>(null);

  const refresh = useCallback(
    async (id: number) => {
      const r = await send('tab/state', { tabId: id });
      setState(r);
      return r;
    },
    [send],
  );

  useEffect(() => {
    let live = true;
    void (async () => {
      const t = await resolveTab().catch(() => null);
      if (!live) return;
      setTab(t);
      if (!t) return;
      let r = await refresh(t.id);
      // The content script may still be scanning a page that just loaded: ask again briefly.
      for (let i = 0; live && i < RETRIES && r.ok && r.value.readable && Object.keys(r.value.counts).length === 0; i++) {
        await new Promise((ok) => setTimeout(ok, RETRY_MS));
        if (live) r = await refresh(t.id);
      }
    })();
    return () => {
      live = false;
    };
  }, [resolveTab, refresh]);

  return { tab, state, refresh };
}
