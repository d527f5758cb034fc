/**
 * Issue 14: our slices yield with `scheduler.yield()`, whose continuations run ahead of the page's
 * rendering; once they have held frames back for FRAME_EVERY_MS, the next yield waits for a frame
 * (visible pages only, and never longer than a frame that does not come).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  afterNextFrame,
  drainSliced,
  FRAME_EVERY_MS,
  forEachSliced,
  PREVIEW_CHECK_MS,
  SLICE_MS,
  setUrgent,
  URGENT_SLICE_MS,
  yieldToPage,
} from '../../../lib/page/slices';

let clock = 0;
let frames = 0;

function stubPage(visibility: 'visible' | 'hidden') {
  clock = 1_000_000; // far from any earlier test's yields
  frames = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
  vi.stubGlobal('requestAnimationFrame', (cb: () => void) => {
    frames++;
    setTimeout(cb, 0);
    return frames;
  });
  vi.stubGlobal('document', { visibilityState: visibility });
}

/** Yields as a sliced job does: 8 ms of work between yields, `n` times; how many waited for a frame. */
async function burst(n: number): Promise<number> {
  const before = frames;
  for (let i = 0; i < n; i++) {
    clock += 8;
    await yieldToPage();
  }
  return frames - before;
}

afterEach(() => {
  setUrgent(false);
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('yieldToPage', () => {
  it('lets a frame through once our slices have run for FRAME_EVERY_MS without one', async () => {
    stubPage('visible');
    await yieldToPage(); // the start of a burst: a frame ran while we were idle
    const slicesPerFrame = Math.ceil(FRAME_EVERY_MS / 8);
    expect(await burst(slicesPerFrame - 1)).toBe(0);
    expect(await burst(1)).toBe(1);
    // 40 slices of 8 ms (320 ms of work): a frame at least every FRAME_EVERY_MS of it.
    expect(await burst(40)).toBeGreaterThanOrEqual(Math.floor((40 * 8) / (FRAME_EVERY_MS + 8)));
  });

  it('does not wait for frames in a hidden tab, which draws none', async () => {
    stubPage('hidden');
    await yieldToPage();
    expect(await burst(40)).toBe(0);
  });

  it('counts a frame’s rendering in the next frame’s budget, and a wait for a frame as a yield', async () => {
    stubPage('visible');
    clock += 10_000; // past the earlier tests' frames and yields
    // Each frame renders for 20 ms after its rAF callbacks (less than would let a second frame through, see below).
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => {
      frames++;
      setTimeout(() => {
        cb();
        clock += 20;
      }, 0);
      return frames;
    });
    await yieldToPage();
    expect(await burst(Math.ceil(FRAME_EVERY_MS / 8))).toBe(1);
    // 20 ms of that frame were rendering: one more slice, and the yield after it waits for a frame,
    // as a second slice would end past the budget (before, the budget restarted after the
    // rendering: four more slices).
    expect(await burst(1)).toBe(1);
  });

  it('waits for a frame when the next slice would end past the budget (slices that run long)', async () => {
    stubPage('visible');
    clock += 30_000;
    await yieldToPage();
    // Slices of 10 ms (the garbage collector's marking steps lengthen them): after three, a fourth
    // would end at 40 ms, past FRAME_EVERY_MS, so the third yield waits (it waited at the fourth
    // before: frames held 40 ms of our work and then the rendering).
    let waited = 0;
    const before = frames;
    for (let i = 0; i < 3 && frames === before; i++) {
      clock += 10;
      await yieldToPage();
      waited = i + 1;
    }
    expect(frames - before).toBe(1);
    expect(waited * 10).toBeLessThanOrEqual(FRAME_EVERY_MS);
    expect(waited * 10 + 10).toBeGreaterThan(FRAME_EVERY_MS);
  });

  it('lets one more frame through after a frame that rendered for most of a frame’s budget', async () => {
    stubPage('visible');
    clock += 20_000;
    let render = 40;
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => {
      frames++;
      setTimeout(() => {
        cb();
        clock += render;
      }, 0);
      return frames;
    });
    await afterNextFrame();
    expect(frames).toBe(2);
    render = 2;
    await afterNextFrame();
    expect(frames).toBe(3);
  });

  it('counts a pause longer than a slice as frames having run', async () => {
    stubPage('visible');
    await yieldToPage();
    await burst(Math.ceil(FRAME_EVERY_MS / 8) - 1);
    clock += 200; // idle: the page drew meanwhile
    expect(await burst(1)).toBe(0);
  });
});

describe('urgent work (the near window, before the reader sees a highlight)', () => {
  /** Whether `yieldToPage()` let the event loop run (not done after a few microtasks) or came back at once. */
  async function yielded(): Promise<boolean> {
    let done = false;
    const p = yieldToPage().then(() => (done = true));
    for (let i = 0; i < 5; i++) await Promise.resolve();
    const waited = !done;
    await p;
    return waited;
  }

  it('skips the yields within URGENT_SLICE_MS of the last real one, and yields after', async () => {
    stubPage('hidden'); // no frame waits: only the skipping is counted
    vi.stubGlobal('scheduler', undefined);
    expect(URGENT_SLICE_MS).toBeGreaterThan(8);
    expect(URGENT_SLICE_MS).toBeLessThan(50);
    setUrgent(true);
    clock += 8;
    expect(await yielded()).toBe(false);
    clock += 8;
    expect(await yielded()).toBe(false);
    clock += URGENT_SLICE_MS - 16;
    expect(await yielded()).toBe(true);
    // The slice starts again once the page has run.
    clock += 8;
    expect(await yielded()).toBe(false);
  });

  it('yields at every call again once the urgent work is over', async () => {
    stubPage('hidden');
    vi.stubGlobal('scheduler', undefined);
    setUrgent(true);
    setUrgent(false);
    clock += 8;
    expect(await yielded()).toBe(true);
    clock += 1;
    expect(await yielded()).toBe(true);
  });
});

describe('sliced loops that follow one another in one task', () => {
  /** Runs a sliced loop over `n` items of `cost` ms each (on the real clock's stub); how many times it yielded. */
  async function loop(n: number, cost: number): Promise<number> {
    let yields = 0;
    vi.stubGlobal('scheduler', {
      yield: () => {
        yields++;
        return Promise.resolve();
      },
    });
    await forEachSliced(
      Array.from({ length: n }, (_, i) => i),
      () => void (clock += cost),
      () => true,
    );
    return yields;
  }

  it('share the budget of the stretch they run in, instead of each starting its own', async () => {
    stubPage('hidden');
    expect(SLICE_MS).toBe(8);
    await yieldToPage(); // a stretch starts here
    expect(await loop(2, 3)).toBe(0); // 6 ms of the budget spent
    clock += 1; // a synchronous step between them
    // 7 ms spent before it starts: it yields after its first item, not after its third.
    expect(await loop(3, 3)).toBe(1);
  });

  it('start a stretch of their own long after the last yield (another task)', async () => {
    stubPage('hidden');
    await yieldToPage();
    clock += 200;
    expect(await loop(2, 3)).toBe(0);
  });
});

describe('drainSliced with a slice length read at each checkpoint', () => {
  it('looks more often until the caller says it has found what it looked for (the preview walk)', async () => {
    stubPage('hidden');
    let t = 0;
    const now = () => t;
    function* work(): Generator<void, number, void> {
      for (let i = 0; i < 40; i++) {
        t += 1; // 1 ms of walking between checkpoints
        yield;
      }
      return 40;
    }
    let found = false;
    const looks: number[] = [];
    const result = await drainSliced(
      work(),
      () => true,
      () => (found ? SLICE_MS : PREVIEW_CHECK_MS),
      now,
      () => {
        looks.push(t);
        if (t >= 6) found = true;
      },
    );
    expect(result).toBe(40);
    // Every PREVIEW_CHECK_MS until found (at 2, 4 and 6 ms), then every SLICE_MS.
    expect(looks.slice(0, 3)).toEqual([2, 4, 6]);
    expect(looks[3]! - looks[2]!).toBe(SLICE_MS);
  });
});
