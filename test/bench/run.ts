/**
 * `npm run bench` (`-- --quick` for a short run): builds the extension if stale, serves generated
 * pages on 127.0.0.1, drives headless Chromium and writes test/bench/BENCHMARKS.md and
 * test/bench/results.json. Contenders run on the same pages in the same run, interleaved, so the
 * ratios hold even on a busy machine. See BENCHMARKS.md for what each figure means.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from '@playwright/test';
import { build } from 'esbuild';
import { ensureBuilt, EXTENSION_DIR, ROOT } from '../harness/build';
import { chromiumVersion, findChromium } from '../harness/chromium';
import { launchWithExtension } from '../harness/launch';
import { readSeedArticles } from '../harness/seed-pages';
import { startServer } from '../harness/server';
import { dictionaryNames, dictionaryRegExpSource, paddedCatalog, readCatalog, userEntities } from './dictionary';
import { setSettings } from './settings';
import { installPageProbe, layOutOnce } from './page-probe';
import { generateEmptyPage, generatePage, PAGE_SPECS, type GeneratedPage, type PageKind } from './pages';
import { judgeBudgets, memoryFigures, writeReport, type Budget, type MemoryBaseline } from './report';
import { stat, type Stat } from './stats';
import { summariseTasks, TRACE_CATEGORIES, type TaskSummary, type TraceEvent } from './trace';
import { pageDomLoop } from './dom-loop';
import { extensionWithFloors } from './floor-extension';
import { measureTabHeap } from './tab-heap-measure';
import { storeGrowth, type CountedSize } from './store-measure';

const QUICK = process.argv.includes('--quick');
/**
 * `--only=pages,startup,dom,card,store` runs only those sections (for working on the benchmark).
 * `BENCH_NO_TRACE=1` takes the long and huge pages' runs untraced (the trace itself lengthens the
 * frames, by ~18 ms for the huge page's first highlights): for comparing, never for the report.
 */
const ONLY = process.argv
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const want = (section: string) => !ONLY || ONLY.includes(section);
/** `--pages=huge` (or `article,long`) runs only those pages in the pages section (for working on one). */
const PAGES = process.argv
  .find((a) => a.startsWith('--pages='))
  ?.slice(8)
  .split(',');

// `--report`: rewrite BENCHMARKS.md from the last results.json (after editing report.ts), no run.
if (process.argv.includes('--report')) {
  const last = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'results.json'), 'utf8')) as {
    env: Parameters<typeof writeReport>[1];
    stats: Record<string, Stat>;
    notes: Record<string, unknown>;
    previousRun?: Parameters<typeof writeReport>[5] | null;
  };
  const base = path.join(import.meta.dirname, 'memory-baseline.json');
  const baseline = fs.existsSync(base) ? (JSON.parse(fs.readFileSync(base, 'utf8')) as { figures: MemoryBaseline }).figures : undefined;
  writeReport(
    path.join(import.meta.dirname, 'BENCHMARKS.md'),
    last.env,
    last.stats,
    last.notes,
    judgeBudgets(last.stats, last.notes, baseline),
    last.previousRun ?? undefined,
  );
  console.log('test/bench/BENCHMARKS.md rewritten from results.json');
  process.exit(0);
}
const OUT_DIR = import.meta.dirname;
const RUNS = QUICK
  ? { article: 3, long: 2, huge: 1, popup: 3, save: 2, card: 5, startup: 3, dom: 3 }
  : { article: 7, long: 5, huge: 3, popup: 9, save: 5, card: 15, startup: 11, dom: 9 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const log = (...a: unknown[]) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...a);

type Frame = { raf: number; done: number; hl: number };
type Timings = Record<string, number>;
type Probe = { frames: Frame[]; longTasks: { start: number; duration: number }[] };

/** Everything measured, keyed by figure; each value is the list of per-run numbers. */
const raw: Record<string, number[]> = {};
const put = (key: string, v: number | undefined) => {
  if (v === undefined || !Number.isFinite(v)) return;
  (raw[key] ??= []).push(v);
};
const notes: Record<string, unknown> = {};

// ---------------------------------------------------------------------------------------------
// Setup: build, pages, bundles, server, browsers

ensureBuilt();
// Run from a private copy (other jobs in this checkout may rebuild .output while the benchmark
// runs), with the floors that live in the extension added (floor-extension.ts).
const EXT_COPY = extensionWithFloors(EXTENSION_DIR);
process.on('exit', () => fs.rmSync(EXT_COPY, { recursive: true, force: true }));
const seeds = readSeedArticles().map((s) => ({ title: s.meta.title, text: s.raw }));
const catalog = readCatalog();
const names = dictionaryNames(catalog);
const padded = paddedCatalog(catalog, 5_000);
const regexSource = dictionaryRegExpSource(names);
const pages = {} as Record<PageKind, GeneratedPage>;
for (const k of Object.keys(PAGE_SPECS) as PageKind[]) pages[k] = generatePage(k, { seeds, names });
const emptyHtml = generateEmptyPage();
const markJs = fs.readFileSync(path.join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');
const bundle = async (entry: string) =>
  (
    await build({
      entryPoints: [path.join(OUT_DIR, entry)],
      bundle: true,
      format: 'iife',
      write: false,
      platform: 'browser',
      target: 'chrome120',
      logLevel: 'error',
    })
  ).outputFiles[0]!.text;
const probeJs = await bundle('probe-entry.ts');
const storeJs = await bundle('store-entry.ts');
const INIT = `globalThis.__name = globalThis.__name || ((f) => f);(${installPageProbe.toString()})();`;

const server = await startServer(0, (p) => {
  const m = /^\/bench\/(?:noop\/)?(article|long|huge|save)(?:-([\w-]+))?\.html$/.exec(p);
  if (m) {
    const html = pages[m[1] as PageKind].html.replace(`href="/bench/${m[1]}.html"`, `href="${server.origin}${p}"`);
    return { type: 'text/html; charset=utf-8', body: html };
  }
  if (p === '/bench/empty.html') return { type: 'text/html; charset=utf-8', body: emptyHtml };
  return undefined;
});
const url = (k: string) => `${server.origin}/bench/${k}.html`;
log(
  `pages: ${(Object.keys(pages) as PageKind[]).map((k) => `${k} ${pages[k].words} words/${pages[k].elements} elements`).join(', ')}; dictionary ${names.length} names`,
);

const chromePath = findChromium();
const ext = await launchWithExtension(EXT_COPY);
// What Lodestone adds to a tab's heap (tab-heap-measure.ts): first, as the baseline was measured on
// the first run's code, with default settings, no entities of the reader's and no page probe.
for (const kind of want('pages') ? (['article', 'long', 'huge'] as const).filter((k) => !PAGES || PAGES.includes(k)) : []) {
  log(`${kind}: heap Lodestone adds to a tab`);
  for (const r of await measureTabHeap(ext.context, server.origin, kind, QUICK ? 2 : 3)) put(`${kind}.tabHeapKB`, r.added);
}
await ext.context.addInitScript({ content: INIT });
// 1,000 entities of the reader's own, added to the store the way the product keeps them: the
// background publishes them, compiled, to the storage item the content script reads.
const USER_ENTITIES = userEntities(catalog, 1_000).map((e) => ({ ...e, description: 'Added for the benchmark.' }));
await ext.worker.evaluate(async (entities: unknown[]) => {
  const hook = (globalThis as unknown as { lodestoneDebug: { addUserEntities(e: unknown[]): Promise<number> } }).lodestoneDebug;
  await hook.addUserEntities(entities);
}, USER_ENTITIES);
{
  // What the content script will read: the 1,000 entities compiled in the background.
  const stored = await ext.worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    const v = (await c.storage.local.get('userDictionary')).userDictionary as { compiled?: string } | undefined;
    return typeof v?.compiled === 'string' ? (v.compiled.split('\n')[0] ?? '') : '';
  });
  // The packed header's fourth field is the number of entities.
  if (stored.split('|')[3] !== String(USER_ENTITIES.length))
    throw new Error(`the background published no compiled overlay of ${USER_ENTITIES.length} entities: ${stored}`);
  notes.userEntitiesCompiled = true;
}
const plainBrowser = await chromium.launch({
  executablePath: chromePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const plain = await plainBrowser.newContext({ viewport: { width: 1280, height: 900 } });
await plain.addInitScript({ content: INIT });

/** A page with a CDP session that knows the extension's isolated world. */
class Tab {
  contexts = new Map<number, { id: number; name: string; origin: string; auxData?: { type?: string; isDefault?: boolean } }>();
  private constructor(
    readonly page: Page,
    readonly cdp: CDPSession,
  ) {}
  static async open(ctx: BrowserContext): Promise<Tab> {
    const page = await ctx.newPage();
    const cdp = await ctx.newCDPSession(page);
    const t = new Tab(page, cdp);
    cdp.on(
      'Runtime.executionContextCreated',
      (e: { context: { id: number; name: string; origin: string; auxData?: { type?: string; isDefault?: boolean } } }) =>
        t.contexts.set(e.context.id, e.context),
    );
    cdp.on('Runtime.executionContextDestroyed', (e: { executionContextId: number }) => t.contexts.delete(e.executionContextId));
    cdp.on('Runtime.executionContextsCleared', () => t.contexts.clear());
    await cdp.send('Runtime.enable');
    return t;
  }
  private traceEvents: TraceEvent[] = [];
  private tracing = false;
  /** Starts a Chromium trace of this page's renderer. */
  async startTrace(): Promise<void> {
    this.traceEvents = [];
    if (!this.tracing) this.cdp.on('Tracing.dataCollected', (e) => this.traceEvents.push(...(e.value as unknown as TraceEvent[])));
    this.tracing = true;
    await this.cdp.send('Tracing.start', { categories: TRACE_CATEGORIES, transferMode: 'ReportEvents' });
  }
  /** Ends the trace and summarises the main thread's tasks. */
  async stopTrace(): Promise<TaskSummary> {
    const done = new Promise<void>((r) => this.cdp.once('Tracing.tracingComplete', () => r()));
    await this.cdp.send('Tracing.end');
    await done;
    const s = summariseTasks(this.traceEvents);
    this.traceEvents = [];
    return s;
  }
  async goto(u: string): Promise<void> {
    await this.page.goto(u, { waitUntil: 'load', timeout: 120_000 });
  }
  /**
   * The content script's milestones (lib/content/timing.ts; `global` names another script's), read
   * in its isolated world of the document now shown: a page kept in the back/forward cache keeps
   * its contexts alive, and its milestones must not be read as this one's.
   */
  async timings(global = 'lodestoneTimings'): Promise<Timings | null> {
    const origin = await this.page.evaluate(() => performance.timeOrigin).catch(() => NaN);
    for (const c of this.contexts.values()) {
      if (c.auxData?.type !== 'isolated' || !c.origin.startsWith('chrome-extension:')) continue;
      const expression = `JSON.stringify(performance.timeOrigin === ${origin} ? (globalThis.${global} ?? null) : null)`;
      const r = (await this.cdp.send('Runtime.evaluate', { expression, contextId: c.id, returnByValue: true }).catch(() => null)) as {
        result: { value?: string };
      } | null;
      const v = r?.result.value ? (JSON.parse(r.result.value) as Timings | null) : null;
      if (v) return v;
    }
    return null;
  }
  /** JS heap in use after a full GC (bytes). */
  async heap(): Promise<number> {
    await this.cdp.send('HeapProfiler.collectGarbage');
    await this.cdp.send('HeapProfiler.collectGarbage');
    const r = (await this.cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    return r.usedSize;
  }
  probe(): Promise<Probe> {
    return this.page.evaluate(() => {
      const b = (window as unknown as { __bench: Probe }).__bench;
      return { frames: b.frames.slice(), longTasks: b.longTasks.slice() };
    });
  }
  highlightCount(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { __bench: { highlightCount(): number } }).__bench.highlightCount());
  }
  /**
   * Waits for the page to settle: one layout of its own, two frames and a quiet moment. Chromium
   * reads a page's whole text once, in the first frame after the first layout that follows the
   * load (`ChromeRenderFrameObserver::CapturePageText`, for translation: 42–45 ms on the huge
   * page, in the trace). A real page lays itself out after load (late images, ads, fonts); these
   * static pages do not, so without this the capture fell in Lodestone's first frame and counted
   * as one of its frames over 50 ms. The page's own change (a div added and removed) takes it first.
   */
  async settle(ms = 300): Promise<void> {
    await this.page.evaluate(layOutOnce);
    await sleep(ms);
  }
  close(): Promise<void> {
    return this.page.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Contenders without the extension: floor, Lodestone's matcher alone, mark.js

async function runPlain(tab: Tab, kind: PageKind, round: number): Promise<void> {
  const step = (what: string) => kind === 'huge' && log(`    plain ${what}`);
  await tab.goto(url(kind));
  step('loaded');
  await tab.settle();
  // The floor: every text node's data, nothing else.
  const floor = await tab.page.evaluate(() => {
    const t0 = performance.now();
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    let nodes = 0;
    while (w.nextNode()) {
      chars += (w.currentNode as Text).data.length;
      nodes++;
    }
    return { ms: performance.now() - t0, chars, nodes };
  });
  put(`${kind}.floor.ms`, floor.ms);
  notes[`${kind}.textNodes`] = floor.nodes;
  notes[`${kind}.chars`] = floor.chars;
  // Lodestone's matcher alone (text map + trie scan), real dictionary and padded to 5,000 names.
  await tab.page.addScriptTag({ content: probeJs });
  // One warm-up pass (discarded), so neither dictionary is timed with a cold JIT.
  const dictionaries = [
    ['matcher', catalog],
    ['matcher5000', padded],
  ] as const;
  for (const [label, entities] of [['warmup', catalog] as const, ...(round % 2 ? [...dictionaries].reverse() : dictionaries)]) {
    const r = await tab.page.evaluate((ents) => {
      const b = (
        window as unknown as { lodestoneBench: { build(e: unknown): number; scan(): { collectMs: number; scanMs: number; matches: number; blocks: number } } }
      ).lodestoneBench;
      const buildMs = b.build(ents);
      return { buildMs, ...b.scan() };
    }, entities as unknown[]);
    if (label === 'warmup') continue;
    put(`${kind}.${label}.buildMs`, r.buildMs);
    put(`${kind}.${label}.collectMs`, r.collectMs);
    put(`${kind}.${label}.scanMs`, r.scanMs);
    put(`${kind}.${label}.ms`, r.collectMs + r.scanMs);
    notes[`${kind}.${label}.matches`] = r.matches;
    notes[`${kind}.blocks`] = r.blocks;
  }
  step('floor + matcher');
  // mark.js, the dictionary as one RegExp, across elements (names are split across inline tags).
  // On the huge page it runs for minutes in one task: tried once per benchmark (not in quick mode)
  // with a cap, in a tab of its own that is closed if the cap is reached.
  if (kind === 'huge') {
    if (QUICK || notes['huge.markjs.tried']) return;
    notes['huge.markjs.tried'] = true;
    const own = await Tab.open(plain);
    await own.goto(url(kind));
    await own.settle();
    const done = markJsOn(own).then((r) => ({ r }));
    const capped = await Promise.race([done, sleep(MARKJS_CAP_MS).then(() => null)]);
    if (capped) recordMarkJs(kind, capped.r);
    else notes['huge.markjs.cappedAtMs'] = MARKJS_CAP_MS;
    await own.close().catch(() => undefined);
    await done.catch(() => undefined);
    step(capped ? `mark.js ${Math.round(capped.r.total)} ms` : `mark.js did not finish in ${MARKJS_CAP_MS / 1000} s`);
    return;
  }
  recordMarkJs(kind, await markJsOn(tab));
}

/** Longest mark.js may run on the huge page before its tab is closed (ms). */
const MARKJS_CAP_MS = 90_000;

interface MarkJsRun {
  apply: number;
  total: number;
  count: number;
  longestTask: number;
  heapKB: number;
}

async function markJsOn(tab: Tab): Promise<MarkJsRun> {
  await tab.page.addScriptTag({ content: markJs });
  const heap0 = await tab.heap();
  const mk = await tab.page.evaluate(async (src) => {
    const Mark = (window as unknown as { Mark: new (ctx: Element) => { markRegExp(re: RegExp, o: Record<string, unknown>): void } }).Mark;
    const re = new RegExp(src, 'giu');
    const t0 = performance.now();
    let count = 0;
    new Mark(document.body).markRegExp(re, { acrossElements: true, done: (n: number) => (count = n) });
    const t1 = performance.now();
    // The next frame with the marks painted: style, layout and paint of the wrapped DOM.
    const t2 = await new Promise<number>((r) =>
      requestAnimationFrame(() => {
        const ch = new MessageChannel();
        ch.port1.onmessage = () => r(performance.now());
        ch.port2.postMessage(0);
      }),
    );
    return { t0, apply: t1 - t0, total: t2 - t0, count };
  }, regexSource);
  await tab.settle(100);
  const probe = await tab.probe();
  const lt = probe.longTasks.filter((t) => t.start + t.duration >= mk.t0);
  return {
    apply: mk.apply,
    total: mk.total,
    count: mk.count,
    longestTask: Math.max(0, ...lt.map((t) => t.duration)),
    heapKB: ((await tab.heap()) - heap0) / 1024,
  };
}

function recordMarkJs(kind: PageKind, r: MarkJsRun): void {
  put(`${kind}.markjs.ms`, r.total);
  put(`${kind}.markjs.applyMs`, r.apply);
  put(`${kind}.markjs.paintMs`, r.total - r.apply);
  put(`${kind}.markjs.longestTask`, r.longestTask);
  put(`${kind}.markjs.heapKB`, r.heapKB);
  notes[`${kind}.markjs.marks`] = r.count;
}

// ---------------------------------------------------------------------------------------------
// Lodestone's real content-script path

interface ExtRun {
  /** Main-thread tasks from unpausing to settled (huge page only: traced). */
  tasks?: TaskSummary;
  timings: Timings;
  painted: number;
  finalHl: number;
  probe: Probe;
}

/**
 * Loads `kind` paused (so the page is settled, like the other contenders' pages), then unpauses in
 * `mode`: the content script builds its dictionary, spots, draws, and the next frame paints. With
 * `cold`, the extension is on from the start and runs at document_idle as a reader would meet it.
 */
async function runLodestone(
  tab: Tab,
  kind: PageKind | 'empty',
  mode: 'first' | 'every',
  opts: { cold?: boolean; trace?: boolean } = {},
): Promise<ExtRun | null> {
  await setSettings(ext.worker, { paused: !opts.cold, highlightMode: mode });
  await tab.goto(url(kind));
  let heap0 = 0;
  if (!opts.cold) {
    await tab.settle();
    heap0 = await tab.heap();
    if (opts.trace) await tab.startTrace();
    await setSettings(ext.worker, { paused: false });
  }
  // Settled: the session applied and the registered count has not changed for 700 ms.
  const end = Date.now() + 60_000;
  let last = -1;
  let since = Date.now();
  let timings: Timings | null = null;
  while (Date.now() < end) {
    await sleep(100);
    timings = await tab.timings();
    const hl = await tab.highlightCount();
    if (hl !== last) {
      last = hl;
      since = Date.now();
    }
    if (timings?.applied !== undefined && Date.now() - since > 700) break;
    if (kind === 'empty' && Date.now() - since > 1500) break;
  }
  const tasks = opts.trace && !opts.cold ? await tab.stopTrace() : undefined;
  if (!timings) return null;
  const probe = await tab.probe();
  const t0 = timings['scan-start'] ?? timings['script-start'] ?? 0;
  const frame = probe.frames.find((f) => f.raf >= t0 && f.hl === last && f.done > 0);
  const painted = last > 0 && frame ? frame.done : (timings.applied ?? NaN);
  if (!opts.cold && kind !== 'empty') put(`${kind}.${mode}.heapKB`, ((await tab.heap()) - heap0) / 1024);
  return { timings, painted, finalHl: last, probe, ...(tasks ? { tasks } : {}) };
}

/** The frames over 50 ms of a run's window (as `recordLodestone` counts them), each placed against the content script's milestones, for the log. */
function longFrames(r: ExtRun): string[] {
  const t = r.timings;
  const t0 = t['scan-start'] ?? 0;
  const windowEnd = Math.max(r.painted, t.applied ?? 0) + 300;
  const frames = r.probe.frames.filter((f) => f.raf >= t0 && f.raf <= windowEnd);
  const marks = Object.entries(t)
    .filter(([, v]) => typeof v === 'number')
    .sort((a, b) => (a[1] as number) - (b[1] as number));
  const out: string[] = [];
  for (let i = 1; i < frames.length; i++) {
    const gap = frames[i]!.raf - frames[i - 1]!.raf;
    if (gap <= 50) continue;
    const from = frames[i - 1]!.raf;
    const inside = marks
      .filter(([, v]) => (v as number) >= from && (v as number) <= frames[i]!.raf)
      .map(([k, v]) => `${k} +${((v as number) - from).toFixed(0)}`);
    out.push(
      `${gap.toFixed(0)} ms from +${(from - t0).toFixed(0)} ms after scan-start (highlights ${frames[i - 1]!.hl} -> ${frames[i]!.hl}${inside.length ? `; ${inside.join(', ')}` : ''})`,
    );
  }
  return out;
}

function recordLodestone(kind: PageKind, mode: 'first' | 'every', r: ExtRun, floorKey = `${kind}.floor.ms`): void {
  const t = r.timings;
  const t0 = t['scan-start']!;
  const key = `${kind}.${mode}`;
  put(`${key}.findMs`, t.found! - t0);
  put(`${key}.applyMs`, t.applied! - t.found!);
  put(`${key}.paintMs`, r.painted - t.applied!);
  put(`${key}.ms`, r.painted - t0);
  put(`${key}.dictionaryMs`, t['dictionary-ready']! - t['spotter-start']!);
  // Lodestone works until `applied`: with the near window drawn first, the frame with the final set
  // can come long before the rest of the page is done, and that work counts too.
  const windowEnd = Math.max(r.painted, t.applied!) + 300;
  const lt = r.probe.longTasks.filter((x) => x.start + x.duration >= t0 && x.start <= windowEnd);
  put(`${key}.longestTask`, Math.max(0, ...lt.map((x) => x.duration)));
  const frames = r.probe.frames.filter((f) => f.raf >= t0 && f.raf <= windowEnd);
  let over50 = 0;
  let longestFrame = 0;
  for (let i = 1; i < frames.length; i++) {
    const gap = frames[i]!.raf - frames[i - 1]!.raf;
    longestFrame = Math.max(longestFrame, gap);
    if (gap > 50) over50++;
  }
  put(`${key}.framesOver50`, over50);
  put(`${key}.longestFrame`, longestFrame);
  put(`${key}.highlights`, r.finalHl);
  if (r.tasks) {
    put(`${key}.trace.longestScriptTask`, r.tasks.longestScript);
    put(`${key}.trace.longestRenderingTask`, r.tasks.longestRendering);
    put(`${key}.trace.styleInLongestRendering`, r.tasks.styleInLongestRendering);
    put(`${key}.trace.scriptTasksOver50`, r.tasks.scriptOver50);
    put(`${key}.trace.renderingTasksOver50`, r.tasks.renderingOver50);
  }
  void floorKey;
}

// ---------------------------------------------------------------------------------------------
// The runs

const started = Date.now();
const plainTab = await Tab.open(plain);
const extTab = await Tab.open(ext.context);

for (const kind of want('pages') ? (['article', 'long', 'huge'] as const).filter((k) => !PAGES || PAGES.includes(k)) : []) {
  const n = RUNS[kind];
  log(`${kind}: ${n} rounds (floor, matcher, mark.js | Lodestone first, every)`);
  for (let i = 0; i < n; i++) {
    // Interleaved, alternating which goes first.
    const order = i % 2 ? ['ext', 'plain'] : ['plain', 'ext'];
    for (const which of order) {
      if (which === 'plain') {
        await runPlain(plainTab, kind, i);
      } else {
        for (const mode of i % 2 ? (['every', 'first'] as const) : (['first', 'every'] as const)) {
          const r = await runLodestone(extTab, kind, mode, { trace: process.env.BENCH_NO_TRACE ? false : kind !== 'article' });
          if (kind === 'huge') log(`    lodestone ${mode} ${r ? Math.round(r.painted - (r.timings['scan-start'] ?? 0)) : '?'} ms`);
          for (const t of r?.tasks?.long ?? []) log(`      task over 50 ms: ${t}`);
          if (r && kind === 'huge') for (const f of longFrames(r)) log(`      frame over 50 ms: ${f}`);
          if (r?.tasks && kind === 'huge') for (const f of r.tasks.longFrames) log(`      traced frame: ${f}`);
          if (r?.timings.applied !== undefined) recordLodestone(kind, mode, r);
          else log(`  ${kind}/${mode}: the content script did not finish`);
        }
      }
    }
    if (kind === 'huge') {
      // Cold load, every mention: the reader's view of a huge page.
      const r = await runLodestone(extTab, 'huge', 'every', { cold: true });
      if (r?.timings.applied !== undefined) {
        const nav = await extTab.page.evaluate(() => {
          const e = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
          return { dcl: e?.domContentLoadedEventEnd ?? NaN, load: e?.loadEventEnd ?? NaN };
        });
        put('huge.cold.inViewAfterLoadMs', r.painted - nav.load);
        put('huge.cold.inViewAfterScriptStartMs', r.painted - r.timings['script-start']!);
        put('huge.cold.inViewAfterNavMs', r.painted);
      }
    }
    log(`  round ${i + 1}/${n} done`);
  }
}

// Content-script start-up (cold, article page) and a page with no readable text.
log('start-up and empty page');
/** DOMContentLoaded's end in the tab's page (document_idle scripts are injected after it). */
const dclEnd = (tab: Tab) =>
  tab.page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? NaN);
/** The no-op content script on the same article page: when it started, after DOMContentLoaded. */
async function runNoop(tab: Tab): Promise<number | undefined> {
  await tab.goto(`${server.origin}/bench/noop/article.html`);
  const end = Date.now() + 10_000;
  while (Date.now() < end) {
    const t = await tab.timings('benchNoopTimings');
    if (t?.['script-start'] !== undefined && t['storage-read'] !== undefined) {
      put('startup.noopStorageReadMs', t['storage-read'] - t['script-start']);
      return t['script-start'] - (await dclEnd(tab));
    }
    await sleep(50);
  }
  log(`  no-op content script did not report: ${JSON.stringify(await tab.timings('benchNoopTimings'))}`);
  return undefined;
}
// In a tab of its own, as a reader opens a news site: the tab the page sections used holds their
// garbage (a 300,000-word page's heap), which the start-up then pays for in collections.
const startTab = want('startup') ? await Tab.open(ext.context) : extTab;
for (let i = 0; i < (want('startup') ? RUNS.startup : 0); i++) {
  // Interleaved with the no-op content script, alternating which goes first.
  for (const which of i % 2 ? ['noop', 'ext'] : ['ext', 'noop']) {
    if (which === 'noop') {
      put('startup.noopAfterDclMs', await runNoop(startTab));
      continue;
    }
    const r = await runLodestone(startTab, 'article', 'first', { cold: true });
    if (!r) continue;
    const t = r.timings;
    // The seed unpacked + the spotter made with the reader's overlay (the settings read between them is not the dictionary's).
    put('startup.dictionaryMs', t['dictionary-seed']! - t['dictionary-start']! + (t['dictionary-ready']! - t['spotter-start']!));
    put('startup.overlayMs', t['dictionary-ready']! - t['spotter-start']!);
    // From the seed unpacked to the spotter begun: the settings and overlay reads (storage IPC).
    put('startup.storageWaitMs', t['spotter-start']! - t['dictionary-seed']!);
    put('startup.settingsReadMs', t['settings-read']! - t['script-start']!);
    put('startup.overlayReadMs', t['overlay-read']! - t['script-start']!);
    put('startup.seedMs', t['dictionary-seed']! - t['dictionary-start']!);
    put('startup.unpackMs', t['dictionary-unpacked']! - t['dictionary-start']!);
    put('startup.scriptToSeedMs', t['dictionary-start']! - t['script-start']!);
    put('startup.readyMs', t['dictionary-ready']! - t['script-start']!);
    put('startup.readyAfterDclMs', t['dictionary-ready']! - (await dclEnd(startTab)));
    put('startup.firstPaintedMs', r.painted - t['script-start']!);
  }
}
if (want('startup')) {
  const parts = ['readyMs', 'scriptToSeedMs', 'unpackMs', 'seedMs', 'storageWaitMs', 'overlayMs'];
  log(`  start-up medians (ms): ${parts.map((k) => `${k} ${raw[`startup.${k}`] ? stat(raw[`startup.${k}`]!).median.toFixed(1) : '–'}`).join(' · ')}`);
  const r = await runLodestone(extTab, 'empty', 'first', { cold: true });
  const hosts = await extTab.page.evaluate(() => document.querySelectorAll('lodestone-host').length);
  notes.empty = {
    timings: r?.timings ?? null,
    highlights: r?.finalHl ?? 0,
    hosts,
    relative: r ? Object.fromEntries(Object.entries(r.timings).map(([k, v]) => [k, +(v - (r.timings['script-start'] ?? 0)).toFixed(2)])) : null,
  };
}
if (startTab !== extTab) await startTab.close();
notes.contentScriptBytes = fs.statSync(path.join(EXT_COPY, 'content-scripts/content.js')).size;

// Page DOM work with and without the extension (long page, every mention, settled).
log('page DOM work with and without the extension');
const domLoop = (tab: Tab) => tab.page.evaluate(pageDomLoop);
// Interleaved, alternating which goes first; each tab settled for about a second first (the
// extension's: its highlights unchanged for 700 ms, then one more frame and 300 ms).
for (let i = 0; i < (want('dom') ? RUNS.dom : 0); i++) {
  for (const which of i % 2 ? ['ext', 'plain'] : ['plain', 'ext']) {
    if (which === 'plain') {
      await plainTab.goto(url('long'));
      await plainTab.settle(1000);
      put('dom.plainMs', await domLoop(plainTab));
      continue;
    }
    const r = await runLodestone(extTab, 'long', 'every');
    if (!r) continue;
    await extTab.settle();
    put('dom.extMs', await domLoop(extTab));
  }
}

// Pointer to card, article page, first mention mode.
log('pointer to card');
if (want('card')) {
  await runLodestone(extTab, 'article', 'first');
  const targets = await extTab.page.evaluate(() => {
    const out: { x: number; y: number; top: number; bottom: number; left: number }[] = [];
    CSS.highlights.forEach((h) => {
      for (const r of h as unknown as Iterable<StaticRange>) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        const b = range.getClientRects()[0];
        if (b && b.top > 80 && b.bottom < innerHeight - 250 && b.width > 8)
          out.push({ x: b.left + b.width / 2, y: b.top + b.height / 2, top: b.top, bottom: b.bottom, left: b.left });
      }
    });
    return out.sort((a, b) => a.y - b.y);
  });
  notes.cardTargets = targets.length;
  for (let i = 0; i < RUNS.card && targets.length; i++) {
    const t = targets[i % targets.length]!;
    await extTab.page.mouse.move(5, 5);
    await sleep(700);
    const points: [number, number][] = [];
    for (const dx of [0, 40, 120, 220]) for (const dy of [10, 30, 60, 100, 160]) points.push([t.left + dx, t.bottom + dy], [t.left + dx, t.top - dy]);
    await extTab.page.evaluate((pts) => (window as unknown as { __bench: { armCard(p: [number, number][]): void } }).__bench.armCard(pts), points);
    await extTab.page.mouse.move(t.x, t.y, { steps: 1 });
    const end = Date.now() + 3000;
    let seen: Frame | null = null;
    while (Date.now() < end && !seen) {
      await sleep(50);
      seen = await extTab.page.evaluate(() => (window as unknown as { __bench: { cardSeen(): Frame | null } }).__bench.cardSeen());
    }
    const move = await extTab.page.evaluate(() => (window as unknown as { __bench: { lastMove(): number } }).__bench.lastMove());
    if (seen && seen.done) {
      put('card.ms', seen.done - move);
      // In frames: how many frames began after the pointer event, up to and including the card's.
      const frames = (await extTab.probe()).frames;
      put('card.frames', frames.filter((f) => f.raf >= move && f.raf <= seen.raf).length);
      const gaps = frames
        .slice(-60)
        .map((f, k, a) => (k ? f.raf - a[k - 1]!.raf : NaN))
        .filter((g) => Number.isFinite(g))
        .sort((a, b) => a - b);
      put('card.frameIntervalMs', gaps[Math.floor(gaps.length / 2)]);
    }
  }
  await extTab.page.mouse.move(5, 5);
}

// The store with 10,000 facts: popup, timeline query; then saving a 5,000-word article.
if (want('store')) {
  log('store with 10,000 facts: popup, timeline query, save');
  const lib = await ext.context.newPage();
  await lib.goto(`chrome-extension://${ext.extensionId}/library.html#/timeline`);
  await lib.evaluate(storeJs);
  const storeCall = <R>(fn: string, arg?: unknown) =>
    lib.evaluate(([f, a]) => (window as unknown as { lodestoneBenchStore: Record<string, (x: unknown) => Promise<unknown>> }).lodestoneBenchStore[f]!(a), [
      fn,
      arg,
    ] as const) as Promise<R>;
  notes.factsBefore = await storeCall<number>('count');
  // The budget's figure: rows and index keys, serialized (`logicalSize` in store-measure.ts). It
  // depends only on what is stored, so it is the same in every run over the same data.
  const logical = () => storeCall<CountedSize>('logicalSize');
  const usage = () =>
    lib.evaluate(async () => ({
      bytes: (await navigator.storage.estimate()).usage ?? NaN,
      articles: await (window as unknown as { lodestoneBenchStore: { sources(): Promise<number> } }).lodestoneBenchStore.sources(),
    }));
  const logicalBefore = await logical();
  const before = await usage();
  notes.factsInStore = await storeCall<number>('fill', 10_000);
  const logicalAfter = await logical();
  const { kbPer1000Articles, ...growth } = storeGrowth(logicalBefore, logicalAfter);
  notes.storeLogicalGrowth = growth;
  put('store.logicalKBPer1000Articles', kbPer1000Articles);
  // Beside it, for information only: the disk estimate. It counts the database's files, log
  // included, which shrink when it compacts a few seconds after a burst of writes: read until two
  // readings a second apart agree, or 20 s. Over the same data it still ranged 31,600–76,500 KB per
  // 1,000 articles in twelve runs, so it judges nothing.
  let after = await usage();
  const readings = [after.bytes];
  for (let t = 0; t < 20; t++) {
    await sleep(1000);
    const next = await usage();
    readings.push(next.bytes);
    const settled = next.bytes === after.bytes;
    after = next;
    if (settled) break;
  }
  notes.storeReadings = readings;
  notes.storeGrowth = { bytes: after.bytes - before.bytes, articles: after.articles - before.articles };
  put('store.kbPer1000Articles', ((after.bytes - before.bytes) / 1024 / Math.max(1, after.articles - before.articles)) * 1000);
  const busiest = await storeCall<{ id: string; facts: number }>('busiestEntity');
  notes.timelineEntity = busiest;
  for (let i = 0; i < RUNS.popup; i++) {
    const r = await storeCall<{ pageMs: number; pageItems: number; allMs: number; allItems: number }>('timeline', busiest.id);
    put('timeline.pageMs', r.pageMs);
    put('timeline.allMs', r.allMs);
    notes.timelineItems = { page: r.pageItems, all: r.allItems };
  }
  await lib.close();

  await runLodestone(extTab, 'article', 'first');
  await sleep(600); // the page report is debounced (300 ms)
  const tabId = await ext.worker.evaluate(async (u: string) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, extTab.page.url());
  const POPUP_WATCH = `(() => {
  const w = window; w.__popup = {};
  const painted = (key) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => { w.__popup[key] = performance.now(); }; ch.port2.postMessage(0); });
  const check = () => {
    const p = w.__popup;
    if (!p.firstFactSeen && document.querySelector('.entry[data-fact]')) { p.firstFactSeen = performance.now(); painted('firstFact'); }
    if (!p.fullSeen && document.querySelector('.timeline[aria-busy="false"] .entry[data-fact]') && document.querySelector('.related-slot:not([data-loading])') && document.querySelector('.chip, .entity-chip, [data-entity]')) { p.fullSeen = performance.now(); p.entries = document.querySelectorAll('.entry[data-fact]').length; painted('full'); }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });
})();`;
  for (let i = 0; i < RUNS.popup; i++) {
    // The floor, interleaved: an empty extension page's first contentful paint.
    const empty = await ext.context.newPage();
    await empty.goto(`chrome-extension://${ext.extensionId}/bench-empty.html`);
    put(
      'popup.emptyPageFirstContentMs',
      await empty
        .waitForFunction(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null, undefined, { timeout: 10_000 })
        .then((h) => h.jsonValue() as Promise<number>)
        .catch(() => NaN),
    );
    await empty.close();
    const popup = await ext.context.newPage();
    await popup.addInitScript({ content: POPUP_WATCH });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    const r = await popup
      .waitForFunction(
        () => {
          const p = (window as unknown as { __popup?: Record<string, number> }).__popup;
          return p?.full ? p : null;
        },
        undefined,
        { timeout: 15_000, polling: 50 },
      )
      .then((h) => h.jsonValue() as Promise<Record<string, number>>)
      .catch(() => null);
    const fcp = await popup.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
    put('popup.firstContentMs', fcp);
    if (r) {
      put('popup.firstFactMs', r.firstFact);
      put('popup.fullMs', r.full);
      notes.popupEntries = r.entries;
    }
    await popup.close();
  }

  for (let i = 0; i < RUNS.save; i++) {
    await setSettings(ext.worker, { paused: false, highlightMode: 'first' });
    const page = extTab.page;
    await extTab.goto(`${server.origin}/bench/save-${Date.now()}-${i}.html`);
    await sleep(800);
    const id = await ext.worker.evaluate(async (u: string) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id ?? -1, page.url());
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${id}`);
    const button = popup.locator('.popup-header button.btn-primary');
    await button.waitFor({ state: 'visible', timeout: 10_000 });
    await popup.waitForFunction(() => !(document.querySelector('.popup-header button.btn-primary') as HTMLButtonElement | null)?.disabled, undefined, {
      timeout: 10_000,
    });
    const r = await popup.evaluate(
      () =>
        new Promise<{ ms: number; text: string }>((resolve) => {
          const status = document.querySelector('.popup-header .status')!;
          const btn = document.querySelector('.popup-header button.btn-primary') as HTMLButtonElement;
          const t0 = performance.now();
          const mo = new MutationObserver(() => {
            if (status.getAttribute('data-tone')) {
              mo.disconnect();
              resolve({ ms: performance.now() - t0, text: status.textContent ?? '' });
            }
          });
          mo.observe(status, { attributes: true, childList: true, subtree: true, characterData: true });
          btn.click();
        }),
    );
    put('save.ms', r.ms);
    notes.saveStatus = r.text;
    // Where the time went: the worker's stages (lib/background/save-tab.ts) and the page's extraction.
    const w = await ext.worker.evaluate(() =>
      (globalThis as unknown as { lodestoneDebug: { saveTimings(): Record<string, number> } }).lodestoneDebug.saveTimings(),
    );
    const c = await extTab.timings();
    const stage = (a: string, b: string) => (w[a] !== undefined && w[b] !== undefined ? w[b] - w[a] : undefined);
    put('save.extractMessageMs', stage('start', 'extracted'));
    if (c?.['extract-start'] !== undefined && c['extract-done'] !== undefined) put('save.extractInPageMs', c['extract-done'] - c['extract-start']);
    put('save.dictionaryMs', stage('extracted', 'dictionary'));
    put('save.pipelineMs', stage('dictionary', 'pipeline'));
    put('save.candidatesMs', stage('pipeline', 'candidates'));
    put('save.storeMs', stage('candidates', 'stored'));
    put('save.afterStoreMs', stage('stored', 'done'));
    put('save.workerMs', stage('start', 'done'));
    await popup.close();
  }
}
notes.factsAfterSaves = await ext.worker.evaluate(
  async () => (await (globalThis as unknown as { lodestoneDebug: { counts(): Promise<{ facts: number }> } }).lodestoneDebug.counts()).facts,
);

await setSettings(ext.worker, { paused: false, highlightMode: 'first' });
await plainTab.close();
await extTab.close();
await plain.close();
await plainBrowser.close();
await ext.context.close();
await server.close();

// ---------------------------------------------------------------------------------------------
// Results

const stats: Record<string, Stat> = {};
for (const [k, v] of Object.entries(raw)) stats[k] = stat(v);
const env = {
  date: new Date().toISOString(),
  quick: QUICK,
  durationS: Math.round((Date.now() - started) / 1000),
  chromium: chromiumVersion(chromePath),
  node: process.version,
  cpu: `${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}`,
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  os: `${os.type()} ${os.release()}`,
  load: os.loadavg().map((x) => +x.toFixed(2)),
  runs: RUNS,
  pages: Object.fromEntries(
    (Object.keys(pages) as PageKind[]).map((k) => [
      k,
      { words: pages[k].words, elements: pages[k].elements, splitNames: pages[k].splitNames, bytes: pages[k].html.length },
    ]),
  ),
  dictionary: { names: names.length, entities: catalog.length, paddedNames: dictionaryNames(padded).length },
};
// Memory is compared with this issue's first full run (written once, then kept).
const BASELINE_FILE = path.join(OUT_DIR, 'memory-baseline.json');
if (!fs.existsSync(BASELINE_FILE) && !QUICK && !ONLY)
  fs.writeFileSync(BASELINE_FILE, JSON.stringify({ date: env.date, figures: memoryFigures(stats) }, null, 2) + '\n');
const baseline = fs.existsSync(BASELINE_FILE) ? (JSON.parse(fs.readFileSync(BASELINE_FILE, 'utf8')) as { figures: MemoryBaseline }).figures : undefined;
const budgets = judgeBudgets(stats, notes, baseline);
// The previous run's verdicts stay beside this run's, so two back-to-back runs can be compared.
const RESULTS_FILE = path.join(OUT_DIR, 'results.json');
const last = fs.existsSync(RESULTS_FILE)
  ? (JSON.parse(fs.readFileSync(RESULTS_FILE, 'utf8')) as { env?: { date: string; load: number[] }; budgets?: Budget[] })
  : {};
const previous = last.env && last.budgets ? { date: last.env.date, load: last.env.load, budgets: last.budgets } : undefined;
fs.writeFileSync(
  RESULTS_FILE,
  JSON.stringify(
    {
      budgets: budgets.map(({ name, figure, limit, met }) => ({ name, figure, limit, met })),
      env,
      previousRun: previous ?? null,
      budgetDetails: budgets,
      stats,
      notes,
    },
    null,
    2,
  ) + '\n',
);
writeReport(path.join(OUT_DIR, 'BENCHMARKS.md'), env, stats, notes, budgets, previous);
log(`done in ${env.durationS} s: test/bench/BENCHMARKS.md, test/bench/results.json`);
