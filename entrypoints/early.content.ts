import { defineContentScript } from 'wxt/utils/define-content-script';
import { startEarlyRead } from '../lib/settings/early-read';

/**
 * Starts the page's one storage read (settings and the reader's overlay) before the page is
 * parsed, for the main content script (`content/`, `document_idle`) to take: see
 * lib/settings/early-read.ts. Same pages as the main script; nothing else runs here.
 */
export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_start',
  // As for the main script: no window.postMessage announcing the extension to the page.
  noScriptStartedPostMessage: true,
  main() {
    startEarlyRead();
  },
});
