/**
 * Owns the session's life on one page: starts it when settings allow, stops it on pause or when
 * the site is switched off, passes mode and kind changes through, all without a reload.
 */
import type { MatchDictionary, MatchEntity } from '../catalog/match-dictionary';
import { applyUserDictionary, EMPTY_OVERLAY, type UserOverlay } from '../catalog/user-dictionary';
import { bodyOf, protoGet } from '../dom/safe-dom';
import { supportsHighlights } from '../highlight/renderer';
import { isActiveOn, siteOf, type Settings } from '../settings/schema';
import { createSpotter, type Spotter } from '../spotter/matcher';
import { MIN_READABLE_CHARS, sendPageReport } from './report';
import type { Scope } from './scope';
import { PageSession, type SessionServices } from './session';

/** What the controller reaches the world through (real ones from `start.ts`; fakes in tests). */
export interface ContentServices extends SessionServices {
  /** The settings store (lib/settings/storage.ts in the page). */
  settings: { load(): Promise<Settings>; watch(onChange: (s: Settings) => void): () => void };
  /** True when this script's extension is gone (lib/content/lifetime.ts). */
  isOrphaned: () => boolean;
  /** Whether the browser can draw highlights (default: the CSS Custom Highlight API is there). */
  supportsHighlights?: () => boolean;
  /**
   * The user's dictionary overlay (issue 13), which the background mirrors into storage.local
   * (lib/settings/user-dictionary-storage.ts). Absent: the seed dictionary alone.
   */
  userDictionary?: { load(): Promise<UserOverlay>; watch(onChange: (overlay: UserOverlay) => void): () => void };
}

/** The content script's state on a page. */
export class ContentController {
  private session: PageSession | undefined;
  private spotter: Spotter | undefined;
  private entities = new Map<string, MatchEntity>();
  // --- The user's dictionary (issue 13) ---------------------------------------------------------
  // The spotter matches `applyUserDictionary(seed, overlay, this page's site)`: the one composition
  // saving and the kb CLI use too. A change of the overlay drops the spotter and restarts the
  // session with the new one (no reload). A precompiled seed structure can take the overlay through
  // `composeUserOverlay` (lib/catalog/user-dictionary.ts), which names the seed ids it replaces.
  private overlay: UserOverlay = EMPTY_OVERLAY;
  private settings: Settings | undefined;

  constructor(
    private readonly root: Scope,
    private readonly doc: Document,
    private readonly dictionary: MatchDictionary,
    private readonly services: ContentServices,
  ) {}

  /** Reads settings and the user's dictionary, starts if allowed, and follows changes to both. */
  async init(): Promise<void> {
    const [settings, overlay] = await Promise.all([this.services.settings.load(), this.services.userDictionary?.load() ?? EMPTY_OVERLAY]);
    this.overlay = overlay;
    this.apply(settings);
    if (!this.root.active) return;
    const unwatch = this.services.settings.watch((s) => this.apply(s));
    this.root.onDispose(unwatch);
    const unwatchOverlay = this.services.userDictionary?.watch((o) => this.overlayChanged(o));
    if (unwatchOverlay) this.root.onDispose(unwatchOverlay);
  }

  /** The user added, changed or hid something: spot the page again with the new dictionary. */
  private overlayChanged(overlay: UserOverlay): void {
    // The background rewrites the overlay at start-up, and Firefox reports a write of the same value
    // as a change: re-spotting then would drop the keyboard focus and an open card for nothing.
    if (sameOverlay(overlay, this.overlay)) return;
    this.overlay = overlay;
    this.spotter = undefined;
    if (!this.session) return;
    // The running session re-spots in place, so its highlights never blink off.
    this.session.setDictionary(this.ensureSpotter(), this.entities);
  }

  /** The spotter over the seed dictionary with the user's overlay for this page's site (built once per overlay). */
  private ensureSpotter(): Spotter {
    if (!this.spotter) {
      this.services.mark?.('dictionary-start');
      const url = String(protoGet<string>(this.doc, 'URL') ?? '');
      const dictionary = applyUserDictionary(this.dictionary, this.overlay, siteOf(url));
      this.entities = new Map(dictionary.entities.map((e) => [e.id, e]));
      this.spotter = createSpotter(dictionary.entities, { stopPhrases: dictionary.stopPhrases, requireField: true });
      this.services.mark?.('dictionary-ready');
    }
    return this.spotter;
  }

  /** Re-reads settings now (the background's `settings/changed`). */
  async reload(): Promise<void> {
    this.apply(await this.services.settings.load());
  }

  /** True (and everything stopped) when the extension is gone; called by every entry point. */
  private checkOrphaned(): boolean {
    if (!this.services.isOrphaned()) return false;
    this.root.dispose();
    return true;
  }

  /** An article was saved, deleted or imported: open and cached cards fetch again. */
  knowledgeChanged(): void {
    this.session?.knowledgeChanged();
  }

  /** The `next-mention` command. */
  stepNext(): void {
    this.session?.stepNext();
  }

  private apply(s: Settings): void {
    this.settings = s;
    if (this.services.isOrphaned()) this.root.dispose();
    if (!this.root.active) return;
    const url = String(protoGet<string>(this.doc, 'URL') ?? '');
    if (!isActiveOn(s, siteOf(url)) || !(this.services.supportsHighlights ?? supportsHighlights)()) {
      if (this.session) {
        this.session.stop();
        this.session = undefined;
      }
      // Clear the badge; readability from a cheap text length (no layout) so saving still works.
      sendPageReport(this.services.send, this.doc, { counts: {}, readable: (bodyOf(this.doc)?.textContent?.length ?? 0) >= MIN_READABLE_CHARS });
      return;
    }
    if (this.session) return this.session.updateSettings(s);
    // A page with no text yet (an empty shell, an image, a canvas app): no dictionary, no session,
    // only a one-shot observer that starts them when text arrives.
    if (!hasAnyText(this.doc)) {
      sendPageReport(this.services.send, this.doc, { counts: {}, readable: false });
      this.waitForText();
      return;
    }
    // Issue 13: the seed dictionary with the user's overlay for this site (the seed itself when empty).
    const spotter = this.ensureSpotter();
    this.session = new PageSession({
      doc: this.doc,
      parent: this.root.signal,
      spotter,
      entities: this.entities,
      settings: s,
      orphaned: () => this.checkOrphaned(),
      services: this.services,
    });
    void this.session.start();
  }

  private waitingForText = false;

  /** Starts the session (with the settings of that moment) once the page has any text. */
  private waitForText(): void {
    if (this.waitingForText) return;
    this.waitingForText = true;
    let timer: number | undefined;
    const observer = new MutationObserver(() => {
      // Batched: at most one text check per 200 ms, however busy the page is.
      if (timer !== undefined) return;
      timer = this.root.timeout(() => {
        timer = undefined;
        if (!hasAnyText(this.doc)) return;
        observer.disconnect();
        this.waitingForText = false;
        void this.reload();
      }, 200);
    });
    const root = protoGet<Element | null>(this.doc, 'documentElement');
    if (!root) return;
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.root.onDispose(() => observer.disconnect());
  }
}

const SKIP_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Whether the body holds any non-blank text outside scripts and styles; stops at the first. */
export function hasAnyText(doc: Document): boolean {
  const body = bodyOf(doc);
  if (!body) return false;
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentNode;
    if (parent && SKIP_TEXT_PARENTS.has((parent as Element).nodeName)) continue;
    if (/\S/.test((n as Text).data)) return true;
  }
  return false;
}

/** True when two overlays hold the same entities and hides (they are small, plain JSON). */
function sameOverlay(a: UserOverlay, b: UserOverlay): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
