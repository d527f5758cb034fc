/**
 * Draws mentions with the CSS Custom Highlight API: one `Highlight` per mark style (an entity kind,
 * or a kind as a name the article introduces) plus one for
 * the keyboard focus, styled by the content script's own stylesheet. Neither is a DOM mutation:
 * the page's nodes, text and layout stay exactly as they were. Ranges are `StaticRange`s: live `Range`s would make every DOM change the page makes pay for each
 * registered highlight (~200× slower appends with 5,000 measured here).
 */
import { focusHighlightName, highlightName, type MarkStyle, type PageTheme } from './styles';

/** Draws and forgets ranges; `destroy` leaves the document as it found it. */
export interface HighlightRenderer {
  add(style: MarkStyle, range: AbstractRange): void;
  remove(style: MarkStyle, range: AbstractRange): void;
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

/**
 * Creates the renderer for `doc`; call only when `supportsHighlights()`. The `::highlight()` rules
 * are not added here: they ship as the content script's stylesheet (manifest `css`, or
 * `scripting.insertCSS` when injected on click), because adding them to an already styled page
 * restyles the whole document. The theme picks which registered names (light or dark palette) the
 * ranges live under.
 */
export function createHighlightRenderer(_doc: Document, initialTheme: PageTheme): HighlightRenderer {
  let theme = initialTheme;
  const byKind = new Map<MarkStyle, Highlight>();
  const focus = new Highlight();
  focus.priority = 10; // above every kind, so the ring shows on top of the kind's colours
  // Registered when first used: every change to the registry repaints the whole page (130–150 ms
  // on the benchmark's huge page), and most sessions never focus a mention.
  let focusRegistered = false;

  const highlightFor = (kind: MarkStyle): Highlight => {
    let h = byKind.get(kind);
    if (!h) {
      h = new Highlight();
      byKind.set(kind, h);
      CSS.highlights.set(highlightName(kind, theme), h);
    }
    return h;
  };
  /** Deletes a registry entry only if it is still ours (another copy of the script may own it now). */
  const unregister = (name: string, h: Highlight) => {
    if (CSS.highlights.get(name) === h) CSS.highlights.delete(name);
  };

  return {
    add(kind, range) {
      highlightFor(kind).add(range);
    },
    ensureStyles() {
      // Nothing to restore: the rules are the content script's own stylesheet, out of the page's reach.
    },
    remove(kind, range) {
      byKind.get(kind)?.delete(range);
    },
    setFocus(range) {
      focus.clear();
      if (!range) return;
      if (!focusRegistered) {
        focusRegistered = true;
        CSS.highlights.set(focusHighlightName(theme), focus);
      }
      focus.add(range);
    },
    setTheme(next) {
      if (next === theme) return;
      for (const [kind, h] of byKind) {
        unregister(highlightName(kind, theme), h);
        CSS.highlights.set(highlightName(kind, next), h);
      }
      if (focusRegistered) {
        unregister(focusHighlightName(theme), focus);
        CSS.highlights.set(focusHighlightName(next), focus);
      }
      theme = next;
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
        unregister(highlightName(kind, theme), h);
      }
      focus.clear();
      if (focusRegistered) unregister(focusHighlightName(theme), focus);
      byKind.clear();
    },
  };
}
