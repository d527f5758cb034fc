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

/** Categories that give tasks, frames, style/layout/paint and script calls. */
export const TRACE_CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink';

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
  const out: TaskSummary = { tasks: 0, longestScript: 0, longestRendering: 0, scriptOver50: 0, renderingOver50: 0, styleInLongestRendering: 0, long: [] };
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
