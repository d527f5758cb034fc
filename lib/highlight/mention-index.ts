/**
 * The hit-test index: for each text node, the sorted pieces of the highlighted mentions it holds.
 * Filled per block as blocks are registered (near the viewport) and cleared when they leave, so
 * its size follows the registered set, not the page.
 */
import { findSpansAt, type NodeSpan } from './hit-test';

/** A piece of a block-offset span that falls in one node: node index and node-local offsets. */
export interface NodePiece {
  node: number;
  start: number;
  end: number;
}

/**
 * Splits the block-offset span `[start, end)` over the block's nodes. `starts[i]` is where node
 * `i` begins in the block text and `lengths[i]` its length (text between nodes, such as a
 * separator the text map inserts, belongs to no node and is skipped).
 */
export function splitOverNodes(starts: readonly number[], lengths: readonly number[], start: number, end: number): NodePiece[] {
  // First node that ends after `start` (binary search on starts).
  let lo = 0;
  let hi = starts.length - 1;
  let first = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= start) {
      first = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const out: NodePiece[] = [];
  for (let i = first; i < starts.length && starts[i]! < end; i++) {
    const s = Math.max(start, starts[i]!);
    const e = Math.min(end, starts[i]! + lengths[i]!);
    if (e > s) out.push({ node: i, start: s - starts[i]!, end: e - starts[i]! });
  }
  return out;
}

/** Text node → sorted spans of registered mentions. `K` is the node type (Text in the browser). */
export class MentionIndex<K extends object, T> {
  private readonly byNode = new Map<K, NodeSpan<T>[]>();

  /** Replaces the entries of one block's nodes; `mentions` need not be sorted. */
  setBlock(nodes: readonly K[], starts: readonly number[], lengths: readonly number[], mentions: readonly { start: number; end: number; item: T }[]): void {
    this.clearBlock(nodes);
    const sorted = [...mentions].sort((a, b) => a.start - b.start);
    for (const m of sorted) {
      for (const p of splitOverNodes(starts, lengths, m.start, m.end)) {
        const node = nodes[p.node]!;
        let list = this.byNode.get(node);
        if (!list) this.byNode.set(node, (list = []));
        list.push({ start: p.start, end: p.end, item: m.item });
      }
    }
  }

  /** Forgets one block's nodes. */
  clearBlock(nodes: readonly K[]): void {
    for (const n of nodes) this.byNode.delete(n);
  }

  /** Forgets everything. */
  clear(): void {
    this.byNode.clear();
  }

  /** Candidate mentions under a caret (0–2; see `findSpansAt`). */
  lookup(node: K, offset: number): NodeSpan<T>[] {
    const list = this.byNode.get(node);
    return list ? findSpansAt(list, offset) : [];
  }

  /** The items with a piece in `node` (none when the node holds no registered mention). */
  itemsIn(node: K): T[] {
    return (this.byNode.get(node) ?? []).map((s) => s.item);
  }

  /** Number of indexed nodes (for tests and diagnostics). */
  get size(): number {
    return this.byNode.size;
  }
}
