// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createRootScope, isOrphaned } from '../../../lib/content/lifetime';
import { chooseNextMention } from '../../../lib/page/step-next';

// Mentions as numbers; their boxes stacked 100px apart down a 1000px-high page, viewport 600px.
const viewport = { width: 800, height: 600 };
const tops = [-250, -150, -50, 50, 150, 450, 700, 900];
const box =
  (scroll = 0) =>
  (m: number) => ({ left: 10, right: 90, top: tops[m]! - scroll, bottom: tops[m]! - scroll + 20 });
const list = [0, 1, 2, 3, 4, 5, 6, 7];

describe('chooseNextMention', () => {
  it('starts at the first mention in view, not at the top of the page', () => {
    expect(chooseNextMention({ list, focused: undefined, boxOf: box(), visible: () => true, viewport })).toBe(3);
  });

  it('goes on from the focused mention while it is on screen, wrapping at the end', () => {
    expect(chooseNextMention({ list, focused: 4, boxOf: box(), visible: () => true, viewport })).toBe(5);
    expect(chooseNextMention({ list, focused: 7, boxOf: box(400), visible: () => true, viewport })).toBe(0);
  });

  it('restarts from the view when the reader scrolled away from the focused mention', () => {
    expect(chooseNextMention({ list, focused: 3, boxOf: box(800), visible: () => true, viewport })).toBe(7);
  });

  it('skips mentions that are hidden or have no box; none left gives undefined', () => {
    expect(chooseNextMention({ list, focused: 4, boxOf: box(), visible: (m) => m !== 5, viewport })).toBe(6);
    expect(chooseNextMention({ list, focused: 4, boxOf: (m) => (m === 5 ? undefined : box()(m)), visible: () => true, viewport })).toBe(6);
    expect(chooseNextMention({ list, focused: undefined, boxOf: box(), visible: () => false, viewport })).toBeUndefined();
    expect(chooseNextMention({ list: [], focused: undefined, boxOf: box(), visible: () => true, viewport })).toBeUndefined();
  });
});

describe('content-script lifetime', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a newer copy of the script stops the older one', () => {
    const first = createRootScope(new ContentScriptContext('content-a'));
    const second = createRootScope(new ContentScriptContext('content-b'));
    expect(first.active).toBe(false);
    expect(second.active).toBe(true);
    second.dispose();
  });

  it('a forged "newer script" invalidation of WXT’s ctx does not stop us while the extension lives', () => {
    const ctx = new ContentScriptContext('content-c');
    const root = createRootScope(ctx);
    expect(isOrphaned()).toBe(false);
    ctx.notifyInvalidated();
    expect(root.active).toBe(true);
    root.dispose();
  });
});
