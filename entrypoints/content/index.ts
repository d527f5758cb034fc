import { defineContentScript } from 'wxt/utils/define-content-script';
import { PREACT_CARD_VIEW } from '../../components/card-view';
import { startContent } from '../../lib/content/start';
// The highlight palettes, as the manifest's content-script `css` (see lib/highlight/styles.ts).
import './highlights.css';

/**
 * Runs on pages the user has granted (127.0.0.1 and localhost ship granted for the sample pages);
 * other sites are annotated on click through activeTab + scripting (see README, Permissions).
 */
export default defineContentScript({
  matches: ['http://127.0.0.1/*', 'http://localhost/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  // WXT would otherwise announce every start with a window.postMessage naming the extension id,
  // telling any page that Lodestone is installed. Our own lifetime (lib/content/lifetime.ts) does
  // not need it.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startContent(ctx, { cardView: PREACT_CARD_VIEW });
  },
});
