/**
 * Tells every open tab's content script that the knowledge changed (an article saved, deleted or
 * imported), so a hover card already fetched shows the new facts the next time it opens. Tabs with
 * no content script simply do not answer; nothing here throws.
 */
import { browser } from 'wxt/browser';
import { sendToTab } from '../messages/browser';

export async function notifyKnowledgeChanged(): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : sendToTab(t.id, 'knowledge/changed', {}).catch(() => undefined))));
}
