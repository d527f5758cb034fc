/**
 * One MutationObserver for the whole page, batched and bounded: records are queued as they come
 * and processed together in one idle slice (deadline 250 ms, so added content is spotted within
 * half a second); past 1,000 records a batch becomes a full rescan (cheaper than sorting out that
 * many records, as Dark Reader does); a page that churns trips the breaker and is left alone for
 * a growing while. Our own changes (the host element) are not page content and are skipped; the
 * highlights themselves are not DOM, so there is no feedback loop to begin with.
 */
import { bodyOf, rootOf } from '../dom/safe-dom';
import { affectedRoots, type AffectedRoots } from './affected-roots';
import { Breaker } from './breaker';
import type { Scope } from './scope';

/** Above this many queued records a batch becomes a full rescan. */
export const FULL_RESCAN_RECORDS = 1000;
/** Idle-callback deadline: content added later is spotted within ~0.5 s. */
export const IDLE_TIMEOUT_MS = 250;

/** A batch handed to the session. */
export interface WatchBatch extends AffectedRoots {
  full: boolean;
}

/** What the watcher needs from the session. */
export interface WatcherOptions {
  doc: Document;
  scope: Scope;
  /** True when the extension is gone (it then stops everything, this observer included). */
  orphaned: () => boolean;
  host: () => Element | undefined;
  isBlock: (el: Element) => boolean;
  onBatch: (batch: WatchBatch) => Promise<void>;
  /** A text node the page rewrote in place; called at once, before the batch is processed. */
  onTextChanged?: (node: Text) => void;
}

/** A running watcher. */
export interface PageWatcher {
  breaker: Breaker;
  /** How many times the page's content changed so far (a counter: compare two readings). */
  changes(): number;
}

/** Starts watching; stops with `scope`. */
export function watchPage(o: WatcherOptions): PageWatcher {
  const breaker = new Breaker();
  let changes = 0;
  let queue: MutationRecord[] = [];
  let overflow = false;
  let scheduled = false;
  let busy = false;
  /** A record of our own host going in or out (not page content). */
  const ours = (r: MutationRecord): boolean => {
    const host = o.host();
    if (!host || r.type !== 'childList') return false;
    for (let i = 0; i < r.addedNodes.length; i++) if (r.addedNodes[i] !== host) return false;
    for (let i = 0; i < r.removedNodes.length; i++) if (r.removedNodes[i] !== host) return false;
    return true;
  };
  const observer = new MutationObserver((records) => {
    if (o.orphaned()) return;
    // Our host going in (on the first draw, which may come while a walk is paused) is no change of
    // the page's content: it must not make that walk count as inconsistent.
    if (!records.every(ours)) changes++;
    if (breaker.round(performance.now())) return trip();
    if (overflow) return;
    const body = bodyOf(o.doc);
    const root = rootOf(o.doc);
    for (const r of records) {
      // Head changes (titles, injected scripts) are never text to annotate.
      if (r.target === root || (body && body.contains(r.target))) {
        queue.push(r);
        if (r.type === 'characterData' && r.target.nodeType === 3) o.onTextChanged?.(r.target as Text);
      }
    }
    if (queue.length > FULL_RESCAN_RECORDS) {
      overflow = true;
      queue = [];
    }
    if (queue.length || overflow) schedule();
  });
  const connect = () => {
    const root = rootOf(o.doc);
    if (root) observer.observe(root, { childList: true, subtree: true, characterData: true });
  };
  const schedule = () => {
    if (scheduled || busy || !o.scope.active) return;
    scheduled = true;
    o.scope.idle(() => void run(), IDLE_TIMEOUT_MS);
  };
  const run = async () => {
    scheduled = false;
    if (o.orphaned()) return;
    busy = true;
    try {
      const records = queue;
      const full = overflow;
      queue = [];
      overflow = false;
      const body = bodyOf(o.doc);
      if (!body) return;
      const roots = full ? { roots: [], removed: true, hostRemoved: false } : affectedRoots(records, o.isBlock, body, o.host());
      if (full || roots.roots.length || roots.removed || roots.hostRemoved) await o.onBatch({ full, ...roots });
    } catch {
      // a failed batch must not stop the watcher; the next one re-reads the page
    } finally {
      busy = false;
      if (queue.length || overflow) schedule();
    }
  };
  const trip = () => {
    // Away from the page for a while; the full rescan on reconnecting covers what is missed.
    observer.disconnect();
    queue = [];
    overflow = false;
    o.scope.timeout(() => {
      connect();
      overflow = true; // we missed everything while away: rescan
      schedule();
    }, breaker.backoffMs);
  };
  connect();
  o.scope.onDispose(() => observer.disconnect());
  return { breaker, changes: () => changes };
}
