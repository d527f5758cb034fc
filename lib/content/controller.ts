/**
 * Owns the session's life on one page: starts it when settings allow, stops it on pause or when
 * the site is switched off, passes mode and kind changes through, all without a reload.
 */
import { EMPTY_OVERLAY } from '../catalog/user-dictionary';
import { bodyOf, protoGet } from '../dom/safe-dom';
import { supportsHighlights } from '../highlight/renderer';
import type { EntityLookup } from '../page/entries';
import { isActiveOn, siteOf, type Settings } from '../settings/defaults';
import type { CompiledDictionary } from '../spotter/compiled-dictionary';
import { localEntityOf } from '../spotter/local-names';
import { unpackOverlay } from '../spotter/compiled-overlay';
import type { PublishedOverlay } from '../settings/user-dictionary-storage';
import { createSpotter, type HiddenForm, type Spotter } from '../spotter/matcher';
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
   * (lib/settings/user-dictionary-storage.ts), with its entities compiled. Absent: the seed
   * dictionary alone.
   */
  userDictionary?: { load(): Promise<PublishedOverlay>; watch(onChange: (overlay: PublishedOverlay) => void): () => void };
}

/** What the content script matches from: the seed compiled by `npm run kb:build` (issue 14). */
export interface ContentDictionary {
  seed: () => CompiledDictionary;
}

/** How the page's spotter reads: the field gate on, and the names a page introduces marked (issue 11). */
const SPOTTER_OPTIONS = { requireField: true, localNames: true } as const;

/**
 * The spotter for a page: the compiled seed with the reader's overlay layered on top (seed
 * entities they replaced or hid masked; the seed is never rebuilt: `lib/spotter/layers.ts`). Their
 * entities come compiled by the background (`overlay.compiled`, issue 14) and are only unpacked
 * here. A text of another build (an update the background has not yet republished for) or a
 * damaged one is ignored: the page has the seed and the hides until the republish arrives by
 * `watch`. An older item's entities as objects are compiled on the spot, with the same matches.
 * Hides are those for everywhere and for this page's `site`.
 */
export function spotterFor(seed: CompiledDictionary, overlay: PublishedOverlay | undefined, site: string): Spotter {
  const hidden: HiddenForm[] = [];
  for (const h of overlay?.hidden ?? [])
    if (h.site === '' || h.site === site) hidden.push(h.text ? { entityId: h.entityId, text: h.text } : { entityId: h.entityId });
  const compiled = unpackOverlay(overlay?.compiled, seed.version);
  // `localNames`: the names a page introduces for itself are marked on that page (issue 11).
  if (!compiled && !overlay?.entities.length && !hidden.length) return createSpotter({ seed }, SPOTTER_OPTIONS);
  return createSpotter({ seed, user: compiled ?? overlay?.entities ?? [], hidden }, SPOTTER_OPTIONS);
}

/** The content script's state on a page. */
export class ContentController {
  private session: PageSession | undefined;
  private spotter: Spotter | undefined;
  private seed: CompiledDictionary | undefined;
  // The reader's dictionary (issue 13), layered on the compiled seed by `spotterFor`.
  private overlay: PublishedOverlay = EMPTY_OVERLAY;
  private settings: Settings | undefined;

  constructor(
    private readonly root: Scope,
    private readonly doc: Document,
    private readonly dictionary: ContentDictionary,
    private readonly services: ContentServices,
  ) {}

  /**
   * Reads settings and the reader's dictionary (both asked at once), starts if allowed, and
   * follows changes of either. The seed is unpacked while the answers are on their way.
   */
  async init(): Promise<void> {
    const mark = this.services.mark;
    const settings = this.services.settings.load().then((s) => (mark?.('settings-read'), s));
    const overlay = this.services.userDictionary?.load().then(
      (o) => (mark?.('overlay-read'), o),
      () => EMPTY_OVERLAY,
    );
    // The seed is unpacked while both answers are on their way (pages with text only).
    if ((this.services.supportsHighlights ?? supportsHighlights)() && hasAnyText(this.doc)) this.loadSeed();
    this.overlay = (await overlay) ?? EMPTY_OVERLAY;
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
      this.services.mark?.('dictionary-unpacked');
      // One spotter is made, once the reader's layer has arrived (`spotterNow`): a seed-only one
      // made here to warm the code cost more than it saved (issue 14: 3.6 + 4.6 ms against 5 ms).
      this.services.mark?.('dictionary-seed');
    }
    return this.seed;
  }

  /** The spotter over the seed and the reader's layer for this page's site, made when a page first needs it. */
  private spotterNow(): Spotter {
    if (!this.spotter) {
      const url = String(protoGet<string>(this.doc, 'URL') ?? '');
      this.services.mark?.('spotter-start');
      this.spotter = spotterFor(this.loadSeed(), this.overlay, siteOf(url));
      this.services.mark?.('dictionary-ready');
    }
    return this.spotter;
  }

  /** The user added, changed or hid something: spot the page again with the new dictionary. */
  private overlayChanged(overlay: PublishedOverlay): void {
    // The background rewrites the overlay at start-up, and Firefox reports a write of the same value
    // as a change: re-spotting then would drop the keyboard focus and an open card for nothing.
    if (sameOverlay(overlay, this.overlay)) return;
    this.overlay = overlay;
    this.spotter = undefined;
    if (!this.session) return;
    // The running session re-spots in place, so its highlights never blink off.
    const spotter = this.spotterNow();
    this.session.setDictionary(spotter, lookupOf(spotter));
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
    this.session = new PageSession({
      doc: this.doc,
      parent: this.root.signal,
      spotter,
      entities: lookupOf(spotter),
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

/** Entities by id, as the spotter holds them (seed and the reader's layer). */
function lookupOf(spotter: Spotter): EntityLookup {
  // A name the page introduces carries its kind and name in its id (lib/spotter/local-names.ts).
  return { get: (id) => spotter.entity(id) ?? localEntityOf(id) };
}

/** True when two overlays hold the same entities, hides and compiled text (plain JSON). */
function sameOverlay(a: PublishedOverlay, b: PublishedOverlay): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
