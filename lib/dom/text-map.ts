/**
 * The DOM text map: turns a page into text blocks (the joined text of the text nodes between two
 * block boundaries) and block offsets back into DOM positions. The matcher only ever sees strings;
 * this is the one place that knows about nodes (as in mark.js's text-node map and Hypothesis's
 * anchoring). Browser and happy-dom only: nothing here runs at import time.
 */
import { runToEnd } from '../steps';
import {
  documentElementOf,
  documentOf,
  firstChildOf,
  FLAG_SELECTOR,
  hasSkippingAttribute,
  isBlockTag,
  isSkippedTag,
  localNameOf,
  nextSiblingOf,
  nodeTypeOf,
  parentOf,
  TAG_BLOCK,
  TAG_SKIPPED,
  tagKind,
} from './dom-rules';

/** One block of joined text. `starts[i]` is the offset of `nodes[i]` within `text`. */
export interface TextBlock {
  element: Element;
  text: string;
  nodes: Text[];
  starts: number[];
}

/** Options for `collectTextBlocks`. */
export interface CollectOptions {
  /** Extra elements to skip with their subtree (the extension's own host). */
  skip?: (el: Element) => boolean;
}

/** Options of the sliced walk. */
export interface WalkOptions extends CollectOptions {
  /** The array the blocks go into as they are found (so a caller can read them while the walk pauses). */
  into?: TextBlock[];
}

/** The elements under `root` carrying a flag attribute: one native query instead of 4 reads per element. */
function flaggedUnder(root: Node): Set<Element> {
  const type = nodeTypeOf(root);
  const proto = type === 9 ? Document.prototype : type === 11 ? DocumentFragment.prototype : Element.prototype;
  return new Set(proto.querySelectorAll.call(root, FLAG_SELECTOR));
}

/**
 * Walks `root` with a TreeWalker and returns its text blocks in document order. Text of inline
 * elements joins (`MP <em>Materials</em>` is one block); a block-level element, `br`, or a skipped
 * element ends a block, so a match never spans two paragraphs. Skipped with their subtree: the
 * tags in `SKIPPED_TAGS` (script, style, noscript, template, form fields, button, code, pre, kbd,
 * samp, svg, math, embedded content...), `[hidden]`, `[aria-hidden=true]` (see
 * `hasSkippingAttribute`), `[contenteditable]` regions, `[data-lodestone-host]`, elements for
 * which `opts.skip` is true, and everything when `root` is inside one of those or the document is
 * in design mode. Whitespace-only blocks are dropped. Shadow roots are not entered (pass one as
 * `root` to collect it).
 */
export function collectTextBlocks(root: Node, opts: CollectOptions = {}): TextBlock[] {
  return runToEnd(walkTextBlocks(root, opts)).blocks;
}

/** What a finished walk returns: the blocks, and false when the DOM changed under the walk so it
 * lost its place (the caller should collect again). */
export interface WalkResult {
  blocks: TextBlock[];
  complete: boolean;
}

/** Nodes visited between two checkpoints of `walkTextBlocks`. */
const CHECKPOINT_NODES = 256;

/**
 * `collectTextBlocks` as a generator that pauses every few hundred nodes, so a caller can spread a
 * huge page's walk over several tasks (`collectTextBlocksSliced`). The walker keeps its place across
 * pauses; if the page removes the node it stands on, the walk ends early with `complete: false`.
 */
export function* walkTextBlocks(root: Node, opts: WalkOptions = {}): Generator<void, WalkResult, void> {
  const doc = documentOf(root);
  if (!doc || doc.designMode === 'on') return { blocks: [], complete: true };
  const skip = opts.skip;
  const rootType = nodeTypeOf(root);
  // The context of `root` (across shadow hosts): inside a skipped element nothing counts; the
  // nearest block ancestor is the element of text that sits in no block under `root`.
  let base: Element | null = null;
  for (let a: Node | null = rootType === 9 ? documentElementOf(doc) : root; a;) {
    const type = nodeTypeOf(a);
    if (type === 1) {
      const el = a as Element;
      if (isSkippedTag(el) || hasSkippingAttribute(el) || (skip !== undefined && skip(el))) return { blocks: [], complete: true };
      base ??= isBlockTag(el) ? el : null;
    }
    a = type === 11 ? ((a as ShadowRoot).host ?? null) : parentOf(a);
  }
  base ??= rootType === 1 ? (root as Element) : documentElementOf(doc);

  const blocks: TextBlock[] = opts.into ?? [];
  const stack: Element[] = [];
  let nodes: Text[] = [];
  let starts: number[] = [];
  // The block's text as parts, joined once at its end: `+=` node by node built a rope per block
  // that cost more than reading the nodes (and was flattened again by the first regex anyway).
  let parts: string[] = [];
  let length = 0;
  const flush = (): void => {
    if (!nodes.length) return;
    const element = stack[stack.length - 1] ?? base ?? nodes[0]?.parentElement;
    const text = parts.length === 1 ? parts[0]! : parts.join('');
    if (element && /\S/.test(text)) blocks.push({ element, text, nodes, starts });
    nodes = [];
    starts = [];
    parts = [];
    length = 0;
  };
  const add = (t: Text): void => {
    const data = t.data;
    nodes.push(t);
    starts.push(length);
    parts.push(data);
    length += data.length;
  };

  if (rootType === 3) {
    add(root as Text);
    flush();
    return { blocks, complete: true };
  }
  const flagged = flaggedUnder(root);
  const leave = (node: Node): void => {
    if (stack[stack.length - 1] !== node) return;
    flush();
    stack.pop();
  };
  // A walk by the nodes' own links, read through the prototypes (clobber-proof): a TreeWalker's
  // methods cost several times these getters per node, and they were most of the walk. Only
  // elements and text count, as with a TreeWalker showing those two (comments and the like have no
  // children to visit).
  let node = firstChildOf(root);
  let visited = 0;
  while (node) {
    if (++visited % CHECKPOINT_NODES === 0) yield;
    let entered = false;
    const type = nodeTypeOf(node);
    if (type === 3) add(node as Text);
    else if (type === 1) {
      const el = node as Element;
      const kind = tagKind(localNameOf(el));
      if (kind === TAG_SKIPPED || (flagged.has(el) && hasSkippingAttribute(el)) || (skip !== undefined && skip(el))) flush();
      else {
        if (kind === TAG_BLOCK) {
          flush();
          stack.push(el);
        }
        entered = true;
      }
    }
    if (entered) {
      const child = firstChildOf(node);
      if (child) {
        node = child;
        continue;
      }
      leave(node);
    }
    for (;;) {
      const next = nextSiblingOf(node);
      if (next) {
        node = next;
        break;
      }
      const parent: Node | null = parentOf(node);
      if (!parent || parent === root) {
        flush();
        // Climbing out without meeting `root`: the node we stood on was taken out while we paused.
        return { blocks, complete: parent === root || visited < CHECKPOINT_NODES };
      }
      leave(parent);
      node = parent;
    }
  }
  flush();
  return { blocks, complete: true };
}

/** Length of node `i` as the block saw it (robust to later edits of the node). */
function spanOf(block: TextBlock, i: number): number {
  return (block.starts[i + 1] ?? block.text.length) - block.starts[i]!;
}

/**
 * The DOM position of a block offset. `bias` decides a boundary between two nodes: `start` (the
 * default) puts it at the start of the later node, `end` at the end of the earlier one, so a range
 * built with `start` for its start and `end` for its end covers only the nodes it needs.
 */
export function locate(block: TextBlock, offset: number, bias: 'start' | 'end' = 'start'): { node: Text; offset: number } {
  const { nodes, starts } = block;
  if (!nodes.length) throw new RangeError('locate: empty block');
  const at = Math.max(0, Math.min(offset, block.text.length));
  let lo = 0;
  let hi = nodes.length - 1;
  if (bias === 'start') {
    // Last node starting at or before `at`.
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
  } else {
    // First node ending at or after `at`.
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! + spanOf(block, mid) >= at) hi = mid;
      else lo = mid + 1;
    }
  }
  return { node: nodes[lo]!, offset: at - starts[lo]! };
}

/**
 * A StaticRange over block offsets [start, end). StaticRange, not Range: live ranges tax every
 * DOM edit the page makes (GUIDE, measured facts). Where the DOM has no StaticRange (happy-dom),
 * an object with the same fields is returned.
 */
export function toStaticRange(block: TextBlock, start: number, end: number): StaticRange {
  const a = locate(block, start, 'start');
  const b = end <= start ? a : locate(block, end, 'end');
  const init = { startContainer: a.node, startOffset: a.offset, endContainer: b.node, endOffset: b.offset };
  if (typeof StaticRange === 'function') return new StaticRange(init);
  return { ...init, collapsed: a.node === b.node && a.offset === b.offset };
}
