/**
 * One annotation session on a page: spot, draw, watch, explain. It lives in its own Scope (ended
 * by pause, a site switch, or the content script's end) and leaves the page as it found it.
 */
import { DOM_BLOCK_LAYOUT, type DomEntry, type DomMention } from '../dom/page-blocks';
import { bodyOf, protoGet } from '../dom/safe-dom';
import { isSiteChrome } from '../dom/dom-rules';
import { collectTextBlocks, walkTextBlocks, type TextBlock, type WalkResult } from '../dom/text-map';
import { caretFromPoint, pointInRects, type CaretHit } from '../highlight/hit-test';
import { createMeasurer, type Measurer } from '../highlight/measure';
import { RangeLayer, type RangeLayerDeps } from '../highlight/range-layer';
import { createHighlightRenderer, type HighlightRenderer } from '../highlight/renderer';
import type { PageTheme } from '../highlight/styles';
import { createVisibilityCache, type VisibilityCache } from '../highlight/visibility';
import { boxIsNear, WINDOW_MARGIN_VIEWPORTS } from '../highlight/viewport-window';
import { unionRect, type RectLike } from '../page/card-position';
import { countByEntity } from '../page/display-filter';
import { PageModel, scanBlocks } from '../page/page-model';
import { afterNextFrame, drainSliced, PREVIEW_CHECK_MS, setUrgent, SLICE_MS, yieldToPage } from '../page/slices';
import { chooseNextMention } from '../page/step-next';
import type { EntityLookup } from '../page/entries';
import { ERROR_CODES } from '../messages/codes';
import { siteOf, type Settings } from '../settings/defaults';
import type { Spotter } from '../spotter/matcher';
import { CardController, viewportOf } from './card-controller';
import type { CardViewFactory } from './card-view';
import { watchPage, type PageWatcher, type WatchBatch } from './page-watcher';
import { createReporter, MIN_READABLE_CHARS, type SendMessage } from './report';
import { Scope } from './scope';
import { listenToPage } from './session-input';
import { detectTheme } from './theme';
import { markTiming } from './timing';
import { createUiHost, type UiHost } from './ui-host';

/** How long "Not this" waits before asking a background that did not answer once more. */
const HIDE_RETRY_MS = 300;

/**
 * What a session reaches the world through. The content script passes the real ones
 * (`start.ts`); unit tests pass fakes. The optional ones default to the browser's own.
 */
export interface SessionServices {
  /** Messages to the background (`entity/card`, `timeline/open`, `page/report`). */
  send: SendMessage;
  /** The card's view (the Preact bridge, handed in by the entry point). */
  cardView: CardViewFactory;
  /** The highlight registry (default: the CSS Custom Highlight API). */
  createRenderer?: (doc: Document, theme: PageTheme) => HighlightRenderer;
  /** Which blocks are near the viewport (default: an IntersectionObserver). */
  createWindow?: RangeLayerDeps['createWindow'];
  /** Line boxes of a range (default: one reused live Range). */
  measurer?: Measurer;
  /** Text position under a point (default: the caret APIs). */
  caretFromPoint?: (doc: Document, x: number, y: number) => CaretHit | undefined;
  /** Whether a text node is rendered visibly (default: `checkVisibility` and the box, cached per pass). */
  visibility?: VisibilityCache;
  /** Milestones for the benchmark (default: lib/content/timing.ts). */
  mark?: (name: string) => void;
  /**
   * Whether a block's element starts below the near window, so that the blocks walked so far cover
   * it and can be drawn before the rest of the page (default: its box against the viewport).
   */
  pastNearWindow?: (el: Element) => boolean;
}

/** What a session is given. */
export interface SessionOptions {
  doc: Document;
  parent: AbortSignal;
  spotter: Pick<Spotter, 'scan' | 'resolveContext' | 'isAboutField' | 'definitions' | 'local'> &
    Partial<Pick<Spotter, 'localNames' | 'localNameScanner' | 'resolveContextSteps'>>;
  entities: EntityLookup;
  settings: Settings;
  /** True (and everything stopped) when the extension is gone; asked by every entry point. */
  orphaned: () => boolean;
  services: SessionServices;
}

/** A running session. */
export class PageSession {
  readonly scope: Scope;
  readonly model: PageModel<TextBlock>;
  private readonly doc: Document;
  private readonly renderer: HighlightRenderer;
  private readonly layer: RangeLayer;
  private readonly card: CardController;
  private watcher: PageWatcher | undefined;
  private readonly measurer: Measurer;
  private readonly reporter: { schedule(): void };
  /**
   * Characters of text the last walk collected: the page is readable (savable) as soon as the walk
   * ends, before a huge page's scan does (a 20 MB article took tens of seconds to scan).
   */
  private walkedChars = 0;
  private readonly caret: (doc: Document, x: number, y: number) => CaretHit | undefined;
  private readonly mark: (name: string) => void;
  private host: UiHost | undefined;
  private hostTried = false;
  private body: HTMLElement | null = null;
  private theme: PageTheme;
  private settings: Settings;
  private focused: DomMention | undefined;
  private url: string;
  private readonly visibility: VisibilityCache;
  /** Serialises everything that changes the model (the first scan, batches, rescans). */
  private chain: Promise<void> = Promise.resolve();
  /** The dictionary being matched: the one given, until `setDictionary` (issue 13). */
  private spotter: SessionOptions['spotter'];
  private entities: SessionOptions['entities'];

  constructor(private readonly o: SessionOptions) {
    const sv = o.services;
    this.doc = o.doc;
    this.settings = o.settings;
    this.url = String(protoGet<string>(o.doc, 'URL') ?? '');
    this.scope = new Scope(o.parent);
    this.spotter = o.spotter;
    this.entities = o.entities;
    this.model = new PageModel(o.spotter, o.entities, DOM_BLOCK_LAYOUT);
    this.theme = detectTheme(o.doc);
    this.mark = sv.mark ?? markTiming;
    this.visibility = sv.visibility ?? createVisibilityCache();
    this.renderer = (sv.createRenderer ?? createHighlightRenderer)(o.doc, this.theme);
    this.layer = new RangeLayer({
      model: this.model,
      renderer: this.renderer,
      visibility: this.visibility,
      ...(sv.createWindow ? { createWindow: sv.createWindow } : {}),
      onDrawn: () => this.mark('drawn'),
    });
    this.measurer = sv.measurer ?? createMeasurer(o.doc);
    this.caret = sv.caretFromPoint ?? caretFromPoint;
    this.reporter = createReporter(sv.send, this.scope, o.doc, () => ({
      counts: countByEntity(this.model.ordered),
      readable: Math.max(this.walkedChars, this.model.textLength) >= MIN_READABLE_CHARS,
    }));
    this.card = new CardController({
      doc: o.doc,
      scope: this.scope,
      host: () => this.ensureHost(),
      entity: (id) => this.entities.get(id),
      anchorOf: (m) => this.anchorOf(m),
      theme: () => this.theme,
      fetchCard: (entityId) => sv.send('entity/card', { entityId }),
      openTimeline: (entityId) => void sv.send('timeline/open', { entityId }),
      addName: (name, kind) => void sv.send('dictionary/add-form', { name: name.slice(0, 200), kind }),
      // "Not this" (issue 13): the background hides it and republishes the dictionary, which every tab
      // follows. Asked again once if the background was not there to answer (a service worker that
      // was stopping as the reader clicked): hiding the same name twice stores it once.
      hide: async (entityId, text, where) => {
        const ask = () => sv.send('card/hide', { entityId, text: text.slice(0, 200), where });
        const first = await ask();
        if (first.ok || first.error.code !== ERROR_CODES.noReceiver || !this.scope.active) return first;
        await new Promise<void>((resolve) => this.scope.timeout(resolve, HIDE_RETRY_MS));
        return ask();
      },
      site: () => siteOf(this.url),
      onClosed: (m) => {
        if (this.focused === m) this.setFocus(undefined);
      },
    });
    // Teardown, last registered runs first: card and host, then ranges, then the registry.
    this.scope.onDispose(() => this.renderer.destroy());
    this.scope.onDispose(() => this.layer.destroy());
    this.scope.onDispose(() => this.host?.destroy());
  }

  /** Spots the page and starts watching it. */
  start(): Promise<void> {
    void this.enqueue(() => this.rescan());
    this.listen();
    this.watcher = watchPage({
      doc: this.doc,
      scope: this.scope,
      orphaned: this.o.orphaned,
      host: () => this.host?.element,
      isBlock: (el) => this.model.isBlockElement(el),
      onBatch: (b) => this.enqueue(() => this.apply(b)),
      onTextChanged: (node) => this.layer.textChanged(node),
    });
    return this.chain;
  }

  /** Ends the session and undoes everything it did. */
  stop(): void {
    this.scope.dispose();
  }

  /** New settings for a running session (mode and kinds; pause/site are handled by the owner). */
  updateSettings(s: Settings): void {
    this.settings = s;
    void this.enqueue(() => this.redisplay());
  }

  /**
   * The user's dictionary changed (issue 13): spot the page again with `spotter`. What is drawn
   * stays until the new matches replace it (no blink); a card open on a name now hidden closes.
   */
  setDictionary(spotter: SessionOptions['spotter'], entities: SessionOptions['entities']): void {
    if (!this.scope.active) return;
    this.spotter = spotter;
    this.entities = entities;
    this.model.setDictionary(spotter, entities);
    this.card.invalidate();
    void this.enqueue(() => this.rescan());
  }

  /** The knowledge changed (an article saved, deleted or imported): cards ask again. */
  knowledgeChanged(): void {
    if (this.scope.active) this.card.invalidate();
  }

  /** The `next-mention` command: focus the next shown mention in reading order and open its card. */
  stepNext(): void {
    if (!this.scope.active || this.o.orphaned()) return;
    const viewport = viewportOf(this.doc);
    this.visibility.reset();
    const m = chooseNextMention({
      list: this.model.displayed,
      focused: this.focused,
      boxOf: (x) => this.anchorOf(x),
      visible: (x) => this.isVisible(x),
      viewport,
    });
    if (!m) return;
    const box = this.anchorOf(m);
    if (!box || box.top < 0 || box.bottom > viewport.height) {
      const el = this.layer.rangeOf(m).startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    }
    this.setFocus(m);
    this.card.open(m, 'keyboard');
  }

  /** Notices client-side navigation (pushState, popstate): the URL changed since we last looked. */
  private checkLocation(): void {
    const url = String(protoGet<string>(this.doc, 'URL') ?? '');
    if (url === this.url) return;
    this.url = url;
    this.onLocationChange();
  }

  /** After a client-side navigation the old article's state must go; its content changes are watched anyway. */
  private onLocationChange(): void {
    this.card.close();
    this.setFocus(undefined);
    this.scope.timeout(() => void this.enqueue(() => this.rescan()), 500);
    this.reporter.schedule();
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(() => (this.scope.active ? task() : undefined)).catch(() => undefined);
    return this.chain;
  }

  /** The extension's own host, and the site's furniture outside the article (dom-rules.ts). */
  private skip = (el: Element): boolean => el === this.host?.element || isSiteChrome(el);
  private alive = (): boolean => this.scope.active;

  private async rescan(): Promise<void> {
    this.mark('scan-start');
    this.body = bodyOf(this.doc);
    // Collecting, scanning and updating are each sliced into tasks of a few milliseconds, so none
    // of them runs past 50 ms on a huge page (the walk alone took 400+ ms as one task on 120,000
    // elements). If the page removed the node the paused walk stood on, collect again (twice at
    // most; then in one go, which cannot lose its place).
    let blocks: TextBlock[] = [];
    // What the preview drew (see `preview`): reused below when the walk that found it completed.
    let early: DomEntry[] = [];
    if (this.body) {
      let walked: WalkResult | null = null;
      // Until the near window is drawn, the reader waits: longer slices (slices.ts `setUrgent`),
      // from a task of their own: what ran before in this one (the settings change, building the
      // spotter: 20–40 ms on the benchmark's huge page) would add to the first slice.
      await yieldToPage();
      if (!this.scope.active) return;
      setUrgent(true);
      try {
        for (let attempt = 0; attempt < 3 && !walked?.complete; attempt++) {
          walked = await this.walkSliced(this.body, attempt === 0 ? (e) => (early = e) : undefined);
          if (!walked) return;
        }
      } finally {
        setUrgent(false);
      }
      blocks = walked?.complete ? walked.blocks : collectTextBlocks(this.body, { skip: this.skip });
    }
    this.mark('walked');
    this.walkedChars = 0;
    for (const b of blocks) this.walkedChars += b.text.length;
    this.reporter.schedule();
    // The preview's entries stand for the first blocks when the final walk is the one it read.
    const kept = early.length <= blocks.length && early.every((e, i) => e.block === blocks[i]) ? early : [];
    await yieldToPage();
    const rest = await scanBlocks(this.spotter, kept.length ? blocks.slice(kept.length) : blocks, this.alive);
    if (!rest) return;
    this.mark('scanned');
    const entries = kept.length ? [...kept, ...rest] : rest;
    await yieldToPage();
    if (!this.scope.active) return;
    const old = this.model.entries;
    if (!(await this.model.setEntries(entries, this.alive))) return;
    this.mark('found');
    const keptSet = new Set(kept);
    this.layer.forget(kept.length ? old.filter((e) => !keptSet.has(e)) : old);
    await this.redisplay(undefined, { host: false });
    this.mark('applied');
    await this.attachHostLater();
  }

  /**
   * One sliced walk of `body`. The page runs between slices, and a full rescan stands for every
   * mutation queued meanwhile, so a walk during which the page changed anything (a framework
   * re-rendering text, say) is not a consistent snapshot: it counts as incomplete and is redone.
   * With `onPreview`, the blocks near the viewport are drawn as soon as the walk has passed them
   * (`preview`), and `onPreview` gets their entries.
   */
  private async walkSliced(body: HTMLElement, onPreview?: (entries: DomEntry[]) => void): Promise<WalkResult | null> {
    // The page watcher's own count of changes tells (no second observer): its callbacks for
    // mutations made while the walk was paused have run by the time the walk ends.
    const before = this.watcher?.changes() ?? 0;
    const found: TextBlock[] = [];
    let previewed = !onPreview;
    const past = this.o.services.pastNearWindow ?? ((el: Element) => pastNearWindow(this.doc, el));
    const slice = () => (previewed ? SLICE_MS : PREVIEW_CHECK_MS);
    const walked = await drainSliced(walkTextBlocks(body, { skip: this.skip, into: found }), this.alive, slice, undefined, async () => {
      if (!previewed) this.mark('walk-slice');
      const last = found[found.length - 1];
      if (previewed || !last || !past(last.element)) return;
      previewed = true;
      // Up to the last block not past the window (the first slice of a huge page's walk finds
      // hundreds of blocks more): a prefix of the page, in reading order.
      let cut = found.length - 1;
      while (cut > 0 && past(found[cut - 1]!.element)) cut--;
      const entries = await this.preview(found.slice(0, cut + 1));
      if (entries) onPreview!(entries);
    });
    const changed = (this.watcher?.changes() ?? 0) !== before;
    return walked && { blocks: walked.blocks, complete: walked.complete && !changed };
  }

  /**
   * Draws the page's first blocks (those the walk found up to past the near window, at load the
   * top of the page) before the rest is walked and scanned: on a huge page the reader sees the
   * highlights in view after a fraction of the work (issue 14). The whole page's rules come after,
   * on all blocks, and decide: they keep these entries and their mentions (so nothing drawn blinks)
   * and can only add what needs the rest of the page, a name whose context comes later, a form the
   * page defines further down, or a name it introduces (read from the whole page's text).
   */
  private async preview(blocks: TextBlock[]): Promise<DomEntry[] | null> {
    this.mark('preview-walked');
    const entries = await scanBlocks(this.spotter, blocks, this.alive);
    if (!entries || !this.scope.active) return null;
    this.mark('preview-scanned');
    const old = this.model.entries;
    if (!(await this.model.setEntries(entries, this.alive, { localNames: false }))) return null;
    this.mark('preview-model');
    this.layer.forget(old);
    // Drawn now, measured here: the observer's first report would wait for all our slices. Before
    // our host goes in, which would make the page lay itself out again for these measurements.
    const { width, height } = viewportOf(this.doc);
    await this.redisplay(() => this.layer.drawNear(entries, (el) => boxIsNear(Element.prototype.getBoundingClientRect.call(el), width, height)), {
      host: false,
    });
    if (!this.scope.active) return null;
    this.mark('preview');
    setUrgent(false);
    // Let that frame paint before the rest of the work: our slices' continuations run ahead of
    // other tasks, and the frame came ~100 ms later without this (at most 50 ms if no frame comes,
    // as in a hidden tab).
    await afterNextFrame();
    return entries;
  }

  private async apply(b: WatchBatch): Promise<void> {
    this.mark('batch');
    this.checkLocation();
    // The page took our host out: close the card and do not put it back now (see ui-host.ts).
    if (this.host?.checkRemoved()) this.card.close();
    this.refreshTheme();
    if (b.full || bodyOf(this.doc) !== this.body) return this.rescan();
    const groups: DomEntry[][] = [];
    // collectTextBlocks returns nothing for a root inside an editor, code block or hidden region.
    const roots = b.roots;
    for (const root of roots) {
      const scanned = await scanBlocks(this.spotter, collectTextBlocks(root, { skip: this.skip }), this.alive);
      if (!scanned) return;
      if (scanned.length) groups.push(scanned);
    }
    if (groups.length) await yieldToPage();
    if (!this.scope.active) return;
    const removed = new Set<DomEntry>();
    this.model.replacedBy(roots, groups, removed);
    if (b.removed) this.model.disconnected(removed);
    if (!groups.length && !removed.size) return;
    if (!(await this.model.update(removed, groups, this.alive))) return;
    this.layer.forget(removed);
    await this.redisplay();
  }

  /**
   * Applies mode and kinds to the model and brings the drawn set in line (sliced); `beforeHost`
   * runs once that is done, before our host goes in. With `host: false` the host does not go in
   * here (see `attachHostLater`).
   */
  private async redisplay(beforeHost?: () => void, opts: { host?: boolean } = {}): Promise<void> {
    const s = this.settings;
    this.visibility.reset();
    const shown = await this.model.applyDisplaySliced(
      s.highlightMode,
      (k) => s.kinds[k as keyof Settings['kinds']] !== false,
      (m) => this.isVisible(m),
      this.alive,
    );
    if (!shown) return;
    await this.layer.refresh(this.alive);
    if (!this.scope.active) return;
    if (this.focused && !this.model.isShown(this.focused)) this.setFocus(undefined);
    const open = this.card.mention;
    if (open && !this.model.isShown(open)) this.card.close();
    beforeHost?.();
    // The host goes in once there is something to explain, not on pages with nothing to mark.
    if (opts.host !== false && this.model.displayed.length && !this.hostTried) this.ensureHost()?.attach();
    this.reporter.schedule();
  }

  /**
   * Puts our host into the page in a frame of its own, after the page's first pass: going in, it
   * makes the page's next frame recompute compositing inputs for the whole page (on the huge
   * benchmark page the first highlights' frame rendered for 50–59 ms with it, 33 ms without it;
   * issue 14). A card opened before then makes the host itself (`card.host`).
   */
  private async attachHostLater(): Promise<void> {
    if (this.hostTried || !this.model.displayed.length) return;
    await afterNextFrame();
    if (!this.scope.active || this.hostTried || !this.model.displayed.length) return;
    this.ensureHost()?.attach();
  }

  private setFocus(m: DomMention | undefined): void {
    this.focused = m;
    this.renderer.setFocus(m ? this.layer.rangeOf(m) : undefined);
  }

  private ensureHost(): UiHost | undefined {
    if (!this.hostTried) {
      this.hostTried = true;
      this.host = createUiHost(this.doc, this.o.services.cardView);
    }
    return this.host;
  }

  private isVisible(m: DomMention): boolean {
    return this.visibility.isVisible(this.layer.rangeOf(m).startContainer);
  }

  private anchorOf(m: DomMention): RectLike | undefined {
    return unionRect(this.measurer.rects(this.layer.rangeOf(m)));
  }

  private hit(x: number, y: number): DomMention | undefined {
    const caret = this.caret(this.doc, x, y);
    if (!caret || caret.node.nodeType !== 3) return undefined;
    for (const span of this.layer.index.lookup(caret.node as Text, caret.offset)) {
      if (pointInRects(x, y, this.measurer.rects(this.layer.rangeOf(span.item)))) return span.item;
    }
    return undefined;
  }

  private refreshTheme(): void {
    const t = detectTheme(this.doc);
    if (t === this.theme) return;
    this.theme = t;
    this.renderer.setTheme(t);
    this.card.refresh();
  }

  private listen(): void {
    listenToPage({
      scope: this.scope,
      doc: this.doc,
      card: this.card,
      isOwn: (t) => this.host?.isOwn(t) ?? false,
      hit: (x, y) => this.hit(x, y),
      orphaned: this.o.orphaned,
      onThemeChange: () => this.refreshTheme(),
      onPopState: () => this.checkLocation(),
    });
  }
}

/** True when `el` starts below the near window (the viewport and `WINDOW_MARGIN_VIEWPORTS` below it). */
function pastNearWindow(doc: Document, el: Element): boolean {
  const height = viewportOf(doc).height;
  // Through the prototype: a block may be a form, whose own names shadow its methods.
  return height > 0 && Element.prototype.getBoundingClientRect.call(el).top > height * (1 + WINDOW_MARGIN_VIEWPORTS);
}
