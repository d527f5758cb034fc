/**
 * `npx tsx test/bench/paint-cost.ts`: what one change costs the browser's rendering on the
 * benchmark's pages, with no extension at all (plain Chromium): the longest rendering task of the
 * frame after (a) registering 50 highlight ranges styled with an underline, as Lodestone's are,
 * (b) the same ranges with a background only, (c) inserting one empty element into the root, as
 * Lodestone's card host is, bare and (d, e) styled as the host (fixed, 0×0, with and without
 * layout containment: the same cost). Arguments: changes and pages, comma-separated. It explains
 * the huge page's "frames over 50 ms" budget in BENCHMARKS.md; it is not part of `npm run bench`.
 */
import { chromium } from '@playwright/test';
import { findChromium } from '../harness/chromium';
import { readSeedArticles } from '../harness/seed-pages';
import { startServer } from '../harness/server';
import { dictionaryNames, readCatalog } from './dictionary';
import { generatePage, type PageKind } from './pages';
import { layOutOnce } from './page-probe';
import { fmtStat, stat } from './stats';
import { summariseTasks, TRACE_CATEGORIES, type TraceEvent } from './trace';

type Change = 'underline' | 'background' | 'element' | 'host' | 'host-contained';
const CSS_FOR: Record<Change, string> = {
  underline: '::highlight(probe){background-color:hsl(30 90% 50% / 0.13);text-decoration:underline solid hsl(30 80% 32%) 2px;}',
  background: '::highlight(probe){background-color:hsl(30 90% 50% / 0.13);}',
  element: '',
  host: '',
  'host-contained': '',
};
const HOST_STYLE: Partial<Record<Change, string>> = {
  host: 'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;display:block;contain:none',
  'host-contained': 'all:initial;position:fixed;top:0;left:0;width:0;height:0;z-index:2147483647;display:block;contain:layout style',
};
const ROUNDS = 3;

const seeds = readSeedArticles().map((s) => ({ title: s.meta.title, text: s.raw }));
const names = dictionaryNames(readCatalog());
const browser = await chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
console.log('page · change · longest rendering task · longest frame after the change, median (min–max) of', ROUNDS, 'fresh loads, ms');
for (const kind of (process.argv[3] ? process.argv[3].split(',') : ['article', 'long', 'huge']) as PageKind[]) {
  const page = generatePage(kind, { seeds, names });
  for (const change of (process.argv[2] ? process.argv[2].split(',') : ['underline', 'background', 'element', 'host', 'host-contained']) as Change[]) {
    const html = page.html.replace('</head>', `<style>${CSS_FOR[change]}</style></head>`);
    const server = await startServer(0, (p) => (p === '/p.html' ? { type: 'text/html; charset=utf-8', body: html } : undefined));
    const figures: number[] = [];
    const gaps: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await tab.goto(`${server.origin}/p.html`, { waitUntil: 'load', timeout: 120_000 });
      await tab.evaluate(layOutOnce);
      await new Promise((r) => setTimeout(r, 1000));
      const cdp = await tab.context().newCDPSession(tab);
      const events: TraceEvent[] = [];
      cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
      await cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
      // A string, not a function: a bundler's name helper for a named callback does not exist in the page.
      await tab.evaluate(
        'window.__rafs = []; window.__on = true; (function () { var l = function (t) { window.__rafs.push(t); if (window.__on) requestAnimationFrame(l); }; requestAnimationFrame(l); })();',
      );
      const gap = await tab.evaluate(
        async ([change, style]) => {
          // rAF times (the loop installed below) from a few frames before the change to 400 ms after it.
          const w = window as unknown as { __rafs: number[]; __on: boolean };
          const rafs = w.__rafs;
          await new Promise((r) => setTimeout(r, 100));
          const at = performance.now();
          if (change === 'element' || style) {
            const el = document.createElement('probe-host');
            if (style) el.setAttribute('style', style);
            document.documentElement.appendChild(el);
          } else {
            // 50 short ranges in the first paragraphs' first text nodes: what a near window holds.
            const h = new Highlight();
            for (const p of Array.from(document.querySelectorAll('p'))) {
              const t = p.firstChild;
              if (h.size >= 50) break;
              if (t?.nodeType === Node.TEXT_NODE && (t as Text).data.length > 10)
                h.add(new StaticRange({ startContainer: t, startOffset: 2, endContainer: t, endOffset: 8 }));
            }
            CSS.highlights.set('probe', h);
          }
          await new Promise((r) => setTimeout(r, 400));
          w.__on = false;
          let longest = 0;
          for (let i = 1; i < rafs.length; i++) if (rafs[i]! > at) longest = Math.max(longest, rafs[i]! - rafs[i - 1]!);
          return longest;
        },
        [change, HOST_STYLE[change] ?? ''] as const,
      );
      gaps.push(gap);
      await new Promise((r) => setTimeout(r, 300));
      const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
      await cdp.send('Tracing.end');
      await done;
      figures.push(summariseTasks(events).longestRendering);
      await tab.close();
    }
    await server.close();
    console.log(`${kind} · ${change} · ${fmtStat(stat(figures))} · longest frame (rAF to rAF) after it ${fmtStat(stat(gaps))}`);
  }
}
await browser.close();
