import { defineBackground } from 'wxt/utils/define-background';
import { startBackground } from '../lib/background/start';

/** Wiring only: everything the service worker does lives in lib/background. */
export default defineBackground({
  type: 'module',
  main() {
    startBackground();
  },
});
