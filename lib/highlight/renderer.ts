/**
 * Draws mentions with the CSS Custom Highlight API: one `Highlight` per entity kind plus one for
 * the keyboard focus, styled by one constructed stylesheet adopted by the document. Neither is a
 * DOM mutation: the page's nodes, text and layout stay exactly as they were. Ranges are
 * `StaticRange`s: live `Range`s would make every DOM change the page makes pay for each
 * registered highlight (~200× slower appends with 5,000 measured here).
 */
import type { EntityKind } from '../catalog/schema';
import { adoptedSheetsOf, setAdoptedSheets } from './safe-dom';
import { buildHighlightCss, FOCUS_HIGHLIGHT, highlightName, type PageTheme } from './styles';

/** Draws and forgets ranges; `destroy` leaves the document as it found it. */
export interface HighlightRenderer {
  add(kind: EntityKind, range: AbstractRange): void;
  remove(kind: EntityKind, range: AbstractRange): void;
  /**
   * Puts the stylesheet back if a page framework replaced the adopted sheets wholesale. Called once
   * per batch of drawing, never from an observer, so it cannot turn into a fight with the page.
   */
  ensureStyles(): void;
  /** Shows the focus ring on one range (or none). */
  setFocus(range: AbstractRange | undefined): void;
  setTheme(theme: PageTheme): void;
  /** Removes every range (keeps the registry entries and the stylesheet). */
  clear(): void;
  /** Number of registered ranges, all kinds. */
  readonly size: number;
  destroy(): void;
}

/** True when this browser has what the renderer needs. */
export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function' && typeof StaticRange === 'function';
}

/** Creates the renderer for `doc`; call only when `supportsHighlights()`. */
export function createHighlightRenderer(doc: Document, theme: PageTheme): HighlightRenderer {
  const byKind = new Map<EntityKind, Highlight>();
  const focus = new Highlight();
  focus.priority = 10; // above every kind, so the ring shows on top of the kind's colours
  CSS.highlights.set(FOCUS_HIGHLIGHT, focus);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(buildHighlightCss(theme));
  adopt(doc, sheet);

  const highlightFor = (kind: EntityKind): Highlight => {
    let h = byKind.get(kind);
    if (!h) {
      h = new Highlight();
      byKind.set(kind, h);
      CSS.highlights.set(highlightName(kind), h);
    }
    return h;
  };

  return {
    add(kind, range) {
      highlightFor(kind).add(range);
    },
    ensureStyles() {
      if (!adoptedSheetsOf(doc).includes(sheet)) adopt(doc, sheet);
    },
    remove(kind, range) {
      byKind.get(kind)?.delete(range);
    },
    setFocus(range) {
      focus.clear();
      if (range) focus.add(range);
    },
    setTheme(next) {
      sheet.replaceSync(buildHighlightCss(next));
    },
    clear() {
      for (const h of byKind.values()) h.clear();
      focus.clear();
    },
    get size() {
      let n = 0;
      for (const h of byKind.values()) n += h.size;
      return n;
    },
    destroy() {
      for (const [kind, h] of byKind) {
        h.clear();
        // Only delete the entry if it is still ours (another copy of the script may own it now).
        if (CSS.highlights.get(highlightName(kind)) === h) CSS.highlights.delete(highlightName(kind));
      }
      focus.clear();
      if (CSS.highlights.get(FOCUS_HIGHLIGHT) === focus) CSS.highlights.delete(FOCUS_HIGHLIGHT);
      byKind.clear();
      // Remove only our sheet: the page may have adopted its own since.
      setAdoptedSheets(doc, adoptedSheetsOf(doc).filter((s) => s !== sheet));
    },
  };
}

/** Adds `sheet` to the document's adopted sheets by assignment (the array is never mutated in place). */
function adopt(doc: Document, sheet: CSSStyleSheet): void {
  setAdoptedSheets(doc, [...adoptedSheetsOf(doc), sheet]);
}
