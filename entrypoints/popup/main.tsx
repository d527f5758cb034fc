/**
 * The popup's entry. `index.html` holds a static frame (the header as it reads while loading), so
 * the popup paints at once; the app (Preact, Dexie, the store: most of the popup's script) is
 * imported after that first frame, not before it (issue 14: a module script evaluated before the
 * first frame held the first paint until the whole bundle had compiled and run).
 */
import '../../components/theme.css';
import './popup.css';

document.documentElement.classList.toggle('as-tab', new URLSearchParams(location.search).has('tab'));
requestAnimationFrame(() => setTimeout(() => void import('./start'), 0));
