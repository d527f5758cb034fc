// Senders as Chromium reports them, for the router tests. Not a test file itself.
import type { SenderLike } from '../../../lib/messages/router';

export const RUNTIME_ID = 'abcdefghijklmnopabcdefghijklmnop';
export const ORIGIN = `chrome-extension://${RUNTIME_ID}/`;
/** The popup (no tab). */
export const POPUP: SenderLike = { id: RUNTIME_ID, url: `${ORIGIN}popup.html`, origin: `chrome-extension://${RUNTIME_ID}` };
/** The popup opened as a tab (`popup.html?tab=`). */
export const POPUP_IN_TAB: SenderLike = { id: RUNTIME_ID, url: `${ORIGIN}popup.html?tab=3`, tab: { id: 9, url: `${ORIGIN}popup.html?tab=3` } };
/** A content script in a news page. */
export const CONTENT: SenderLike = {
  id: RUNTIME_ID,
  url: 'https://news.example/a',
  origin: 'https://news.example',
  tab: { id: 7, url: 'https://news.example/a' },
};
