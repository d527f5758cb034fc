/**
 * The trie walk over one text (see README.md): from each word start, the longest acceptable match.
 * It walks every layer (`layers.ts`) in step over the same characters, so a longer name in one
 * layer beats a shorter one in another, and candidates ending at the same place are tried seed
 * first, as if the layers were one trie.
 */
import type { EntityKind } from '../catalog/schema';
import * as caseRules from './case-rules';
import * as chars from './fold';
import { legalSuffixEnd } from './legal-suffix';
import { candidateOf, type Layer } from './layers';
import { opensLongerName, placePrefixStart, placeSuffixEnd, projectWordEnd, withoutProseWord } from './place-affix';
import { splitPlacePossessives } from './possessive-split';
import { resolveSeats } from './seats';
import { keepSymbolsInContext } from './symbols';
import type { Scanner, ScanOptions, SpotMatch } from './types';
import * as compiled from './compiled-trie';
import * as wordForms from './word-forms';

// Local copies: under tsx and vitest (esbuild's module interop) every read of an imported binding
// is a getter call, which made the hot loop 4x slower. Bundled code is unaffected either way.
const { classOf, foldCode, isWordAt } = chars;
const { INVISIBLE, LINE, SPACE, SURROGATE, WORD } = chars;
const { passesCase } = caseRules;
const { isPluralSuffix, skipInvisible } = wordForms;
const { childStartingWith } = compiled;

/** Map-like lookups the scanner needs (kind and seat by entity id). */
export type Lookup<V> = { get(id: string): V | undefined };

const SPACE_KEY = 32;

/**
 * Chinese and Japanese company names start with their home city (`Ningbo Zhenghai Magnetic
 * Materials`, `Baotou Huamei`): a region match followed by one space and a company match is one
 * mention of the company.
 */
function joinCityPrefixes(text: string, matches: SpotMatch[], kinds: Lookup<EntityKind>): SpotMatch[] {
  const out: SpotMatch[] = [];
  let joined: SpotMatch | undefined;
  for (const m of matches) {
    const prev = out[out.length - 1];
    if (joined && joined.end === m.end && m.start > joined.start && kinds.get(m.entityId) === 'company') {
      // Another entity sharing the company's span: it takes the same joined span.
      m.start = joined.start;
      m.text = joined.text;
    } else if (
      prev &&
      prev.end + 1 === m.start &&
      text.charCodeAt(prev.end) === 32 &&
      kinds.get(prev.entityId) === 'region' &&
      kinds.get(m.entityId) === 'company'
    ) {
      while (out.length && out[out.length - 1]!.start === prev.start && out[out.length - 1]!.end === prev.end) out.pop();
      m.start = prev.start;
      m.text = text.slice(m.start, m.end);
      joined = m;
    }
    out.push(m);
  }
  return out;
}

/** A scanner over `layers` (walked as one trie). */
export function createScanner(layers: readonly Layer[], kinds: Lookup<EntityKind>, seats: Lookup<string> = { get: () => undefined }): Scanner {
  const L = layers.length;
  // Walk state per layer (node, position in its label, label end; node −1: dead) and the
  // terminals reached (end offset, layer, node): reused between walks, so walking allocates nothing.
  const at = new Int32Array(L);
  const pos = new Int32Array(L);
  const lim = new Int32Array(L);
  const ends: number[] = [];
  const termLayer: number[] = [];
  const termNode: number[] = [];

  /** Emits the longest acceptable match starting at `i` (first unit folded to `c0`); returns its end, or −1. */
  function matchAt(text: string, i: number, c0: number, gapMask: number, soft: boolean, floor: number, out: SpotMatch[]): number {
    const n = text.length;
    let count = 0;
    let alive = 0;
    let j = i + 1;
    for (let l = 0; l < L; l++) {
      const layer = layers[l]!;
      const t = layer.trie;
      const k = c0 < 128 ? layer.rootAscii[c0]! : childStartingWith(t, 0, c0);
      at[l] = k;
      if (k < 0) continue;
      alive++;
      pos[l] = t.label[k]! + 1;
      lim[l] = t.label[k + 1]!;
      if (pos[l] === lim[l] && t.out[k]! < t.out[k + 1]!) {
        ends[count] = j;
        termLayer[count] = l;
        termNode[count++] = k;
      }
    }
    if (!alive) return -1;
    while (j < n) {
      // Stop when no layer can go further (at a leaf, or dead).
      let open = false;
      for (let l = 0; l < L; l++) {
        const k = at[l]!;
        if (k < 0) continue;
        const t = layers[l]!.trie;
        if (pos[l]! < lim[l]! || t.child[k]! < t.child[k + 1]!) open = true;
        else at[l] = -1;
      }
      if (!open) break;
      const c = text.charCodeAt(j);
      const cls = classOf(c);
      if (cls & INVISIBLE) {
        j++; // a soft hyphen or zero-width space inside a name does not break it
        continue;
      }
      let key: number;
      if (cls & gapMask) {
        key = SPACE_KEY;
        j++;
        while (j < n && classOf(text.charCodeAt(j)) & (gapMask | INVISIBLE)) j++;
      } else {
        key = foldCode(c);
        j++;
      }
      let moved = false;
      for (let l = 0; l < L; l++) {
        let k = at[l]!;
        if (k < 0) continue;
        const t = layers[l]!.trie;
        if (pos[l]! < lim[l]!) {
          if (t.labels.charCodeAt(pos[l]!) !== key) {
            at[l] = -1;
            continue;
          }
          pos[l] = pos[l]! + 1;
        } else {
          k = childStartingWith(t, k, key);
          at[l] = k;
          if (k < 0) continue;
          pos[l] = t.label[k]! + 1;
          lim[l] = t.label[k + 1]!;
        }
        moved = true;
        if (pos[l] === lim[l] && t.out[k]! < t.out[k + 1]!) {
          ends[count] = j;
          termLayer[count] = l;
          termNode[count++] = k;
        }
      }
      if (!moved) break;
    }
    // Longest first; terminals at the same end (one per layer, in layer order) are one node.
    let t = count - 1;
    while (t >= 0) {
      const end = ends[t]!;
      let g = t;
      while (g > 0 && ends[g - 1] === end) g--;
      const next = skipInvisible(text, end);
      const glued = next < n && isWordAt(text, end - 1) && isWordAt(text, next);
      const from = out.length;
      let stopped = false;
      let company = false;
      let place = false;
      let project = false;
      let plural = false;
      for (let u = g; u <= t; u++) {
        const layer = layers[termLayer[u]!]!;
        const trie = layer.trie;
        const mask = layer.mask;
        const node = termNode[u]!;
        for (let ci = trie.out[node]!, last = trie.out[node + 1]!; ci < last; ci++) {
          if (mask !== null && mask[ci] === 1) continue;
          const candidate = candidateOf(layer, ci);
          if (glued) {
            if (!isPluralSuffix(text, i, next, candidate)) continue;
            plural = true;
          }
          if (!passesCase(text, i, end, candidate)) continue;
          if (candidate.stop) {
            stopped = true;
            continue;
          }
          let dup = false;
          for (let o = from; o < out.length; o++) if (out[o]!.entityId === candidate.entityId) dup = true;
          if (dup) continue;
          const match: SpotMatch = { entityId: candidate.entityId, text: '', start: i, end };
          if (candidate.requires) match.requires = candidate.requires;
          if (candidate.symbol) match.symbol = true;
          if (candidate.kind === 'company') company = true;
          else if (candidate.kind === 'country' || candidate.kind === 'region') place = true;
          else if (candidate.kind === 'project') project = true;
          out.push(match);
        }
      }
      t = g - 1;
      if (stopped && out.length === from) return end;
      if (out.length > from) {
        // A company's legal suffix belongs to its name (`REalloys Inc.`, `Lynas Rare Earths Ltd`);
        // a place's government is the place acting (`Government of Saskatchewan`, `Ohio government`).
        let first = i;
        let last = end;
        if (company) {
          last = legalSuffixEnd(text, i, end, soft);
          // `Ningbo Zhenghai Magnetic Materials Co., Ltd.` (alias `… Material`): the plural `s`
          // belongs to a name that a legal suffix follows.
          if (plural && last === end) {
            let p = next;
            while (p < text.length && isWordAt(text, p)) p++;
            const suffixed = legalSuffixEnd(text, i, p, soft);
            if (suffixed > p) last = suffixed;
          }
        } else if (place) {
          // `England Airpark`, `Texas Instruments`: the place opens another thing's name.
          if (opensLongerName(text, end)) {
            out.length = from;
            return end;
          }
          first = placePrefixStart(text, i, floor);
          last = placeSuffixEnd(text, end);
        } else if (project) last = projectWordEnd(text, withoutProseWord(text, i, end));
        const matched = text.slice(first, last);
        for (let o = from; o < out.length; o++) {
          out[o]!.text = matched;
          out[o]!.start = first;
          out[o]!.end = last;
        }
        return last;
      }
    }
    return -1;
  }

  function scan(text: string, options?: ScanOptions): SpotMatch[] {
    const out: SpotMatch[] = [];
    if (!layers.some((l) => l.trie.child[0]! < l.trie.child[1]!)) return out; // no entities
    const soft = options?.lineBreaks === 'soft';
    const gapMask = soft ? SPACE | LINE : SPACE;
    let prevWord = false;
    let resume = 0;
    let symbols = false;
    let cities = false;
    let capitals = false;
    let possessives = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const k = classOf(c);
      if (k & INVISIBLE) continue;
      const word = k & SURROGATE ? isWordAt(text, i) : (k & WORD) !== 0;
      // A walk starts at a word start, or at a non-space symbol some alias starts with.
      if (i >= resume && !(word && prevWord) && !(k & (SPACE | LINE))) {
        const before = out.length;
        const end = matchAt(text, i, foldCode(c), gapMask, soft, resume, out);
        if (end > 0) resume = end;
        if (out.length > before) {
          if (out[before]!.symbol) symbols = true;
          if (seats.get(out[before]!.entityId) !== undefined) capitals = true;
          if (out[before]!.text.includes("'s ") || out[before]!.text.includes('\u2019s ')) possessives = true;
          // `Ningbo Zhenghai Magnetic Materials`: a city glued before a company (see above).
          const prev = out[before - 1];
          if (
            prev &&
            prev.end + 1 === out[before]!.start &&
            text.charCodeAt(prev.end) === 32 &&
            kinds.get(prev.entityId) === 'region' &&
            kinds.get(out[before]!.entityId) === 'company'
          )
            cities = true;
        }
      }
      prevWord = word;
    }
    const split = possessives ? splitPlacePossessives(text, out, scanner, kinds) : out;
    const kept = symbols ? keepSymbolsInContext(text, split, kinds) : split;
    const joined = cities ? joinCityPrefixes(text, kept, kinds) : kept;
    // After the city join (it reads the capital as a place) and before the page's context rules.
    return capitals ? resolveSeats(text, joined, seats) : joined;
  }

  const scanner: Scanner = { scan };
  return scanner;
}
