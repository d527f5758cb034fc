/**
 * Runs in the page's main world from document start (an init script) in every benchmark page, with
 * or without the extension: records each frame (when its rAF callbacks ran, when the frame was done
 * — a message posted from rAF arrives after the frame's rendering — and how many highlight ranges
 * were registered), long tasks, and the last pointer
 * move; and, when armed, hit-tests a few points after each frame to see when the card shows.
 * Self-contained: it is serialised into the page.
 */
export function installPageProbe(): void {
  interface Frame {
    raf: number;
    done: number;
    hl: number;
  }
  const w = window as unknown as Record<string, unknown>;
  if (w.__bench) return;
  const frames: Frame[] = [];
  const longTasks: { start: number; duration: number }[] = [];
  let card: { points: [number, number][]; seenAt: Frame | null } | null = null;
  let lastMove = 0;
  const highlightCount = (): number => {
    let n = 0;
    try {
      CSS.highlights.forEach((h) => (n += h.size));
    } catch {
      // no Highlight API
    }
    return n;
  };
  const loop = (): void => {
    const rec: Frame = { raf: performance.now(), done: 0, hl: highlightCount() };
    if (frames.length < 50_000) frames.push(rec);
    const ch = new MessageChannel();
    ch.port1.onmessage = () => {
      rec.done = performance.now();
      ch.port1.close();
      // After the frame's rendering: a card drawn by any rAF callback of this frame is on screen now.
      if (card && !card.seenAt) {
        for (const [x, y] of card.points) {
          const el = document.elementFromPoint(x, y);
          if (el && el.localName === 'lodestone-host') {
            card.seenAt = rec;
            break;
          }
        }
      }
    };
    ch.port2.postMessage(0);
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // unsupported
  }
  addEventListener('pointermove', (e) => (lastMove = e.timeStamp), { capture: true, passive: true });
  w.__bench = {
    frames,
    longTasks,
    highlightCount,
    lastMove: () => lastMove,
    armCard(points: [number, number][]) {
      card = { points, seenAt: null };
    },
    cardSeen: () => card?.seenAt ?? null,
  };
}

/**
 * Page function: the page's own layout after load, once per document (a div added to the body and
 * removed, two frames each), then two frames. See `settle` in run.ts for why. Self-contained.
 */
export async function layOutOnce(): Promise<void> {
  // No named inner functions: a bundler's name helper (`__name`) does not exist in the page.
  const w = window as unknown as { __benchLaidOut?: boolean };
  if (!w.__benchLaidOut && document.body) {
    w.__benchLaidOut = true;
    const d = document.createElement('div');
    document.body.appendChild(d);
    await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
    d.remove();
  }
  await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
}
