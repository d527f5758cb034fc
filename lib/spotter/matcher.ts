/**
 * Lodestone's one matcher: the same code spots entities in the seeds at build time (Node) and in
 * page text in the content script. Pure: strings in, offsets out. See README.md for the rules.
 */
import type { Entity } from '../catalog/schema';
import type { Mention } from '../facts/schema';
import * as caseRules from './case-rules';
import * as chars from './fold';
import * as wordForms from './word-forms';
import * as trie from './trie';
import type { TrieNode } from './trie';

// Local copies: under tsx and vitest (esbuild's module interop) every read of an imported binding
// is a getter call, which made the hot loop 4x slower. Bundled code is unaffected either way.
const { classOf, foldCode, isWordAt } = chars;
const { INVISIBLE, LINE, SPACE, SURROGATE, WORD } = chars;
const { passesCase } = caseRules;
const { isPluralSuffix, skipInvisible } = wordForms;
const { buildTrie, childOf } = trie;

/** A match before the document-level ambiguity rules; `requires` is copied from its alias. */
export interface SpotMatch extends Mention {
  requires?: string[];
}

/** How to read line breaks in the scanned text. */
export interface ScanOptions {
  /**
   * `hard` (default): a line break ends any name, as in normalised article text where `\n`
   * separates paragraphs and headings. `soft`: a line break is just a space, as in a DOM text
   * block, whose source newlines render as spaces (blocks never span two paragraphs anyway).
   */
  lineBreaks?: 'hard' | 'soft';
}

/** The spotter built from one catalog. */
export interface Spotter {
  /** All matches in one string, before document-level ambiguity rules. Non-overlapping, longest wins, sorted by start. */
  scan(text: string, options?: ScanOptions): SpotMatch[];
  /** Applies `requires` rules across a whole document's matches (drops a match whose alias requires an entity not matched unambiguously anywhere in `matches`). Returns plain Mentions. */
  resolveContext(matches: readonly SpotMatch[]): Mention[];
  /** scan + resolveContext on one string. */
  findMentions(text: string, options?: ScanOptions): Mention[];
}

const SPACE_KEY = 32;

/**
 * Builds the spotter for `entities`: a trie over the folded names and aliases, walked from each
 * word start (see README.md for the matching rules and what they cost).
 */
export function createSpotter(entities: readonly Entity[]): Spotter {
  const root: TrieNode = buildTrie(entities);
  // Terminals reached by the current walk: reused between walks, so walking allocates nothing.
  const ends: number[] = [];
  const nodes: TrieNode[] = [];

  /** Emits the longest acceptable match starting at `i`; returns its end, or -1. */
  function matchAt(text: string, i: number, first: TrieNode, gapMask: number, out: SpotMatch[]): number {
    const n = text.length;
    let count = 0;
    let node = first;
    let j = i + 1;
    if (node.out) {
      ends[count] = j;
      nodes[count++] = node;
    }
    while (j < n && node.only !== null) {
      const c = text.charCodeAt(j);
      const k = classOf(c);
      if (k & INVISIBLE) {
        j++; // a soft hyphen or zero-width space inside a name does not break it
        continue;
      }
      let child: TrieNode | undefined;
      if (k & gapMask) {
        child = childOf(node, SPACE_KEY);
        j++;
        while (j < n && classOf(text.charCodeAt(j)) & (gapMask | INVISIBLE)) j++;
      } else {
        child = childOf(node, foldCode(c));
        j++;
      }
      if (!child) break;
      node = child;
      if (node.out) {
        ends[count] = j;
        nodes[count++] = node;
      }
    }
    for (let t = count - 1; t >= 0; t--) {
      const end = ends[t]!;
      const next = skipInvisible(text, end);
      const glued = next < n && isWordAt(text, end - 1) && isWordAt(text, next);
      const from = out.length;
      for (const candidate of nodes[t]!.out!) {
        if (glued && !isPluralSuffix(text, i, next, candidate)) continue;
        if (!passesCase(text, i, end, candidate)) continue;
        let dup = false;
        for (let o = from; o < out.length; o++) if (out[o]!.entityId === candidate.entityId) dup = true;
        if (dup) continue;
        const match: SpotMatch = { entityId: candidate.entityId, text: text.slice(i, end), start: i, end };
        if (candidate.requires) match.requires = candidate.requires;
        out.push(match);
      }
      if (out.length > from) return end;
    }
    return -1;
  }

  function scan(text: string, options?: ScanOptions): SpotMatch[] {
    const out: SpotMatch[] = [];
    if (root.only === null) return out; // no entities
    const gapMask = options?.lineBreaks === 'soft' ? SPACE | LINE : SPACE;
    let prevWord = false;
    let resume = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const k = classOf(c);
      if (k & INVISIBLE) continue;
      const word = k & SURROGATE ? isWordAt(text, i) : (k & WORD) !== 0;
      // A walk starts at a word start, or at a non-space symbol some alias starts with.
      if (i >= resume && !(word && prevWord) && !(k & (SPACE | LINE))) {
        const first = childOf(root, foldCode(c));
        if (first) {
          const end = matchAt(text, i, first, gapMask, out);
          if (end > 0) resume = end;
        }
      }
      prevWord = word;
    }
    return out;
  }

  function resolveContext(matches: readonly SpotMatch[]): Mention[] {
    const present = new Set<string>();
    for (const m of matches) if (!m.requires?.length) present.add(m.entityId);
    const out: Mention[] = [];
    for (const m of matches) {
      if (m.requires?.length && !m.requires.some((id) => present.has(id))) continue;
      out.push({ entityId: m.entityId, text: m.text, start: m.start, end: m.end });
    }
    return out;
  }

  return {
    scan,
    resolveContext,
    findMentions: (text, options) => resolveContext(scan(text, options)),
  };
}
