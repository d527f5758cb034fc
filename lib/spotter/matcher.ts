/**
 * Lodestone's one matcher: the same code spots entities in the seeds at build time (Node) and in
 * page text in the content script. Pure: strings in, offsets out. See README.md for the rules.
 */
import type { Entity, EntityKind } from '../catalog/schema';
import type { MatchEntity } from '../catalog/match-dictionary';
import type { Mention } from '../facts/schema';
import type { Scanner, ScanOptions, SpotMatch } from './types';
import * as caseRules from './case-rules';
import { findDefinitions, type LocalAlias } from './definitions';
import * as chars from './fold';
import { legalSuffixEnd } from './legal-suffix';
import { opensLongerName, placePrefixStart, placeSuffixEnd, projectWordEnd, withoutProseWord } from './place-affix';
import { splitPlacePossessives } from './possessive-split';
import { resolveSeats } from './seats';
import { keepSymbolsInContext } from './symbols';
import { isAnchor, usesFieldWords } from './topic';
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

export type { Scanner, ScanOptions, SpotMatch } from './types';

/** The spotter built from one dictionary. */
export interface Spotter extends Scanner {
  /** Applies `requires` rules across a whole document's matches (drops a match whose alias requires an entity not matched unambiguously anywhere in `matches`). Returns plain Mentions. */
  resolveContext(matches: readonly SpotMatch[]): Mention[];
  /**
   * Whether a document with these matches (before `resolveContext`) and this text is about the
   * field (topic.ts): it names an anchor by a form without context, or uses the field's words.
   * `text` may be omitted when the caller tests the words itself (the content script, per block).
   */
  isAboutField(matches: readonly SpotMatch[], text?: string): boolean;
  /** The short forms and tickers `text` defines after the names matched in it (`definitions.ts`). */
  definitions(text: string, matches: readonly SpotMatch[]): LocalAlias[];
  /** A scanner for an article's own defined forms (an empty one when there are none). */
  local(aliases: readonly LocalAlias[]): Scanner;
  /**
   * scan + the article's defined forms + resolveContext on one string (a whole article): what
   * `kb extract`, saving and the seed build use.
   */
  findMentions(text: string, options?: ScanOptions): Mention[];
}

/** Options of `createSpotter`. */
export interface SpotterOptions {
  /** Phrases that stop shorter names inside them and are not names themselves (`US$`, `gold medal`). */
  stopPhrases?: readonly string[];
  /**
   * Only documents about the field get mentions (topic.ts). On for the product (pages, saving,
   * the seed build); off by default so tests of the matching rules can use one-line texts.
   */
  requireField?: boolean;
}

const SPACE_KEY = 32;
const NO_MATCHES: SpotMatch[] = [];

/**
 * Merges an article's defined-form matches into the shared dictionary's (both sorted, neither
 * overlapping itself): where two overlap the longer wins, the shared one on a tie.
 */
export function mergeMatches(shared: readonly SpotMatch[], local: readonly SpotMatch[]): SpotMatch[] {
  if (!local.length) return shared as SpotMatch[];
  const out: SpotMatch[] = [];
  const dropped = new Set<SpotMatch>();
  let j = 0;
  for (const l of local) {
    while (j < shared.length && shared[j]!.end <= l.start) j++;
    let k = j;
    let longer = false;
    const overlapping: SpotMatch[] = [];
    while (k < shared.length && shared[k]!.start < l.end) {
      overlapping.push(shared[k]!);
      if (shared[k]!.end - shared[k]!.start >= l.end - l.start) longer = true;
      k++;
    }
    if (longer) dropped.add(l);
    else for (const s of overlapping) dropped.add(s);
  }
  let a = 0;
  let b = 0;
  while (a < shared.length || b < local.length) {
    const s = shared[a];
    const l = local[b];
    if (s && (!l || s.start <= l.start)) {
      if (!dropped.has(s)) out.push(s);
      a++;
    } else if (l) {
      if (!dropped.has(l)) out.push(l);
      b++;
    }
  }
  return out;
}

/**
 * Builds the spotter for `entities`: a trie over the folded names, aliases and derived forms,
 * walked from each word start (see README.md for the matching rules and what they cost).
 */
export function createSpotter(entities: readonly (Entity | MatchEntity)[], options: SpotterOptions = {}): Spotter {
  const kinds = new Map<string, EntityKind>();
  const names = new Map<string, string>();
  const countries = new Map<string, string>();
  const anchors = new Set<string>();
  const seats = new Map<string, string>();
  for (const e of entities) {
    if (e.seatOf) seats.set(e.id, e.seatOf);
    kinds.set(e.id, e.kind);
    names.set(e.id, e.name);
    if (e.country) countries.set(e.id, e.country);
    if (isAnchor(e.kind, e.general)) anchors.add(e.id);
  }
  const shared = createScanner(buildTrie(entities, options.stopPhrases), kinds, seats);

  function resolveContext(matches: readonly SpotMatch[]): Mention[] {
    const present = new Set<string>();
    for (const m of matches) {
      if (m.requires?.length) continue;
      present.add(m.entityId);
      // A symbol or list-only word (`Dy`, `tin`) is weak evidence: it vouches for no kind.
      const kind = m.symbol ? undefined : kinds.get(m.entityId);
      if (kind) present.add(`kind:${kind}`);
      // A body of a country names its country: `U.S. Treasury` puts the US in the article.
      const country = countries.get(m.entityId);
      if (country) present.add(country);
    }
    const out: Mention[] = [];
    for (const m of matches) {
      if (m.requires?.length && !m.requires.some((id) => present.has(id))) continue;
      out.push({ entityId: m.entityId, text: m.text, start: m.start, end: m.end });
    }
    return out;
  }

  function isAboutField(matches: readonly SpotMatch[], text?: string): boolean {
    if (!options.requireField) return true;
    for (const m of matches) if (!m.requires?.length && !m.symbol && anchors.has(m.entityId)) return true;
    return text !== undefined && usesFieldWords(text);
  }

  function local(aliases: readonly LocalAlias[]): Scanner {
    if (!aliases.length) return { scan: () => NO_MATCHES };
    const byEntity = new Map<string, MatchEntity>();
    for (const a of aliases) {
      const kind = kinds.get(a.entityId);
      if (!kind) continue;
      const e: MatchEntity = byEntity.get(a.entityId) ?? { id: a.entityId, name: a.text, kind, aliases: [] };
      // Tickers and acronyms exactly as the article wrote them; short names by the name rule.
      e.aliases.push({ text: a.text, case: a.type === 'ticker' || !/\p{Ll}/u.test(a.text) ? 'exact' : 'name', noPlural: true });
      byEntity.set(a.entityId, e);
    }
    // The name is the first defined form again (skipped as a duplicate): only defined forms match.
    return createScanner(buildTrie([...byEntity.values()].map((e) => ({ ...e, name: e.aliases[0]!.text }))), kinds);
  }

  function definitions(text: string, matches: readonly SpotMatch[]): LocalAlias[] {
    return findDefinitions(text, matches, (id) => names.get(id));
  }

  function findMentions(text: string, scanOptions?: ScanOptions): Mention[] {
    const matches = shared.scan(text, scanOptions);
    if (!isAboutField(matches, text)) return [];
    const defined = definitions(text, matches);
    return resolveContext(defined.length ? mergeMatches(matches, local(defined).scan(text, scanOptions)) : matches);
  }

  return { scan: (text, scanOptions) => shared.scan(text, scanOptions), resolveContext, isAboutField, definitions, local, findMentions };
}

/**
 * Chinese and Japanese company names start with their home city (`Ningbo Zhenghai Magnetic
 * Materials`, `Baotou Huamei`): a region match followed by one space and a company match is one
 * mention of the company.
 */
function joinCityPrefixes(text: string, matches: SpotMatch[], kinds: ReadonlyMap<string, EntityKind>): SpotMatch[] {
  const out: SpotMatch[] = [];
  let joined: SpotMatch | undefined;
  for (const m of matches) {
    const prev = out[out.length - 1];
    if (joined && joined.end === m.end && m.start > joined.start && kinds.get(m.entityId) === 'company') {
      // Another entity sharing the company's span: it takes the same joined span.
      m.start = joined.start;
      m.text = joined.text;
    } else if (prev && prev.end + 1 === m.start && text.charCodeAt(prev.end) === 32 && kinds.get(prev.entityId) === 'region' && kinds.get(m.entityId) === 'company') {
      while (out.length && out[out.length - 1]!.start === prev.start && out[out.length - 1]!.end === prev.end) out.pop();
      m.start = prev.start;
      m.text = text.slice(m.start, m.end);
      joined = m;
    }
    out.push(m);
  }
  return out;
}

/** The trie walk over one text (see README.md): longest acceptable match from each word start. */
function createScanner(root: TrieNode, kinds: ReadonlyMap<string, EntityKind>, seats: ReadonlyMap<string, string> = new Map()): Scanner {
  // Terminals reached by the current walk: reused between walks, so walking allocates nothing.
  const ends: number[] = [];
  const nodes: TrieNode[] = [];

  /** Emits the longest acceptable match starting at `i`; returns its end, or -1. */
  function matchAt(text: string, i: number, first: TrieNode, gapMask: number, soft: boolean, floor: number, out: SpotMatch[]): number {
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
      let stopped = false;
      let company = false;
      let place = false;
      let project = false;
      let plural = false;
      for (const candidate of nodes[t]!.out!) {
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
        }
        else if (place) {
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
    if (root.only === null) return out; // no entities
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
        const first = childOf(root, foldCode(c));
        if (first) {
          const before = out.length;
          const end = matchAt(text, i, first, gapMask, soft, resume, out);
          if (end > 0) resume = end;
          if (out.length > before) {
            if (out[before]!.symbol) symbols = true;
            if (seats.has(out[before]!.entityId)) capitals = true;
            if (out[before]!.text.includes("'s ") || out[before]!.text.includes('\u2019s ')) possessives = true;
            // `Ningbo Zhenghai Magnetic Materials`: a city glued before a company (see below).
            const prev = out[before - 1];
            if (prev && prev.end + 1 === out[before]!.start && text.charCodeAt(prev.end) === 32 && kinds.get(prev.entityId) === 'region' && kinds.get(out[before]!.entityId) === 'company') cities = true;
          }
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
