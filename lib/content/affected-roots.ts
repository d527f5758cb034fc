/**
 * Turns a batch of mutation records into the few elements whose text must be collected again:
 * the known block a change happened in, or the new content itself when it landed outside any
 * known block. Roots inside other roots are dropped, so nothing is done twice.
 */

/** The parts of a MutationRecord used here. */
export interface RecordLike {
  type: string;
  target: Node;
  addedNodes: ArrayLike<Node>;
  removedNodes: ArrayLike<Node>;
}

/** What a batch asks for. */
export interface AffectedRoots {
  roots: Element[];
  /** Some nodes were removed: entries whose nodes left the document must be dropped. */
  removed: boolean;
  /** The page removed our host. */
  hostRemoved: boolean;
}

/**
 * `isBlock` says whether an element is a known block's element; `body` bounds the climb; `host` is
 * our own element, whose insertion and removal are not page content.
 */
export function affectedRoots(records: Iterable<RecordLike>, isBlock: (el: Element) => boolean, body: Element, host: Element | undefined): AffectedRoots {
  const found = new Set<Element>();
  let removed = false;
  let hostRemoved = false;
  const climb = (el: Element): Element => {
    for (let a: Element | null = el; a && a !== body; a = a.parentElement) if (isBlock(a)) return a;
    return el;
  };
  for (const r of records) {
    if (r.type === 'characterData') {
      const parent = r.target.parentElement;
      if (parent) found.add(climb(parent));
      continue;
    }
    if (r.type !== 'childList') continue;
    for (let i = 0; i < r.removedNodes.length; i++) {
      if (r.removedNodes[i] === host) hostRemoved = true;
      else removed = true;
    }
    const target = r.target as Element;
    if (target.nodeType !== 1) continue;
    const known = climb(target);
    if (known !== target || isBlock(target)) {
      found.add(known);
      continue;
    }
    for (let i = 0; i < r.addedNodes.length; i++) {
      const n = r.addedNodes[i]!;
      if (n === host) continue;
      if (n.nodeType === 1) found.add(n as Element);
      else if (n.nodeType === 3) found.add(target);
    }
  }
  const inBody = new Set([...found].filter((el) => el.isConnected && (el === body || body.contains(el))));
  // Drop roots that sit inside another root: climb each one's ancestors (O(roots × depth)).
  const roots = [...inBody].filter((el) => {
    for (let a = el.parentElement; a; a = a.parentElement) if (inBody.has(a)) return false;
    return true;
  });
  return { roots, removed, hostRemoved };
}
