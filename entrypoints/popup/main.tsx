/**
 * The popup's entry (issue 14: first content as early as an empty extension page's). The frame is
 * static markup in index.html, painted before this module runs; this module holds the stylesheets
 * and imports the app with its data layer (`mount.tsx`: Preact, the store, Dexie, Zod) only after
 * that paint, so loading and evaluating it never holds the first content back. Every stylesheet
 * the app uses is imported here, so the app's chunk brings no late CSS that could restyle the frame.
 */
import '../../components/theme.css';
import '../../components/lists.css';
import '../../components/chips.css';
import '../../components/timeline.css';
import './popup.css';
import { afterNextPaint } from '../../lib/ui/after-paint';

afterNextPaint(() => {
  import('./mount').then(
    (m) => m.mountPopup(),
    (e: unknown) => console.error('Lodestone: the popup could not load', e),
  );
});
