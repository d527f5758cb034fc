/**
 * Chromium trace helpers for the benchmark: the page's main thread, its tasks, and whether each was
 * script (the extension's, on a settled page where nothing else runs) or rendering (a frame: style,
 * layout, paint). Long-task and long-animation-frame APIs cannot tell this: they do not attribute
 * content scripts, so a trace is the only honest source for "no extension task over 50 ms".
 */

/** One trace event (the fields we read). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string } };
}

/**
 * Categories that give tasks, frames, style/layout/paint and script calls. `BENCH_TRACE_CPU=1` adds
 * V8's sampler, so each frame over 50 ms in the log names the functions that ran in its long tasks
 * (it moves tasks: for finding causes, not for the verdicts).
 */
export const TRACE_CATEGORIES = [
  'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink',
  process.env.BENCH_TRACE_CPU ? 'disabled-by-default-v8.cpu_profiler' : '',
  // `BENCH_TRACE_EXTRA=cat1,cat2`: more categories, e.g. `cppgc` (the DOM's garbage collector).
  process.env.BENCH_TRACE_EXTRA ?? '',
]
  .filter(Boolean)
  .join(',');

/** V8's samples in a trace (`ProfileChunk` events): each sample's time (µs, trace clock) and stack. */
function samplesOf(events: readonly TraceEvent[]): { ts: number; stack: string[] }[] {
  type Node = { id: number; parent?: number; callFrame: { functionName: string; url?: string } };
  const nodes = new Map<string, Node>();
  const out: { ts: number; stack: string[] }[] = [];
  const clock = new Map<string, number>();
  for (const e of events) {
    const data = (e.args as { data?: Record<string, unknown> } | undefined)?.data;
    const key = `${e.pid}:${(e as { id?: string }).id ?? ''}`;
    if (e.name === 'Profile' && data && typeof data.startTime === 'number') clock.set(key, data.startTime);
    if (e.name !== 'ProfileChunk' || !data) continue;
    const profile = data.cpuProfile as { nodes?: Node[]; samples?: number[] } | undefined;
    for (const n of profile?.nodes ?? []) nodes.set(`${key}:${n.id}`, n);
    const deltas = (data.timeDeltas as number[] | undefined) ?? [];
    let at = clock.get(key) ?? 0;
    (profile?.samples ?? []).forEach((id, i) => {
      at += deltas[i] ?? 0;
      const stack: string[] = [];
      for (let n = nodes.get(`${key}:${id}`); n; n = n.parent === undefined ? undefined : nodes.get(`${key}:${n.parent}`))
        if ((n.callFrame.url ?? '').includes('content')) stack.push(n.callFrame.functionName || '(anonymous)');
      out.push({ ts: at, stack });
    });
    clock.set(key, at);
  }
  return out;
}

const RENDERING = new Set([
  'WebFrameWidgetImpl::UpdateLifecycle',
  'WebFrameWidgetImpl::BeginMainFrame',
  'Commit',
  'PageAnimator::serviceScriptedAnimations',
  'ProxyMain::BeginMainFrame',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
]);

/** What the tasks on the page's main thread were. */
export interface TaskSummary {
  tasks: number;
  /** Longest task that was mostly script (ms). */
  longestScript: number;
  /** Longest task that was mostly rendering (ms). */
  longestRendering: number;
  scriptOver50: number;
  renderingOver50: number;
  /** Style recalculation inside the longest rendering task (ms). */
  styleInLongestRendering: number;
  /** Each task over 50 ms: its length, kind and the biggest events inside (for the log). */
  long: string[];
  /**
   * Each gap over 50 ms between animation-frame callbacks (the probe's rAF loop): the tasks that
   * ran in it, longest first, each with its biggest events (for the log: what held the frame).
   */
  longFrames: string[];
}

/** Summarises the busiest renderer main thread's tasks. */
export function summariseTasks(events: readonly TraceEvent[]): TaskSummary {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const busy = new Map<string, number>();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (e.ph === 'X' && e.name === 'RunTask' && names.get(key) === 'CrRendererMain') busy.set(key, (busy.get(key) ?? 0) + (e.dur ?? 0));
  }
  const main = [...busy.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X').sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const out: TaskSummary = {
    tasks: 0,
    longestScript: 0,
    longestRendering: 0,
    scriptOver50: 0,
    renderingOver50: 0,
    styleInLongestRendering: 0,
    long: [],
    longFrames: [],
  };
  out.longFrames = frameGaps(onMain, process.env.BENCH_TRACE_CPU ? samplesOf(events) : []);
  let i = 0;
  while (i < onMain.length) {
    const t = onMain[i]!;
    if (t.name !== 'RunTask') {
      i++;
      continue;
    }
    out.tasks++;
    const end = t.ts + (t.dur ?? 0);
    let rendering = 0;
    let style = 0;
    let j = i + 1;
    for (; j < onMain.length && onMain[j]!.ts < end; j++) {
      const e = onMain[j]!;
      if (RENDERING.has(e.name) && e.name.includes('::')) rendering += e.dur ?? 0;
      if (e.name === 'UpdateLayoutTree') style += e.dur ?? 0;
    }
    const ms = (t.dur ?? 0) / 1000;
    if (ms > 50) out.long.push(`${ms.toFixed(0)} ms ${rendering * 2 >= (t.dur ?? 0) ? 'rendering' : 'script'}: ${biggest(onMain.slice(i + 1, j))}`);
    if (rendering * 2 >= (t.dur ?? 0)) {
      if (ms > out.longestRendering) {
        out.longestRendering = ms;
        out.styleInLongestRendering = style / 1000;
      }
      if (ms > 50) out.renderingOver50++;
    } else {
      out.longestScript = Math.max(out.longestScript, ms);
      if (ms > 50) out.scriptOver50++;
    }
    i = j;
  }
  return out;
}

/** Gaps over 50 ms between `FireAnimationFrame` events, with the tasks that ran in each. */
function frameGaps(onMain: readonly TraceEvent[], samples: readonly { ts: number; stack: string[] }[] = []): string[] {
  const frames = onMain.filter((e) => e.name === 'FireAnimationFrame');
  const out: string[] = [];
  for (let f = 1; f < frames.length; f++) {
    const from = frames[f - 1]!.ts;
    const to = frames[f]!.ts;
    if (to - from <= 50_000) continue;
    const tasks: string[] = [];
    let busy = 0;
    for (let i = 0; i < onMain.length; i++) {
      const t = onMain[i]!;
      if (t.name !== 'RunTask' || t.ts + (t.dur ?? 0) <= from || t.ts >= to) continue;
      busy += t.dur ?? 0;
      if ((t.dur ?? 0) < 2_000) continue;
      const end = t.ts + (t.dur ?? 0);
      const inside = onMain.filter((e) => e.ts > t.ts && e.ts < end);
      // With V8's sampler on: the content script's functions on the stack in this task (samples).
      const fns = new Map<string, number>();
      for (const x of samples) if (x.ts >= t.ts && x.ts <= end) for (const f of new Set(x.stack)) fns.set(f, (fns.get(f) ?? 0) + 1);
      const sampled = [...fns]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8)
        .map(([f, n]) => `${f} ${n}`)
        .join(' · ');
      tasks.push(`+${((t.ts - from) / 1000).toFixed(0)} ${((t.dur ?? 0) / 1000).toFixed(0)} ms [${biggest(inside)}]${sampled ? ` {${sampled}}` : ''}`);
    }
    out.push(`${((to - from) / 1000).toFixed(0)} ms, busy ${(busy / 1000).toFixed(0)} ms: ${tasks.join('; ')}`);
  }
  return out;
}

/** The events that took most of a task, by name (nested ones too), e.g. `MajorGC 48 · FunctionCall 12`. */
function biggest(inside: readonly TraceEvent[]): string {
  const by = new Map<string, number>();
  for (const e of inside) {
    const d = e.args?.data as { functionName?: string; url?: string; lineNumber?: number; columnNumber?: number } | undefined;
    const name =
      e.name === 'FunctionCall' && d
        ? `FunctionCall(${d.functionName || '?'} ${(d.url ?? '').split('/').pop()}:${d.lineNumber ?? ''}:${d.columnNumber ?? ''})`
        : e.name;
    by.set(name, (by.get(name) ?? 0) + (e.dur ?? 0));
  }
  return [...by]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([k, v]) => `${k} ${(v / 1000).toFixed(0)}`)
    .join(' · ');
}
