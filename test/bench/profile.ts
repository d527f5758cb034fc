/**
 * `npx tsx test/bench/profile.ts [article|long|huge] [first|every] [--cold]`: loads a benchmark page
 * with the extension paused, unpauses it under a Chromium trace, and prints the long tasks on the
 * page's main thread with what filled them (style, layout, script by URL, IntersectionObserver…),
 * plus the top self-time functions of a CPU profile. This is how the misses in BENCHMARKS.md were
 * explained; it is not part of `npm run bench`.
 *
 * It also prints the content script's milestones (lib/content/timing.ts) from `scan-start`: the
 * preview's walk, scan, model and drawing. Options: `--all` lists every trace event inside each
 * long task; `PROFILE_LONG_MS=15` lowers what counts as long; `--dom` runs the benchmark's "Page
 * DOM work" loop on the settled page instead (with `--paused`, the extension paused; `--clear`,
 * the highlights cleared first; `--ab`, four rounds of the loop with the extension on and paused
 * in turn, in one tab); `--bare` only the milestones, with neither trace nor CPU profile (their overhead moves them);
 * `--no-cpu` the trace without the CPU profile, as the benchmark traces; `--alloc` the milestones
 * and the top allocating functions of the extension (V8's sampling heap profiler, freed objects
 * included; build with `LODESTONE_UNMINIFIED=1 npx wxt build` to read the names).
 * `PROFILE_CATS=…` traces those categories instead (`toplevel` names Chromium's own work in a frame).
 * `PROFILE_EXT=DIR` profiles the build in DIR (an older build's copy, for an A/B) instead of building.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureBuilt, EXTENSION_DIR } from '../harness/build';
import { launchWithExtension } from '../harness/launch';
import { readSeedArticles } from '../harness/seed-pages';
import { startServer } from '../harness/server';
import { setSettings as setWorkerSettings } from './settings';
import { dictionaryNames, readCatalog } from './dictionary';
import { generatePage, type PageKind } from './pages';
import { pageDomLoop } from './dom-loop';
import { layOutOnce } from './page-probe';

const kind = (process.argv[2] ?? 'huge') as PageKind;
const mode = process.argv[3] === 'first' ? 'first' : 'every';
const cold = process.argv.includes('--cold');
// `--dom`: the page's own DOM loop of the benchmark's "Page DOM work" row, on the settled page.
const dom = process.argv.includes('--dom');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// `PROFILE_EXT=DIR`: profile that build (say, a copy of an older one) instead of the current one.
const extSource = process.env.PROFILE_EXT ?? (ensureBuilt(), EXTENSION_DIR);
const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestone-profile-ext-'));
fs.cpSync(extSource, copy, { recursive: true });
const seeds = readSeedArticles().map((s) => ({ title: s.meta.title, text: s.raw }));
const page = generatePage(kind, { seeds, names: dictionaryNames(readCatalog()) });
const server = await startServer(0, (p) => (p === '/bench/page.html' ? { type: 'text/html; charset=utf-8', body: page.html } : undefined));
const ext = await launchWithExtension(copy);
const setSettings = (patch: Record<string, unknown>) => setWorkerSettings(ext.worker, patch);

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string; frame?: string } };
}

const tab = await ext.context.newPage();
const cdp = await ext.context.newCDPSession(tab);
const events: TraceEvent[] = [];
// The content script's milestones (lib/content/timing.ts), read in its isolated world at the end.
const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as (typeof contexts)[number]));
await cdp.send('Runtime.enable');
cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
await setSettings({ paused: process.argv.includes('--paused') || (!cold && !dom), highlightMode: mode });
if (!cold) {
  await tab.goto(`${server.origin}/bench/page.html`, { waitUntil: 'load', timeout: 120_000 });
  await sleep(dom ? 4000 : 1000);
  // The page's own layout after load, as the benchmark's settle does (Chromium's one-off text capture).
  await tab.evaluate(layOutOnce);
  // `--gc`: two full collections before unpausing, as the benchmark's heap measure does.
  if (process.argv.includes('--gc')) {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
  }
}
// `--alloc`: as `--bare`, plus V8's sampling heap profiler counting every allocation (also what the
// collectors freed), printed as the top allocating functions: what makes the garbage-collector
// pauses of the huge page's frames.
const alloc = process.argv.includes('--alloc');
const bare = alloc || process.argv.includes('--bare');
if (alloc) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: 1024,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  } as never);
}
// `--no-cpu`: the trace alone, as the benchmark takes it (the CPU profiler's sampling moves tasks).
const cpu = !bare && !process.argv.includes('--no-cpu');
if (cpu) await cdp.send('Profiler.enable');
if (cpu) await cdp.send('Profiler.setSamplingInterval', { interval: Number(process.env.PROFILE_SAMPLE_US ?? 200) });
if (!bare)
  await cdp.send('Tracing.start', {
    categories: process.env.PROFILE_CATS ?? 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink',
    transferMode: 'ReportEvents',
  });
if (cpu) await cdp.send('Profiler.start');
if (dom && process.argv.includes('--ab')) {
  // The same tab, the extension paused and on in turn: the DOM loop's time in each state.
  const loop = () => tab.evaluate(pageDomLoop);
  for (let round = 0; round < 4; round++) {
    for (const paused of [false, true]) {
      await setSettings({ paused });
      await sleep(3000);
      console.log(`${paused ? 'paused' : mode}: ${(await loop()).toFixed(0)} ms`);
    }
  }
}
if (dom) {
  if (process.argv.includes('--clear'))
    console.log(
      'highlights cleared:',
      await tab.evaluate(() => {
        const n = CSS.highlights.size;
        CSS.highlights.clear();
        return n;
      }),
    );
  const ms = await tab.evaluate(pageDomLoop);
  console.log(`DOM loop: ${ms.toFixed(0)} ms`);
  await sleep(500);
} else if (cold) await tab.goto(`${server.origin}/bench/page.html`, { waitUntil: 'load', timeout: 120_000 });
else await setSettings({ paused: false });
if (!dom) await sleep(kind === 'huge' ? 6000 : 2500);
if (bare) {
  await printMilestones();
  if (alloc) await printAllocations();
  await ext.context.close();
  await server.close();
  process.exit(0);
}
async function printMilestones(): Promise<void> {
  for (const c of contexts) {
    if (c.auxData?.type !== 'isolated' || !c.origin.startsWith('chrome-extension:')) continue;
    const r = (await cdp
      .send('Runtime.evaluate', { expression: 'JSON.stringify(globalThis.lodestoneTimings ?? null)', contextId: c.id, returnByValue: true })
      .catch(() => null)) as {
      result: { value?: string };
    } | null;
    const t = r?.result.value ? (JSON.parse(r.result.value) as Record<string, number> | null) : null;
    if (!t) continue;
    const t0 = t['scan-start'] ?? 0;
    console.log(
      'milestones from scan-start (ms):',
      Object.entries(t)
        .sort((a, b) => a[1] - b[1])
        .map(([k, v]) => `${k} ${(v - t0).toFixed(1)}`)
        .join(' · '),
    );
  }
}

interface SamplingNode {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: SamplingNode[];
}
/** Bytes allocated per function (self), the extension's own code first, from `--alloc`'s sampling. */
async function printAllocations(): Promise<void> {
  const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as { profile: { head: SamplingNode } };
  const bySite = new Map<string, number>();
  let total = 0;
  let ours = 0;
  // A built-in (no URL: `push`, `join`, a generator's `next`) is named with the function that called it.
  const visit = (n: SamplingNode, inOurs: boolean, caller: string): void => {
    const f = n.callFrame;
    const isOurs = inOurs || f.url.startsWith('chrome-extension:');
    const site = f.url ? `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*\//, '')}:${f.lineNumber + 1}` : caller;
    total += n.selfSize;
    if (isOurs) ours += n.selfSize;
    if (n.selfSize && isOurs) {
      const key = f.url ? site : `${f.functionName || '(native)'} in ${caller}`;
      bySite.set(key, (bySite.get(key) ?? 0) + n.selfSize);
    }
    for (const c of n.children) visit(c, isOurs, site);
  };
  visit(profile.head, false, '(root)');
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
  console.log(`allocated (sampled): ${kb(total)} in all, ${kb(ours)} under the extension's code`);
  for (const [k, v] of [...bySite].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 30))) console.log(`${kb(v).padStart(10)}  ${k}`);
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}
const { profile } = cpu
  ? ((await cdp.send('Profiler.stop')) as { profile: CpuProfile })
  : { profile: { nodes: [], samples: [], timeDeltas: [], startTime: 0 } as CpuProfile };
await printMilestones();
const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
await cdp.send('Tracing.end');
await done;

// Main thread of the page's renderer: the thread named CrRendererMain that ran the most.
const threadNames = new Map<string, string>();
for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
const busy = new Map<string, number>();
for (const e of events)
  if (e.ph === 'X' && e.name === 'RunTask' && threadNames.get(`${e.pid}:${e.tid}`) === 'CrRendererMain')
    busy.set(`${e.pid}:${e.tid}`, (busy.get(`${e.pid}:${e.tid}`) ?? 0) + (e.dur ?? 0));
const main = [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X').sort((a, b) => a.ts - b.ts);
const tasks = onMain.filter((e) => e.name === 'RunTask');
const t0 = tasks[0]?.ts ?? 0;
console.log(`${kind} page, ${mode} mention${cold ? ', cold load' : ''}: ${tasks.length} tasks on the main thread; long ones (> 50 ms):`);
const label = (e: TraceEvent) =>
  e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction'
    ? `${e.name} ${(e.args?.data?.url ?? '').replace(/^chrome-extension:\/\/[a-z]+/, 'ext:')}`.trim()
    : e.name;
const parentOf = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
const nodeById = new Map(profile.nodes.map((n) => [n.id, n] as const));
// With --dom, every task counts, summed as one.
const shown = dom
  ? [{ name: 'RunTask', ph: 'X', ts: t0, dur: (tasks.at(-1)?.ts ?? t0) + (tasks.at(-1)?.dur ?? 0) - t0, pid: 0, tid: 0 }]
  : tasks.filter((x) => (x.dur ?? 0) > Number(process.env.PROFILE_LONG_MS ?? 50) * 1000);
for (const t of shown) {
  const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + (e.dur ?? 0) <= t.ts + (t.dur ?? 0));
  // Top-level children only (not nested in another child), summed by label.
  const top = dom
    ? inside.filter((e) => ['FunctionCall', 'TimerFire', 'FireIdleCallback', 'v8.callFunction', 'FireAnimationFrame', 'HitTest'].includes(e.name))
    : inside.filter((e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + (o.dur ?? 0) >= e.ts + (e.dur ?? 0) && (o.dur ?? 0) > (e.dur ?? 0)));
  const by = new Map<string, number>();
  for (const e of top) by.set(label(e), (by.get(label(e)) ?? 0) + (e.dur ?? 0));
  // Style and layout anywhere inside (often nested under script that forced them).
  const forced = new Map<string, number>();
  for (const e of inside)
    if (
      [
        'UpdateLayoutTree',
        'Layout',
        'Paint',
        'PrePaint',
        'IntersectionObserverController::computeIntersections',
        'HitTest',
        'ParseHTML',
        'MajorGC',
        'MinorGC',
      ].includes(e.name)
    )
      forced.set(e.name, (forced.get(e.name) ?? 0) + (e.dur ?? 0));
  const fmt = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`)
      .join('; ');
  console.log(`  +${((t.ts - t0) / 1000).toFixed(0)} ms: ${((t.dur ?? 0) / 1000).toFixed(0)} ms — ${fmt(by)} | incl. ${fmt(forced)}`);
  if (process.argv.includes('--all')) {
    const all = new Map<string, number>();
    for (const e of inside) all.set(e.name, (all.get(e.name) ?? 0) + (e.dur ?? 0));
    console.log(`      every event in it (ms): ${fmt(new Map([...all].sort((a, b) => b[1] - a[1]).slice(0, 12)))}`);
  }
  // The extension's functions sampled inside this task (CPU profile and trace share one clock):
  // each sample counted once per function on its stack.
  const inTask = new Map<string, number>();
  const selfInTask = new Map<string, number>();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (at < t.ts || at > t.ts + (t.dur ?? 0)) continue;
    const leaf = nodeById.get(profile.samples[i]!)!.callFrame.functionName || '(anonymous)';
    selfInTask.set(leaf, (selfInTask.get(leaf) ?? 0) + (profile.timeDeltas[i] ?? 0));
    const seen = new Set<string>();
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parentOf.get(id)) {
      const f = nodeById.get(id)!.callFrame;
      if (!f.url.startsWith('chrome-extension://')) continue;
      const key = f.functionName || '(anonymous)';
      if (seen.has(key)) continue;
      seen.add(key);
      inTask.set(key, (inTask.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
    }
  }
  if (inTask.size)
    console.log(`      extension code in it (total ms): ${fmt(new Map([...inTask].sort((a, b) => b[1] - a[1]).slice(0, 12)))}`.replace(/; /g, ' · '));
  if (selfInTask.size) console.log(`      self time in it (ms): ${fmt(selfInTask)}`.replace(/; /g, ' · '));
}
// CPU profile: self time by function in the extension's script.
const self = new Map<number, number>();
for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + (profile.timeDeltas[i] ?? 0));
const byFn = new Map<string, number>();
for (const n of profile.nodes) {
  const us = self.get(n.id) ?? 0;
  if (!us) continue;
  const url = n.callFrame.url.startsWith('chrome-extension://') ? 'ext' : n.callFrame.url ? 'page' : '';
  const key = `${n.callFrame.functionName || '(anonymous)'} ${url}${url === 'ext' ? `:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}` : ''}`.trim();
  byFn.set(key, (byFn.get(key) ?? 0) + us);
}
console.log('CPU profile, top self time (ms):');
const source = fs.readFileSync(path.join(copy, 'content-scripts/content.js'), 'utf8').split('\n');
for (const [k, v] of [...byFn.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
  // Minified: show a little of the function's source so it can be found in lib/.
  const m = /ext:(\d+):(\d+)$/.exec(k);
  const snippet = m ? (source[Number(m[1])] ?? '').slice(Number(m[2]), Number(m[2]) + 90).replace(/\s+/g, ' ') : '';
  console.log(`  ${(v / 1000).toFixed(1).padStart(7)}  ${k}${snippet ? `  ⟨${snippet}⟩` : ''}`);
}
// Total (inclusive) time by function: what each step of the pipeline costs with its callees
// (a function on the stack twice counts once). Most useful on an unminified build
// (`LODESTONE_UNMINIFIED=1 npx wxt build` before this script).
{
  const parent = parentOf;
  const byId = nodeById;
  const total = new Map<string, number>();
  for (const [id, us] of self) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const f = byId.get(at)!.callFrame;
      if (!f.url.startsWith('chrome-extension://')) continue;
      const key = `${f.functionName || '(anonymous)'} ext:${f.lineNumber}:${f.columnNumber}`;
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + us);
    }
  }
  console.log('CPU profile, top total time in the extension (ms):');
  for (const [k, v] of [...total.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    const m = /ext:(\d+):(\d+)$/.exec(k);
    const snippet = m ? (source[Number(m[1])] ?? '').slice(Number(m[2]), Number(m[2]) + 70).replace(/\s+/g, ' ') : '';
    console.log(`  ${(v / 1000).toFixed(1).padStart(7)}  ${k}${snippet ? `  ⟨${snippet}⟩` : ''}`);
  }
}
await ext.context.close();
await server.close();
fs.rmSync(copy, { recursive: true, force: true });
