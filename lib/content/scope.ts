/**
 * A lifetime for everything the content script starts. WXT's `ctx` ends with the script; a Scope
 * is a shorter life inside it (one annotation session, ended by pause or a site switch) that also
 * ends with `ctx`. Timers are tracked in a set rather than through `ctx.setTimeout`, which adds an
 * abort listener per call: per-frame pointer work would pile them up for the life of the page.
 */

/** Something that can be stopped. */
export type Disposer = () => void;

/** A set of effects undone together. */
export class Scope {
  private readonly controller = new AbortController();
  private readonly disposers: Disposer[] = [];
  private readonly timers = new Set<number>();
  private readonly frames = new Set<number>();
  private readonly idles = new Set<number>();

  /** Ends with `parent` (WXT's `ctx.signal`, or another scope's signal). */
  constructor(parent?: AbortSignal) {
    if (parent?.aborted) this.controller.abort();
    else parent?.addEventListener('abort', () => this.dispose(), { once: true, signal: this.controller.signal });
  }

  /** Aborted when the scope ends: pass to `addEventListener({ signal })` and friends. */
  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get active(): boolean {
    return !this.controller.signal.aborted;
  }

  /** Runs `fn` when the scope ends (immediately if it already has). */
  onDispose(fn: Disposer): void {
    if (!this.active) return void safely(fn);
    this.disposers.push(fn);
  }

  /** `addEventListener` removed when the scope ends. */
  listen(target: EventTarget, type: string, handler: (event: Event) => void, options: AddEventListenerOptions = {}): void {
    if (this.active) target.addEventListener(type, handler, { ...options, signal: this.signal });
  }

  /** `setTimeout` cancelled when the scope ends. */
  timeout(fn: () => void, ms: number): number {
    const id = setTimeout(() => {
      this.timers.delete(id);
      if (this.active) fn();
    }, ms) as unknown as number;
    this.timers.add(id);
    return id;
  }

  cancelTimeout(id: number | undefined): void {
    if (id === undefined) return;
    clearTimeout(id);
    this.timers.delete(id);
  }

  /** `requestAnimationFrame` cancelled when the scope ends. */
  frame(fn: (time: number) => void): number {
    const id = requestAnimationFrame((t) => {
      this.frames.delete(id);
      if (this.active) fn(t);
    });
    this.frames.add(id);
    return id;
  }

  /** `requestIdleCallback` (or a timeout where it is missing) with a deadline of `timeout` ms. */
  idle(fn: () => void, timeout: number): void {
    if (typeof requestIdleCallback !== 'function') return void this.timeout(fn, 1);
    const id = requestIdleCallback(
      () => {
        this.idles.delete(id);
        if (this.active) fn();
      },
      { timeout },
    );
    this.idles.add(id);
  }

  /** Ends the scope: cancels timers, removes listeners, runs disposers (last registered first). */
  dispose(): void {
    if (!this.active) return;
    this.controller.abort();
    for (const id of this.timers) clearTimeout(id);
    for (const id of this.frames) cancelAnimationFrame(id);
    if (typeof cancelIdleCallback === 'function') for (const id of this.idles) cancelIdleCallback(id);
    this.timers.clear();
    this.frames.clear();
    this.idles.clear();
    while (this.disposers.length) safely(this.disposers.pop()!);
  }
}

/** Runs `fn`, swallowing what it throws: a teardown failure must not stop the other teardowns. */
export function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // nothing to do: the page must never see our errors
  }
}
