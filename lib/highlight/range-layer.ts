/**
 * Keeps the drawn set equal to "shown mentions in blocks near the viewport". The page model says
 * what is shown, the viewport window says which blocks are near, and this layer diffs the two
 * into renderer calls and hit-test index updates; nothing is redrawn that did not change.
 */
import type { DomEntry, DomMention } from '../dom/page-blocks';
import { toStaticRange, type TextBlock } from '../dom/text-map';
import type { PageModel } from '../page/page-model';
import { forEachSliced } from '../page/slices';
import { MentionIndex } from './mention-index';
import type { HighlightRenderer } from './renderer';
import { markStyle } from './styles';
import { isLocalId } from '../spotter/local-names';
import { createViewportWindow, type ViewportWindow } from './viewport-window';
import type { VisibilityCache } from './visibility';

/** How a mention is drawn: its kind, untinted when the article introduces the name. */
const styleOf = (m: DomMention) => markStyle(m.kind, isLocalId(m.entityId));

/** What the layer works with. */
export interface RangeLayerDeps {
  model: PageModel<TextBlock>;
  renderer: HighlightRenderer;
  visibility: VisibilityCache;
  /** The near-the-viewport window (default: an IntersectionObserver; tests pass their own). */
  createWindow?: (onChange: (entered: Element[], left: Element[]) => void) => ViewportWindow<Element>;
  /** Called after the window moved and what came near was drawn (the benchmark's `drawn` mark). */
  onDrawn?: () => void;
}

/** Diffs the model and the viewport window into drawn ranges. */
export class RangeLayer {
  /** Text node → drawn mentions, for hit-testing. */
  readonly index = new MentionIndex<Text, DomMention>();
  private readonly drawn = new Map<DomEntry, Set<DomMention>>();
  private readonly observed = new Map<Element, Set<DomEntry>>();
  /** Elements whose last entry was forgotten: unobserved at the end of the next refresh unless a
   * new entry took them over, so a re-collected block keeps its "near" state and does not blink. */
  private readonly orphans = new Set<Element>();
  private readonly window: ViewportWindow<Element>;
  /**
   * Each mention's StaticRange, made on first use. Kept here, not on the mention: the model knows
   * nothing of rendering. A mention keeps its identity across re-resolves, so its range survives.
   */
  private readonly ranges = new WeakMap<DomMention, StaticRange>();
  private readonly model: PageModel<TextBlock>;
  private readonly renderer: HighlightRenderer;
  private readonly visibility: VisibilityCache;

  constructor(d: RangeLayerDeps) {
    this.model = d.model;
    this.renderer = d.renderer;
    this.visibility = d.visibility;
    this.window = (d.createWindow ?? createViewportWindow<Element>)((entered, left) => {
      this.visibility.reset();
      for (const el of [...entered, ...left]) for (const e of this.observed.get(el) ?? []) this.sync(e);
      this.renderer.ensureStyles();
      d.onDrawn?.();
    });
  }

  /** The StaticRange of a mention, made on first use. */
  rangeOf(m: DomMention): StaticRange {
    let r = this.ranges.get(m);
    if (!r) this.ranges.set(m, (r = toStaticRange(m.entry.block, m.start, m.end)));
    return r;
  }

  /** Forgets entries the model dropped (their ranges are undrawn, their elements unobserved). */
  forget(removed: Iterable<DomEntry>): void {
    for (const e of removed) {
      this.undraw(e);
      this.unobserve(e);
    }
  }

  /**
   * The page rewrote a text node in place (`node.data = …`, as Vue and React patch text). A
   * StaticRange does not follow such an edit, so the mentions drawn in that node would now mark
   * whatever text took their offsets ("Austr" of "Australia" where "Japan" stood). Their blocks
   * are undrawn at once; the watcher's next batch re-reads the block and draws what it holds now.
   */
  textChanged(node: Text): void {
    for (const m of new Set(this.index.itemsIn(node))) this.undraw(m.entry);
  }

  /** Call after the model or the display changed: every entry is re-synced, in slices. */
  async refresh(alive: () => boolean): Promise<void> {
    await forEachSliced(
      this.model.entries,
      (e) => {
        if (e.mentions.length) this.observe(e);
        else this.unobserve(e);
        if (this.drawn.has(e) || this.window.isNear(e.block.element)) this.sync(e);
      },
      alive,
    );
    for (const el of this.orphans) {
      if (this.observed.get(el)?.size) continue;
      this.observed.delete(el);
      this.window.unobserve(el);
    }
    this.orphans.clear();
    this.renderer.ensureStyles();
  }

  /**
   * Draws `entries` whose element `near` says is near the viewport now, without waiting for the
   * observer's first report (the page's first draw, lib/content/session.ts: on a page busy with our
   * slices the report can come only after all of them). Call after `refresh` observed them.
   */
  drawNear(entries: readonly DomEntry[], near: (el: Element) => boolean): void {
    if (!this.window.markNear) return;
    this.visibility.reset();
    for (const e of entries) {
      if (!e.mentions.length || this.window.isNear(e.block.element) || !near(e.block.element)) continue;
      this.window.markNear(e.block.element);
      this.sync(e);
    }
    this.renderer.ensureStyles();
  }

  /** Number of drawn ranges. */
  get size(): number {
    let n = 0;
    for (const s of this.drawn.values()) n += s.size;
    return n;
  }

  /** Forgets everything (the renderer is cleared by its owner). */
  destroy(): void {
    this.window.disconnect();
    for (const e of [...this.drawn.keys()]) this.undraw(e);
    this.observed.clear();
    this.orphans.clear();
    this.index.clear();
  }

  private sync(e: DomEntry): void {
    const near = this.window.isNear(e.block.element);
    // Hidden text (display/visibility/content-visibility) is never drawn: nothing to see there.
    const want = near ? e.mentions.filter((m) => this.model.isShown(m) && this.visibility.isVisible(this.rangeOf(m).startContainer)) : [];
    const wantSet = new Set(want);
    const have = this.drawn.get(e) ?? new Set<DomMention>();
    for (const m of have) if (!wantSet.has(m)) this.renderer.remove(styleOf(m), this.rangeOf(m));
    for (const m of want) if (!have.has(m)) this.renderer.add(styleOf(m), this.rangeOf(m));
    if (want.length) {
      this.drawn.set(e, wantSet);
      this.index.setBlock(
        e.block.nodes,
        e.block.starts,
        e.lengths,
        want.map((m) => ({ start: m.start, end: m.end, item: m })),
      );
    } else if (this.drawn.has(e)) {
      this.drawn.delete(e);
      this.index.clearBlock(e.block.nodes);
    }
  }

  private undraw(e: DomEntry): void {
    const have = this.drawn.get(e);
    if (!have) return;
    for (const m of have) {
      const r = this.ranges.get(m);
      if (r) this.renderer.remove(styleOf(m), r);
    }
    this.drawn.delete(e);
    this.index.clearBlock(e.block.nodes);
  }

  private observe(e: DomEntry): void {
    const el = e.block.element;
    let set = this.observed.get(el);
    if (!set) {
      this.observed.set(el, (set = new Set()));
      this.window.observe(el);
    }
    set.add(e);
  }

  private unobserve(e: DomEntry): void {
    const el = e.block.element;
    const set = this.observed.get(el);
    if (set?.delete(e) && !set.size) this.orphans.add(el);
  }
}
