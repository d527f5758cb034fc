/**
 * The JavaScript heap Lodestone adds to a reader's tab (issue 14's memory rows). Each page is
 * opened in a fresh tab twice per round, alternating which goes first: once at its own address,
 * where Lodestone runs, and once at a `/bench/noop/` address, where only the no-op content script
 * runs (floor-extension.ts). After the page has settled: two forced collections, then
 * `Runtime.getHeapUsage`. A fresh tab each time, because a tab that navigated keeps the page before
 * in its back/forward cache, and that page's heap with it.
 *
 * It counts everything Lodestone keeps (the bundle's packed dictionary, what unpacking made, the
 * code, the page's mentions); a page loaded paused and then unpaused would miss what was unpacked
 * before the unpause. Run on an extension with no entities of the reader's and default settings,
 * the way the first run's code (2 Dec) was measured for the baseline (`tab-heap.ts --ext`).
 */
import type { BrowserContext } from '@playwright/test';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The heap of a fresh tab on `url` once it has settled (KB). */
async function heapOf(context: BrowserContext, url: string, settleMs: number): Promise<number> {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    await tab.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await sleep(settleMs);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return usedSize / 1024;
  } finally {
    await tab.close();
  }
}

/** Per round: the tab's heap with Lodestone and with the no-op script, and what Lodestone adds (KB). */
export interface TabHeapRound {
  withLodestone: number;
  noop: number;
  added: number;
}

/** Measures `rounds` rounds on `origin`'s `/bench/<kind>.html` and `/bench/noop/<kind>.html`. */
export async function measureTabHeap(context: BrowserContext, origin: string, kind: string, rounds: number): Promise<TabHeapRound[]> {
  const settle = kind === 'huge' ? 10_000 : 3_000;
  const out: TabHeapRound[] = [];
  for (let i = 0; i < rounds; i++) {
    let withLodestone = NaN;
    let noop = NaN;
    for (const which of i % 2 ? ['noop', 'ext'] : ['ext', 'noop']) {
      if (which === 'ext') withLodestone = await heapOf(context, `${origin}/bench/${kind}.html`, settle);
      else noop = await heapOf(context, `${origin}/bench/noop/${kind}.html`, settle);
    }
    out.push({ withLodestone, noop, added: withLodestone - noop });
  }
  return out;
}
