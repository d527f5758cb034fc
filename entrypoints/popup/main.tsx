/**
 * The popup's entry: its stylesheets, then the app (`mount.tsx`) rendered at once. A static frame
 * painted before the app (issue 14's second round) was tried and taken out again: with the app
 * imported after the first frame, the timeline heading could move 32 px while the popup filled in
 * (`popup.spec.ts`, "the timeline does not jump", failed on a fresh CI machine).
 */
import '../../components/theme.css';
import '../../components/chips.css';
import './popup.css';
import { mountPopup } from './mount';

document.documentElement.classList.toggle('as-tab', new URLSearchParams(location.search).has('tab'));
mountPopup();
