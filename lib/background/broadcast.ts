/**
 * Tells every open tab's content script that the knowledge changed (an article saved, deleted or
 * imported), so a hover card already fetched shows the new facts the next time it opens. Tabs with
 * no content script simply do not answer; nothing here throws.
 */
import type { MessageClient } from '../messages/client';
import type { Tabs } from './services';

/** Sends `knowledge/changed` to every tab; never rejects. */
export async function notifyKnowledgeChanged(tabs: Pick<Tabs, 'ids'>, sendToTab: MessageClient['sendToTab']): Promise<void> {
  const ids = await tabs.ids().catch(() => []);
  await Promise.all(ids.map((id) => sendToTab(id, 'knowledge/changed', {}).catch(() => undefined)));
}
