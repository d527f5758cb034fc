/**
 * The spotter's trie in compact form: a radix trie (chains of one-child nodes merged into one
 * labelled edge) laid out breadth-first in a few integer arrays and two strings, so it can be built
 * at build time, shipped as JSON, loaded in about a millisecond and walked directly, with no
 * object per node (the seed dictionary's 44,000 trie nodes become ~7,500). The reader's own
 * entities are compiled the same way at run time (`compileTrie` sorts the keys and builds the
 * arrays in one pass).
 *
 * Node 0 is the root. The children of node `r` are the nodes `child[r] .. child[r + 1] - 1`,
 * sorted by the first unit of their label. Node `k`'s label (the folded units on the edge into it)
 * is `labels.slice(label[k], label[k + 1])`; the candidates whose key ends at `k` are
 * `out[k] .. out[k + 1] - 1`, in the order their forms were collected. Candidate `c`'s form is
 * `forms.slice(form[c], form[c + 1])`.
 */
import type { FormRecord } from './forms';
import type { IntArray, ItemList } from './packed-text';

/** The arrays of a compiled trie (see the module comment). */
export interface CompiledTrie {
  child: IntArray;
  label: IntArray;
  out: IntArray;
  labels: string;
  /**
   * Only in a trie unpacked from text (the seed's): the unit at each label position where `labels`
   * holds `WIDE` instead of a unit above U+00FF.
   */
  wide?: ReadonlyMap<number, number>;
  /** Per candidate: 1 + the entity's index in its dictionary, 0 for a stop phrase. */
  entity: IntArray;
  /** Per candidate: `flagsOf` bits (rule, plural, acronym, symbol, stop). */
  flags: IntArray;
  /** Per candidate: 1 + index into `requires`, 0 for none. */
  req: IntArray;
  form: IntArray;
  forms: string;
  /** An array, or for the trusted seed a `PackedList` (a list is split out when read). */
  requires: ItemList<string[]>;
}

/** Case rules by their two-bit code. */
export const RULES = ['exact', 'name', 'any', 'styled'] as const;
/** Flag bits after the rule (bits 0–1) and plural (bits 2–3). */
export const ACRONYM = 16;
export const SYMBOL = 32;
export const STOP = 64;

/** Packs a form's rules into one small integer. */
export function flagsOf(f: FormRecord): number {
  return RULES.indexOf(f.rule) | (f.plural << 2) | (f.acronym ? ACRONYM : 0) | (f.symbol ? SYMBOL : 0) | (f.stop ? STOP : 0);
}

interface RadixNode {
  label: string;
  children: RadixNode[];
  cands: number[];
}

/**
 * Compiles forms into a trie. Keys are sorted, so each new key only ever follows or splits the
 * last edge of the path; candidates keep their collection order within a key.
 */
export function compileTrie(forms: readonly FormRecord[]): CompiledTrie {
  const byKey = new Map<string, number[]>();
  forms.forEach((f, i) => {
    const list = byKey.get(f.key);
    if (list) list.push(i);
    else byKey.set(f.key, [i]);
  });
  // Default sort compares UTF-16 units, the order the walk looks children up in.
  const keys = [...byKey.keys()].sort();
  const root: RadixNode = { label: '', children: [], cands: [] };
  for (const key of keys) {
    let node = root;
    let pos = 0;
    for (;;) {
      if (pos === key.length) {
        node.cands = byKey.get(key)!;
        break;
      }
      const last = node.children[node.children.length - 1];
      if (!last || last.label.charCodeAt(0) !== key.charCodeAt(pos)) {
        node.children.push({ label: key.slice(pos), children: [], cands: byKey.get(key)! });
        break;
      }
      let l = 1;
      while (l < last.label.length && pos + l < key.length && last.label.charCodeAt(l) === key.charCodeAt(pos + l)) l++;
      if (l < last.label.length) {
        // Split the edge: the common part becomes a node of its own.
        const mid: RadixNode = { label: last.label.slice(0, l), children: [{ ...last, label: last.label.slice(l) }], cands: [] };
        node.children[node.children.length - 1] = mid;
        node = mid;
      } else node = last;
      pos += l;
    }
  }
  return layOut(root, forms);
}

/** Numbers the nodes breadth-first and fills the arrays. */
function layOut(root: RadixNode, forms: readonly FormRecord[]): CompiledTrie {
  const order: RadixNode[] = [root];
  for (let i = 0; i < order.length; i++) for (const c of order[i]!.children) order.push(c);
  const n = order.length;
  const child = new Int32Array(n + 1);
  const label = new Int32Array(n + 1);
  const out = new Int32Array(n + 1);
  const candOrder: number[] = [];
  let labels = '';
  let next = 1;
  for (let k = 0; k < n; k++) {
    const node = order[k]!;
    child[k] = next;
    next += node.children.length;
    label[k] = labels.length;
    labels += node.label;
    out[k] = candOrder.length;
    for (const c of node.cands) candOrder.push(c);
  }
  child[n] = next;
  label[n] = labels.length;
  out[n] = candOrder.length;
  const m = candOrder.length;
  const entity = new Int32Array(m);
  const flags = new Int32Array(m);
  const req = new Int32Array(m);
  const form = new Int32Array(m + 1);
  const requires: string[][] = [];
  const reqIndex = new Map<string, number>();
  let formText = '';
  candOrder.forEach((fi, c) => {
    const f = forms[fi]!;
    entity[c] = f.entity + 1;
    flags[c] = flagsOf(f);
    if (f.requires) {
      const k = f.requires.join('\u0000');
      let r = reqIndex.get(k);
      if (r === undefined) {
        reqIndex.set(k, (r = requires.length));
        requires.push(f.requires);
      }
      req[c] = r + 1;
    }
    form[c] = formText.length;
    formText += f.form;
  });
  form[m] = formText.length;
  return { child, label, out, labels, entity, flags, req, form, forms: formText, requires };
}

/**
 * Stands in the labels of a trie unpacked from text for a unit above U+00FF (the unit itself is in
 * `wide`). The seed's keys held 110 such units among 420,000 (17 since Turkish ı folds to i:
 * Cyrillic and click letters, a combining ogonek), and with them its labels were a two-byte
 * string, 820 KB in every tab instead of 410.
 * No text folds to it (`fold.ts` folds U+0001 to U+FFFF), so a walk never matches it by itself.
 */
export const WIDE = 1;

/** The unit of `t`'s labels at `pos`. */
export function labelUnit(t: CompiledTrie, pos: number): number {
  const u = t.labels.charCodeAt(pos);
  return u === WIDE && t.wide ? (t.wide.get(pos) ?? u) : u;
}

/** The child of node `k` whose label starts with unit `c`, or −1 (children are sorted by it). */
export function childStartingWith(t: CompiledTrie, k: number, c: number): number {
  let lo = t.child[k]!;
  let hi = t.child[k + 1]! - 1;
  const label = t.label;
  // Most nodes have one or two children: scan those; binary search the wide ones (the root).
  if (hi - lo < 8) {
    for (let x = lo; x <= hi; x++) if (labelUnit(t, label[x]!) === c) return x;
    return -1;
  }
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const u = labelUnit(t, label[mid]!);
    if (u === c) return mid;
    if (u < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
