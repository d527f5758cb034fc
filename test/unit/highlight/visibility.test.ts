import { describe, expect, it } from 'vitest';
import { createVisibilityCache } from '../../../lib/highlight/visibility';

describe('visibility cache', () => {
  it('asks each parent element once per pass, again after reset; no parent means not visible', () => {
    let calls = 0;
    let visible = false;
    const box = { width: 80, height: 18, right: 180, bottom: 40 };
    const parent = {
      checkVisibility: () => (calls++, visible),
      getBoundingClientRect: () => box,
      getClientRects: () => [box],
      ownerDocument: { defaultView: { scrollX: 0, scrollY: 500 } },
    };
    const a = { parentElement: parent } as unknown as Node;
    const b = { parentElement: parent } as unknown as Node;
    const cache = createVisibilityCache();
    expect(cache.isVisible(a)).toBe(false);
    expect(cache.isVisible(b)).toBe(false);
    expect(calls).toBe(1);
    visible = true;
    cache.reset();
    expect(cache.isVisible(a)).toBe(true);
    expect(calls).toBe(2);
    // Screen-reader-only text: a 1px box, or a box pushed off the left of the page.
    const srOnly = {
      checkVisibility: () => true,
      getBoundingClientRect: () => ({ width: 1, height: 1, right: 1, bottom: 1 }),
      getClientRects: () => [1],
      ownerDocument: { defaultView: null },
    };
    expect(cache.isVisible({ parentElement: srOnly } as unknown as Node)).toBe(false);
    const offLeft = {
      checkVisibility: () => true,
      getBoundingClientRect: () => ({ width: 300, height: 20, right: -9700, bottom: 300 }),
      getClientRects: () => [1],
      ownerDocument: { defaultView: { scrollX: 0, scrollY: 0 } },
    };
    expect(cache.isVisible({ parentElement: offLeft } as unknown as Node)).toBe(false);
    // Scrolled past is not hidden: above the viewport but inside the document.
    const above = {
      checkVisibility: () => true,
      getBoundingClientRect: () => ({ width: 300, height: 20, right: 400, bottom: -200 }),
      getClientRects: () => [1],
      ownerDocument: { defaultView: { scrollX: 0, scrollY: 1000 } },
    };
    expect(cache.isVisible({ parentElement: above } as unknown as Node)).toBe(true);
    expect(cache.isVisible({ parentElement: null } as unknown as Node)).toBe(false);
    expect(cache.isVisible({ parentElement: {} } as unknown as Node)).toBe(true); // no checkVisibility: counts as visible
  });
});
