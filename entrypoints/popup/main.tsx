/**
 * The popup's entry: only the stylesheets the static frame of index.html needs, then the app once
 * that frame has painted (issue 14: the first content must not wait for the app's script to load
 * and run). `mount.tsx` holds the app.
 */
import '../../components/theme.css';
import '../../components/chips.css';
import './popup.css';

document.documentElement.classList.toggle('as-tab', new URLSearchParams(location.search).has('tab'));

// After the next frame (the frame's first paint), not before it: a rAF callback runs just before
// that frame is painted; the timeout, after it.
requestAnimationFrame(() => setTimeout(() => void import('./mount').then((m) => m.mountPopup()), 0));
