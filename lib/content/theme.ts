/**
 * The page's theme as the highlight colours need it: its real background (body, then root), and
 * when both are transparent, the canvas, which is dark only if the page opts into a dark colour
 * scheme (and, for `light dark`, the reader prefers dark).
 */
import { bodyOf, rootOf } from '../dom/safe-dom';
import { pickTheme, type PageTheme } from '../highlight/styles';

/** Reads the page's theme (two computed styles: cheap enough to redo on every batch). */
export function detectTheme(doc: Document): PageTheme {
  const view = doc.defaultView;
  if (!view) return 'light';
  const body = bodyOf(doc);
  const root = rootOf(doc);
  const bgs: string[] = [];
  if (body) bgs.push(view.getComputedStyle(body).backgroundColor);
  let scheme = '';
  if (root) {
    const cs = view.getComputedStyle(root);
    bgs.push(cs.backgroundColor);
    scheme = cs.colorScheme || '';
  }
  const prefersDark = typeof view.matchMedia === 'function' && view.matchMedia('(prefers-color-scheme: dark)').matches;
  // `color-scheme: dark` alone makes the canvas dark; `light dark` follows the reader's preference.
  const canvasDark = /\bdark\b/.test(scheme) && (prefersDark || !/\blight\b/.test(scheme));
  return pickTheme(bgs, canvasDark);
}
