// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { DOM_BLOCK_LAYOUT } from '../../../lib/dom/page-blocks';
import { collectTextBlocks, type TextBlock } from '../../../lib/dom/text-map';
import { RangeLayer } from '../../../lib/highlight/range-layer';
import type { HighlightRenderer } from '../../../lib/highlight/renderer';
import { boxIsNear, type ViewportWindow } from '../../../lib/highlight/viewport-window';
import { PageModel, scanBlocks } from '../../../lib/page/page-model';
import { createSpotter } from '../../../lib/spotter/matcher';
import { ENTITIES } from '../spotter/entities';

const spotter = createSpotter(ENTITIES);
const entities = new Map(ENTITIES.map((e) => [e.id, e]));

/** A renderer that keeps what is registered, by kind, as `text@start` of each range. */
function fakeRenderer() {
  const drawn = new Set<AbstractRange>();
  const r: HighlightRenderer & { drawn: Set<AbstractRange>; texts: () => string[] } = {
    drawn,
    texts: () =>
      [...drawn].map((x) => (x.startContainer as Text).data.slice(x.startOffset, x.startContainer === x.endContainer ? x.endOffset : undefined)).sort(),
    add: (_k, range) => void drawn.add(range),
    remove: (_k, range) => void drawn.delete(range),
    ensureStyles: () => undefined,
    setFocus: () => undefined,
    setTheme: () => undefined,
    clear: () => drawn.clear(),
    get size() {
      return drawn.size;
    },
    destroy: () => drawn.clear(),
  };
  return r;
}

/** The viewport window, driven by the test: `move(near)` says which elements are near now. */
function fakeWindow() {
  let onChange: (entered: Element[], left: Element[]) => void = () => undefined;
  const near = new Set<Element>();
  const observed = new Set<Element>();
  const win: ViewportWindow<Element> = {
    observe: (el) => void observed.add(el),
    unobserve: (el) => {
      observed.delete(el);
      near.delete(el);
    },
    isNear: (el) => near.has(el),
    markNear: (el) => void near.add(el),
    disconnect: () => {
      observed.clear();
      near.clear();
    },
  };
  return {
    create: (cb: typeof onChange) => ((onChange = cb), win),
    observed,
    move(now: Element[]) {
      const entered = now.filter((e) => !near.has(e) && observed.has(e));
      const left = [...near].filter((e) => !now.includes(e));
      for (const e of left) near.delete(e);
      for (const e of entered) near.add(e);
      onChange(entered, left);
    },
    near,
  };
}

async function setup(paragraphs: string[], visible: (node: Node) => boolean = () => true) {
  document.body.replaceChildren(
    ...paragraphs.map((t) => {
      const p = document.createElement('p');
      p.textContent = t;
      return p;
    }),
  );
  const ps = [...document.body.children];
  const model = new PageModel<TextBlock>(spotter, entities, DOM_BLOCK_LAYOUT);
  await model.setEntries((await scanBlocks(spotter, collectTextBlocks(document.body), () => true))!);
  const renderer = fakeRenderer();
  const win = fakeWindow();
  let drawnMarks = 0;
  const layer = new RangeLayer({
    model,
    renderer,
    visibility: { isVisible: visible, reset: () => undefined },
    createWindow: win.create,
    onDrawn: () => drawnMarks++,
  });
  return { model, renderer, win, layer, ps, drawnMarks: () => drawnMarks };
}

describe('range layer', () => {
  it('draws what the caller measured near at once, before the observer reports; the report then rules', async () => {
    const t = await setup(['Lynas and China', 'MP Materials', 'Japan']);
    t.model.applyDisplay('every', () => true);
    await t.layer.refresh(() => true);
    expect(t.renderer.texts()).toEqual([]);
    t.layer.drawNear(t.model.entries, (el) => el !== t.ps[2]);
    expect(t.renderer.texts()).toEqual(['China', 'Lynas', 'MP Materials']);
    // The observer's own report: the first block is not near after all, the third is.
    t.win.move([t.ps[1]!, t.ps[2]!]);
    expect(t.renderer.texts()).toEqual(['Japan', 'MP Materials']);
  });

  it('counts a box near within the margin of 1.5 viewports above and below, and across the width', () => {
    const box = (top: number, bottom: number, left = 0, right = 100) => ({ top, bottom, left, right });
    expect(boxIsNear(box(100, 120), 1000, 800)).toBe(true);
    expect(boxIsNear(box(800 + 1200, 800 + 1220), 1000, 800)).toBe(true);
    expect(boxIsNear(box(800 + 1201, 800 + 1220), 1000, 800)).toBe(false);
    expect(boxIsNear(box(-1300, -1200), 1000, 800)).toBe(true);
    expect(boxIsNear(box(-1300, -1201), 1000, 800)).toBe(false);
    expect(boxIsNear(box(100, 120, -300, -10), 1000, 800)).toBe(false);
  });

  it('draws the shown mentions of near blocks only, and follows the window', async () => {
    const t = await setup(['Lynas and China', 'MP Materials', 'Japan']);
    t.model.applyDisplay('every', () => true);
    await t.layer.refresh(() => true);
    // Every block with mentions is observed; none is near yet, so nothing is drawn.
    expect(t.win.observed.size).toBe(3);
    expect(t.renderer.texts()).toEqual([]);
    t.win.move([t.ps[0]!, t.ps[1]!]);
    expect(t.renderer.texts()).toEqual(['China', 'Lynas', 'MP Materials']);
    expect(t.drawnMarks()).toBe(1);
    t.win.move([t.ps[2]!]);
    expect(t.renderer.texts()).toEqual(['Japan']);
    expect(t.layer.size).toBe(1);
  });

  it('undraws at once the mentions of a text node the page rewrote in place, and nothing else', async () => {
    const t = await setup(['Japan', 'Lynas and China']);
    t.model.applyDisplay('every', () => true);
    await t.layer.refresh(() => true);
    t.win.move([t.ps[0]!, t.ps[1]!]);
    expect(t.renderer.texts()).toEqual(['China', 'Japan', 'Lynas']);
    const node = t.ps[0]!.firstChild as Text;
    // Vue-style patch: same node, new text; the StaticRange would now read "Austr".
    node.data = 'Australia';
    t.layer.textChanged(node);
    expect(t.renderer.texts()).toEqual(['China', 'Lynas']);
    expect(t.layer.index.lookup(node, 1)).toEqual([]);
    // A node that holds no drawn mention changes nothing.
    t.layer.textChanged(document.createTextNode('x'));
    expect(t.layer.size).toBe(2);
  });

  it('keeps the hit-test index equal to what is drawn', async () => {
    const t = await setup(['Lynas and China']);
    t.model.applyDisplay('every', () => true);
    await t.layer.refresh(() => true);
    t.win.move([t.ps[0]!]);
    const node = t.ps[0]!.firstChild as Text;
    expect(t.layer.index.lookup(node, 2).map((s) => s.item.entityId)).toEqual(['company-lynas']);
    expect(t.layer.index.lookup(node, 12).map((s) => s.item.entityId)).toEqual(['country-china']);
    t.win.move([]);
    expect(t.layer.index.lookup(node, 2)).toEqual([]);
  });

  it('redraws only what the display changed, reusing each mention’s range', async () => {
    const t = await setup(['China, China and Lynas']);
    t.model.applyDisplay('first', () => true);
    await t.layer.refresh(() => true);
    t.win.move([t.ps[0]!]);
    const first = [...t.renderer.drawn];
    expect(t.renderer.texts()).toEqual(['China', 'Lynas']);
    t.model.applyDisplay('every', () => true);
    await t.layer.refresh(() => true);
    expect(t.renderer.texts()).toEqual(['China', 'China', 'Lynas']);
    for (const r of first) expect(t.renderer.drawn.has(r)).toBe(true);
    const m = t.model.ordered[0]!;
    expect(t.layer.rangeOf(m)).toBe(t.layer.rangeOf(m));
    t.model.applyDisplay('every', (k) => k !== 'company');
    await t.layer.refresh(() => true);
    expect(t.renderer.texts()).toEqual(['China', 'China']);
  });

  it('never draws hidden text', async () => {
    const t = await setup(['Lynas shown', 'China hidden'], (node) => !(node as Text).data.includes('hidden'));
    t.model.applyDisplay('every', () => true);
    await t.layer.refresh(() => true);
    t.win.move([t.ps[0]!, t.ps[1]!]);
    expect(t.renderer.texts()).toEqual(['Lynas']);
  });

  it('undraws and unobserves what the model forgot, and forgets everything on destroy', async () => {
    const t = await setup(['Lynas', 'China']);
    t.model.applyDisplay('every', () => true);
    await t.layer.refresh(() => true);
    t.win.move([t.ps[0]!, t.ps[1]!]);
    const gone = new Set([t.model.entries[1]!]);
    t.ps[1]!.remove();
    await t.model.update(gone, []);
    t.layer.forget(gone);
    t.model.applyDisplay('every', () => true);
    await t.layer.refresh(() => true);
    expect(t.renderer.texts()).toEqual(['Lynas']);
    expect(t.win.observed.has(t.ps[1]!)).toBe(false);
    t.layer.destroy();
    expect(t.renderer.texts()).toEqual([]);
    expect(t.layer.index.size).toBe(0);
  });
});
