/**
 * Owns the session's life on one page: starts it when settings allow, stops it on pause or when
 * the site is switched off, passes mode and kind changes through, all without a reload.
 */
import { bodyOf, protoGet } from '../dom/safe-dom';
import { supportsHighlights } from '../highlight/renderer';
import type { EntityLookup } from '../page/entries';
import { isActiveOn, siteOf, type Settings } from '../settings/defaults';
import type { UserOverlay } from '../settings/user-dictionary-storage';
import type { CompiledDictionary } from '../spotter/compiled-dictionary';
import { createSpotter, type HiddenForm, type Spotter } from '../spotter/matcher';
import { MIN_READABLE_CHARS, sendPageReport } from './report';
import type { Scope } from './scope';
import { PageSession, type SessionServices } from './session';

/** What the controller reaches the world through (real ones from `start.ts`; fakes in tests). */
export interface ContentServices extends SessionServices {
  /** The settings store (lib/settings/storage.ts in the page). */
  settings: { load(): Promise<Settings>; watch(onChange: (s: Settings) => void): () => void };
  /** The reader's dictionary overlay (lib/settings/user-dictionary-storage.ts); absent: the seed alone. */
  userDictionary?: { load(): Promise<UserOverlay>; watch(onChange: (overlay: UserOverlay) => void): () => void };
  /** True when this script's extension is gone (lib/content/lifetime.ts). */
  isOrphaned: () => boolean;
  /** Whether the browser can draw highlights (default: the CSS Custom Highlight API is there). */
  supportsHighlights?: () => boolean;
}

/** What the content script matches from: the seed compiled by `npm run kb:build` (issue 14). */
export interface ContentDictionary {
  seed: () => CompiledDictionary;
}

/**
 * The spotter for a page: the compiled seed with the reader's overlay layered on top (their
 * entities compiled now, seed entities they replaced or hid masked; the seed is never rebuilt:
 * `lib/spotter/layers.ts`). Hides are those for everywhere and for this page's `site`.
 */
export function spotterFor(seed: CompiledDictionary, overlay: UserOverlay | undefined, site: string): Spotter {
  const hidden: HiddenForm[] = [];
  for (const h of overlay?.hidden ?? []) if (h.site === '' || h.site === site) hidden.push(h.text ? { entityId: h.entityId, text: h.text } : { entityId: h.entityId });
  const layered = overlay && (overlay.entities.length || hidden.length) ? { seed, user: overlay.entities, hidden } : { seed };
  return createSpotter(layered, { requireField: true });
}

/** The content script's state on a page. */
export class ContentController {
  private session: PageSession | undefined;
  private spotter: Spotter | undefined;
  private seed: CompiledDictionary | undefined;
  private overlay: UserOverlay | undefined;
  private settings: Settings | undefined;

  constructor(
    private readonly root: Scope,
    private readonly doc: Document,
    private readonly dictionary: ContentDictionary,
    private readonly services: ContentServices,
  ) {}

  /**
   * Reads settings and the reader's dictionary (both asked at once), starts if allowed, and
   * follows changes of either. The seed is loaded while the answers are on their way.
   */
  async init(): Promise<void> {
    const settings = this.services.settings.load();
    const overlay = this.services.userDictionary?.load().catch(() => undefined);
    // The seed is unpacked while both answers are on their way (pages with text only).
    if ((this.services.supportsHighlights ?? supportsHighlights)() && hasAnyText(this.doc)) this.loadSeed();
    this.overlay = await overlay;
    this.apply(await settings);
    if (!this.root.active) return;
    this.root.onDispose(this.services.settings.watch((s) => this.apply(s)));
    const unwatchOverlay = this.services.userDictionary?.watch((o) => this.overlayChanged(o));
    if (unwatchOverlay) this.root.onDispose(unwatchOverlay);
  }

  private loadSeed(): CompiledDictionary {
    if (!this.seed) {
      this.services.mark?.('dictionary-start');
      this.seed = this.dictionary.seed();
      this.services.mark?.('dictionary-seed');
    }
    return this.seed;
  }

  /** The spotter over the seed and the reader's layer, made when a page first needs it. */
  private spotterNow(): Spotter {
    if (!this.spotter) {
      const url = String(protoGet<string>(this.doc, 'URL') ?? '');
      this.services.mark?.('spotter-start');
      this.spotter = spotterFor(this.loadSeed(), this.overlay, siteOf(url));
      this.services.mark?.('dictionary-ready');
    }
    return this.spotter;
  }

  /** The reader changed their dictionary: a new spotter, and the page is spotted again. */
  private overlayChanged(overlay: UserOverlay): void {
    this.overlay = overlay;
    if (!this.spotter) return;
    this.spotter = undefined;
    this.session?.stop();
    this.session = undefined;
    if (this.settings) this.apply(this.settings);
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
    const spotter = this.spotterNow();
    const entities: EntityLookup = { get: (id) => spotter.entity(id) };
    this.session = new PageSession({
      doc: this.doc,
      parent: this.root.signal,
      spotter,
      entities,
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
