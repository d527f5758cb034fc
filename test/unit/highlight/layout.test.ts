import { describe, expect, it } from 'vitest';
import { CARD_GAP, VIEWPORT_MARGIN, isOffscreen, placeCard, unionRect } from '../../../lib/page/card-position';
import { applyNearEntries, rootMarginFor } from '../../../lib/highlight/viewport-window';

const viewport = { width: 1000, height: 800 };
const word = (top: number, left = 100) => ({ left, top, right: left + 80, bottom: top + 20 });

describe('placeCard', () => {
  it('goes below the word when it fits', () => {
    const p = placeCard(word(100), { width: 360, height: 300 }, viewport);
    expect(p).toMatchObject({ side: 'below', top: 120 + CARD_GAP, left: 100, width: 360 });
    expect(p.maxHeight).toBe(800 - VIEWPORT_MARGIN - (120 + CARD_GAP));
  });

  it('goes above when there is no room below, ending above the word', () => {
    const p = placeCard(word(700), { width: 360, height: 300 }, viewport);
    expect(p.side).toBe('above');
    expect(p.top + 300).toBe(700 - CARD_GAP);
  });

  it('never covers the word: caps the height on the roomier side', () => {
    const p = placeCard(word(300), { width: 360, height: 700 }, viewport);
    expect(p.side).toBe('below');
    expect(p.top).toBeGreaterThanOrEqual(320);
    expect(p.top + p.maxHeight).toBeLessThanOrEqual(800 - VIEWPORT_MARGIN);
    const q = placeCard(word(500), { width: 360, height: 700 }, viewport);
    expect(q.side).toBe('above');
    expect(q.top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN);
    expect(q.top + Math.min(700, q.maxHeight)).toBeLessThanOrEqual(500 - CARD_GAP);
  });

  it('stays inside the viewport horizontally, narrowing on small screens', () => {
    expect(placeCard(word(100, 900), { width: 360, height: 200 }, viewport).left).toBe(1000 - VIEWPORT_MARGIN - 360);
    expect(placeCard(word(100, -50), { width: 360, height: 200 }, viewport).left).toBe(VIEWPORT_MARGIN);
    const narrow = placeCard(word(100, 10), { width: 360, height: 200 }, { width: 300, height: 600 });
    expect(narrow.width).toBe(300 - 2 * VIEWPORT_MARGIN);
    expect(narrow.left).toBe(VIEWPORT_MARGIN);
  });

  it('unions wrapped line boxes and detects off-screen anchors', () => {
    expect(
      unionRect([
        { left: 500, top: 10, right: 600, bottom: 30 },
        { left: 0, top: 30, right: 40, bottom: 50 },
        { left: 0, top: 0, right: 0, bottom: 0 },
      ]),
    ).toEqual({ left: 0, top: 10, right: 600, bottom: 50 });
    expect(unionRect([])).toBeUndefined();
    expect(isOffscreen(word(-30), viewport)).toBe(true);
    expect(isOffscreen(word(-10), viewport)).toBe(false);
    expect(isOffscreen(word(801), viewport)).toBe(true);
  });
});

describe('viewport window', () => {
  it('uses a vertical root margin of 1.5 viewports', () => {
    expect(rootMarginFor(1.5)).toBe('150% 0px 150% 0px');
  });

  it('tracks entering and leaving blocks, last entry per target wins', () => {
    const near = new Set<string>(['a']);
    const r = applyNearEntries(near, [
      { target: 'b', isIntersecting: true },
      { target: 'a', isIntersecting: false },
      { target: 'c', isIntersecting: true },
      { target: 'c', isIntersecting: false },
      { target: 'b', isIntersecting: true },
    ]);
    expect(r).toEqual({ entered: ['b'], left: ['a'] });
    expect([...near]).toEqual(['b']);
    expect(applyNearEntries(near, [{ target: 'b', isIntersecting: true }])).toEqual({ entered: [], left: [] });
  });
});
