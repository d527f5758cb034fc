/**
 * The trie walk over one text (see README.md): from each word start, the longest acceptable match.
 * It walks every layer (`layers.ts`) in step over the same characters, so a longer name in one
 * layer beats a shorter one in another, and candidates ending at the same place are tried seed
 * first, as if the layers were one trie.
 */
import type { EntityKind } from '../catalog/schema';
import * as caseRules from './case-rules';
import * as chars from './fold';
import { companyNameEnd, legalPrefixStart, legalSuffixEnd } from './legal-suffix';
import { isLocalId } from './local-names';
import { candidateOf, type EntityIndex, type Layer } from './layers';
import { WIDE, type CompiledTrie } from './compiled-trie';
import {
  adjectivalPlace,
  closesLongerName,
  exPrefixed,
  opensLongerName,
  opensParticleName,
  placePrefixStart,
  placeSuffixEnd,
  projectWordEnd,
  withoutProseWord,
} from './place-affix';
import { splitPlacePossessives } from './possessive-split';
import { namedAsPlace, resolveSeats } from './seats';
import { addDatelineCodes } from './dateline-codes';
import { isLetter, wordCharAt } from './word-edge';
import { isFieldContext, namedAsCommodity, namedInProse, namesMineralClass, opensProperName } from './commodity-context';
import { keepSymbolsInContext } from './symbols';
import type { Scanner, ScanOptions, SpotMatch } from './types';
import * as wordForms from './word-forms';

// Local copies: under tsx and vitest (esbuild's module interop) every read of an imported binding
// is a getter call, which made the hot loop 4x slower. Bundled code is unaffected either way.
const { classOf, foldCode, isWordAt } = chars;
const { INVISIBLE, LINE, SPACE, SURROGATE, WORD, KNOWN, CLASS_TABLE, FOLD_TABLE } = chars;
const { passesCase } = caseRules;
const { isPluralSuffix, skipInvisible } = wordForms;

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

/**
 * A year or span of years written after a law's or plan's name is part of its title: `the Mining
 * Act, 2016`, `the Québec Plan for the Development of Critical and Strategic Minerals 2020-2025`,
 * `the New Industrial Master Plan 2030` (corpus annotators marked them so). Only after a name of
 * several words; the comma form only after an Act (`the IRA, 2023 saw…` is a clause). `of 2022`
 * is not read: annotators split on it (`the Atomic Energy Act of 1962` was marked without it four
 * times, and with it only where the dictionary writes it so).
 */
const YEAR_AFTER = /^(?:,\s|\s)(?:19|20)\d\d(?:\s?[-\u2013]\s?(?:19|20)?\d\d)?(?![\p{L}\p{N}]|[-\u2013.,/]\d)/u;

/** Where a policy's name ending at `end` ends with its year (`end` when none follows). */
function policyYearEnd(text: string, start: number, end: number): number {
  const c = text.charCodeAt(end);
  if (c !== 32 && c !== 44) return end;
  const y = YEAR_AFTER.exec(text.slice(end, end + 20));
  if (!y || !text.slice(start, end).includes(' ')) return end;
  if (c === 44 && !/\bAct$/.test(text.slice(start, end))) return end;
  return end + y[0].length;
}

/**
 * A state's formal title after a body's or a law's name is part of it, as official texts write
 * them: `General Administration of Customs of the People's Republic of China`, `Export Control Law
 * of the People's Republic of China`, `Ministry of Energy of the Russian Federation`, `… of the
 * Republic of Korea` (the corpora marked them whole).
 */
const STATE_TITLE =
  /^ of the (?:People['’]s Republic of China|Russian Federation|(?:(?:Democratic|Islamic|Federal|Federative|United|Socialist|Arab|Plurinational|Bolivarian|Kyrgyz|Oriental|Argentine|Hellenic|Slovak|Czech|Italian|French|Portuguese)\s)?(?:Republic|Kingdom|Federation|Commonwealth|Sultanate|State) of (?:the\s)?\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)(?![\p{L}\p{N}])/u;

/** Where a body's name ending at `end` ends with its state's formal title (`end` when none follows). */
function stateTitleEnd(text: string, end: number): number {
  if (text.charCodeAt(end) !== 32 || text.charCodeAt(end + 1) !== 111 || text.charCodeAt(end + 2) !== 102) return end; // ' of'
  const m = STATE_TITLE.exec(text.slice(end, end + 72));
  return m ? end + m[0].length : end;
}

/** A hydrate's water after a formula (`·H2O`, `·2H₂O`, with a middle dot or a bullet), as one name with it. */
const HYDRATE = /^ ?[\u00b7\u2022\u2219\u22c5] ?\d{0,2} ?H(?:2|\u2082)O(?![\p{L}\p{N}])/u;

/** Where a formula ending at `end` ends with its hydrate's water (`end` when none follows). */
function hydrateEnd(text: string, end: number): number {
  const c = text.charCodeAt(text.charCodeAt(end) === 32 ? end + 1 : end);
  if (c !== 0xb7 && c !== 0x2022 && c !== 0x2219 && c !== 0x22c5) return end;
  const m = HYDRATE.exec(text.slice(end, end + 10));
  return m ? end + m[0].length : end;
}

/** The word after a name that makes it a division's (`the Atacama region`): not `regional`, `provincial`. */
const DIVISION_AFTER = /^ (region|province)(?![\p{L}\p{N}])/u;

/**
 * After a town: more towns joined by commas and `and` (group 1, when any), then one plural head (group 2):
 * ` and Hobart smelters`, `, Rudna and Polkowice mines`; or the head right after the last town (` smelters`).
 */
const SHARED_SITE_HEAD =
  /^((?:,\s*|\s+(?:and|&)\s+)\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?(?:(?:,\s*|\s+(?:and|&)\s+)\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?)*)?\s(smelters|refineries|plants|mines|mills|works|concentrators)(?![\p{L}\p{N}])/u;

/** The singular of a plural site head. */
const SINGULAR_HEAD: Readonly<Record<string, string>> = {
  smelters: 'smelter',
  refineries: 'refinery',
  plants: 'plant',
  mines: 'mine',
  mills: 'mill',
  works: 'works',
  concentrators: 'concentrator',
};
/** Kinds a number after a hyphen takes a name away from. */
const PLACE_KINDS: ReadonlySet<string> = new Set(['region', 'country']);
/** What closes an address after its state: a comma, a stop, a bracket, the line's end. */
const ADDRESS_END = /^(?:[,.;:)]|\n|$)/;

/**
 * Whether one to three capitalised words end right before the comma at `comma` (a town: `Moses
 * Lake`, `Zürich`), themselves not after another comma (an item of a list). Read in code: a Unicode
 * class in an expression is machine code kept in every tab (see `word-edge.ts`).
 */
function townBefore(text: string, comma: number): boolean {
  let start = -1;
  for (let end = comma, words = 0; words < 3; words++) {
    let i = end;
    while (i > 0 && (isLetter(text.charCodeAt(i - 1)) || NAME_MARKS.includes(text[i - 1]!))) i--;
    const first = text[i];
    if (i === end || first === undefined || first === first.toLowerCase() || wordCharAt(text, i - 1)) break;
    start = i;
    if (text[i - 1] !== ' ') break;
    end = i - 1;
  }
  return start >= 0 && !/,\s*$/.test(text.slice(Math.max(0, start - 3), start));
}

/** Marks a town's name may hold between its letters (`Sainte-Anne`, `St. John's`). */
const NAME_MARKS = "'’.-";

/** A material's form word ending a name: `Tb oxides`, `NdPr metal` (one word before it, no hyphen: `platinum-group metals` is a group). */
const FORM_ENDING = /^[^\s-]+\s(?:oxides?|metals?)$/i;
/** What joins the two names of a pair: `/`, ` and `, ` or `, ` & ` (a comma's list names products: `Nd, yttrium oxide`). */
const PAIRED = /^(?:\s?\/\s?|\s+(?:and|or|&)\s+)$/;

/**
 * `Dy and Tb oxides`, `neodymium and praseodymium metal`: after a bare material and a conjunction,
 * a form word is the pair's shared head, so the name before it is the element alone (42 of 42
 * such pairs in the recall corpora were marked so). A first name with its own form (`Dy oxide and
 * Tb oxide`) shares nothing; `spodumene and lithium hydroxide` names a product (not a form word),
 * `nickel and platinum group metals` a group (three words), as is `cobalt and platinum-group metals`.
 */
function sharesHead(text: string, i: number, end: number, prev: SpotMatch | undefined, kinds: Lookup<EntityKind>): boolean {
  // A formula before (`Al2O3 or zirconium oxide`) is a compound of its own, not an element.
  if (!prev || prev.end > i || i - prev.end > 6 || /[\s\d]/.test(prev.text) || kinds.get(prev.entityId) !== 'material') return false;
  return FORM_ENDING.test(text.slice(i, end)) && PAIRED.test(text.slice(prev.end, i));
}

/** Whether the matches from `from` on (one span) hold both a region and a project. */
function hasTownAndPlant(out: readonly SpotMatch[], from: number, kinds: Lookup<EntityKind>): boolean {
  let region = false;
  let project = false;
  for (let i = from; i < out.length; i++) {
    const k = kinds.get(out[i]!.entityId);
    if (k === 'region') region = true;
    else if (k === 'project') project = true;
  }
  return region && project;
}

/** Up to two capitalised words, then the head of a body's name: `Community Trust`, `Development Fund` (after a project's name). */
const BODY_AFTER = /^(?: [A-Z][a-z]+){0,2} (?:Trust|Foundation|Fund|Association|Society|Council|Committee|Forum|Cooperative|Co-operative|Partnership)\b/;

/**
 * A reading that needs no context beside conditional readings of its span stands alone (`Ottawa and
 * Victoria signed`: British Columbia's government, its condition lifted by seats.ts, not also
 * Australia's state). Here, where every block's and every article's matches pass, so the page and
 * `kb extract` read it alike. Matches are sorted by start.
 */
function soleUnconditional(matches: SpotMatch[]): SpotMatch[] {
  let out: SpotMatch[] | undefined;
  for (let i = 0; i < matches.length;) {
    let j = i + 1;
    while (j < matches.length && matches[j]!.start === matches[i]!.start && matches[j]!.end === matches[i]!.end) j++;
    if (j - i > 1) {
      const span = matches.slice(i, j);
      if (span.some((m) => !m.requires?.length) && span.some((m) => m.requires?.length)) {
        out ??= matches.slice(0, i);
        for (const m of span) if (!m.requires?.length) out.push(m);
        i = j;
        continue;
      }
    }
    if (out) for (let x = i; x < j; x++) out.push(matches[x]!);
    i = j;
  }
  return out ?? matches;
}

/** Whether a match from `from` on (one span), or a reading set aside for one, is a capital with a seat. */
function seatedReading(out: readonly SpotMatch[], from: number, index: EntityIndex): boolean {
  for (let i = from; i < out.length; i++) {
    const m = out[i]!;
    if (index.seatOf(m.entityId) !== undefined) return true;
    for (const o of m.otherwise ?? []) if (index.seatOf(o.entityId) !== undefined) return true;
  }
  return false;
}

/**
 * A place the dictionary reads only in context (`Charleston` beside West Virginia), written with
 * another place after a comma (`Charleston, Tennessee`), is the town of that other place: that
 * reading is dropped, whatever else the article names. A reading beside a country keeps any place
 * of that country after it (a town, then its province); a reading beside states or other places
 * keeps only those (`Rochester, New York`). A reading beside no place (`Gilbert` beside Li-Cycle)
 * is not read against the place after it.
 */
function dropPlacedElsewhere(text: string, matches: SpotMatch[], kinds: Lookup<EntityKind>, index: EntityIndex): SpotMatch[] {
  const placeAt = new Map<number, string[]>();
  for (const m of matches) if (PLACE_KINDS.has(kinds.get(m.entityId) ?? '')) placeAt.set(m.start, [...(placeAt.get(m.start) ?? []), m.entityId]);
  return matches.filter((m) => {
    if (!m.requires?.length || kinds.get(m.entityId) !== 'region' || text.charCodeAt(m.end) !== 44 || text.charCodeAt(m.end + 1) !== 32) return true;
    const after = placeAt.get(m.end + 2);
    if (!after) return true;
    // Read beside no place (`Gilbert` beside Li-Cycle), the place after it says nothing against it.
    if (!m.requires.some((id) => id !== m.entityId && PLACE_KINDS.has(kinds.get(id) ?? ''))) return true;
    const own = index.get(m.entityId)?.country;
    const byCountry = m.requires.some((id) => kinds.get(id) === 'country');
    return after.some(
      (id) => m.requires!.includes(id) || id === own || id === m.entityId || (byCountry && own !== undefined && index.get(id)?.country === own),
    );
  });
}

/** A lower-case word for a settlement, then `of`, before a name: `the town of `, `the port city of `. */
const SETTLEMENT_OF = /(?:^|[^\p{L}\p{N}])(?:port|city|town|village|hamlet|municipality) of\s+$/u;

/**
 * `west of the town of Séguéla`, `near the port city of Toliara`, `the village of Chelopech`: the
 * name after a word for a settlement is the place, never the mine, company or project named after
 * it (the recall corpora mark 13 of 13 such names as the place). Its other readings are dropped;
 * a place reading of the span stays.
 */
function settlementNamed(text: string, matches: SpotMatch[], kinds: Lookup<EntityKind>): SpotMatch[] {
  const dropped = (m: SpotMatch): boolean =>
    m.start > 3 &&
    text.charCodeAt(m.start - 1) === 32 &&
    text.startsWith('of', m.start - 3) &&
    !PLACE_KINDS.has(kinds.get(m.entityId) ?? '') &&
    SETTLEMENT_OF.test(text.slice(Math.max(0, m.start - 24), m.start));
  // Every block of a page passes here: a new array only where a reading goes.
  return matches.some(dropped) ? matches.filter((m) => !dropped(m)) : matches;
}

/** Weekdays and months, which follow a name in prose (`Marwood said Tuesday`) without extending it. */
const DATE_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** True when the one-word form at `[i, end)` is followed by a space and a capitalised word that is no date. */
function opensAnotherName(text: string, i: number, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false;
  const next = text.charCodeAt(end + 1);
  if (next < 65 || next > 90) return false;
  for (let k = i; k < end; k++) if (text.charCodeAt(k) === 32) return false;
  const m = /^[A-Z][a-z]+/.exec(text.slice(end + 1, end + 16));
  return m !== null && !DATE_WORD.test(m[0]);
}

/** True when every match in `matches[i..j)` needs context (`requires`). */
function allConditional(matches: readonly SpotMatch[], i: number, j: number): boolean {
  for (let x = i; x < j; x++) if (!matches[x]!.requires?.length) return false;
  return true;
}

/**
 * A town and the plant named after it share a span (`Narva`, `Lacq`, `Seadrift`): after a word of
 * place (`its plant in Narva`, `the refinery at Lacq`, `off Minamitorishima`) it is the town; else
 * (`the Narva line`, `Seadrift's permit`) the plant. Other spans are left as they are.
 */
function townOrPlant(text: string, matches: SpotMatch[], kinds: Lookup<EntityKind>): SpotMatch[] {
  const out: SpotMatch[] = [];
  for (let i = 0; i < matches.length;) {
    let j = i + 1;
    while (j < matches.length && matches[j]!.start === matches[i]!.start && matches[j]!.end === matches[i]!.end) j++;
    if (j - i > 1 && hasTownAndPlant(matches.slice(i, j), 0, kinds)) {
      const place = namedAsPlace(text, matches[i]!.start, matches[i]!.end);
      const drop: EntityKind = place ? 'project' : 'region';
      const dropped = matches.slice(i, j).filter((m) => kinds.get(m.entityId) === drop);
      // Readings that all wait on context keep the others as a fallback (`La Paz`: the project by
      // the words around it, but Bolivia's city in an article that names Bolivia, not the project's company).
      const fallback = allConditional(matches, i, j);
      for (let x = i; x < j; x++) if (kinds.get(matches[x]!.entityId) !== drop) out.push(fallback ? { ...matches[x]!, otherwise: dropped } : matches[x]!);
    } else for (let x = i; x < j; x++) out.push(matches[x]!);
    i = j;
  }
  return out;
}

/**
 * The child of node `k` whose label starts with unit `c`, or −1 (`childStartingWith` over a layer's
 * Int32 arrays). `wide`: the units that `WIDE` stands for in `labels` (the seed's trie), or undefined.
 */
function childOf(child: Int32Array, label: Int32Array, labels: string, wide: ReadonlyMap<number, number> | undefined, k: number, c: number): number {
  let lo = child[k]!;
  let hi = child[k + 1]! - 1;
  // Most nodes have one or two children: scan those; binary search the wide ones (the root).
  if (hi - lo < 8) {
    for (let x = lo; x <= hi; x++) {
      const u = labels.charCodeAt(label[x]!);
      if (u === c || (u === WIDE && wide !== undefined && wide.get(label[x]!) === c)) return x;
    }
    return -1;
  }
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    let u = labels.charCodeAt(label[mid]!);
    if (u === WIDE && wide !== undefined) u = wide.get(label[mid]!) ?? u;
    if (u === c) return mid;
    if (u < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * A scanner over `layers` (walked as one trie). `index` tells the entities' kinds (and, with
 * `seats`, which capitals stand for their government: the shared dictionary's scanner; an
 * article's own forms never do).
 */
export function createScanner(layers: readonly Layer[], index: EntityIndex, seats: boolean): Scanner {
  return new LayerScanner(layers, index, seats);
}

/** The longest form of each trie, measured once (a page's seed serves every scanner made on it). */
const longestForms = new WeakMap<CompiledTrie, number>();

/** The length of the longest form in `t` (in the packed text's units: never shorter than the form). */
function longestForm(t: CompiledTrie): number {
  let longest = longestForms.get(t);
  if (longest !== undefined) return longest;
  longest = 0;
  const form = t.form;
  for (let c = 0; c + 1 < form.length; c++) longest = Math.max(longest, form[c + 1]! - form[c]!);
  longestForms.set(t, longest);
  return longest;
}

/**
 * The scanner as a class, not closures, and every scanner given the same kinds of lookups: every
 * scanner a page makes (the shared dictionary's, the page's defined forms', its own names') then
 * runs the same optimised code. Closures made per scanner, and lookups of different shapes
 * (a Map here, an index there), made V8 throw that code away at the first scan of a page's defined
 * forms, which then cost several times a scan of the same text.
 */
class LayerScanner implements Scanner {
  private readonly L: number;
  // Sized once (a walk passes at most one terminal per unit of the longest key of each layer), so
  // no store ever grows them: a growing store is a deopt of the walk's optimised code.
  private readonly ends: Int32Array;
  private readonly termLayer: Int32Array;
  private readonly termNode: Int32Array;
  /** 1 where some layer's root has a child for the (folded) ASCII unit. */
  private readonly rootAny = new Uint8Array(128);
  /** Whether any layer has an entity at all. */
  private readonly empty: boolean;
  private readonly kinds: Lookup<EntityKind>;
  private readonly seatLookup: Lookup<string>;

  constructor(
    private readonly layers: readonly Layer[],
    private readonly index: EntityIndex,
    private readonly seats: boolean,
  ) {
    this.L = layers.length;
    this.kinds = index.kinds;
    this.seatLookup = index.seats; // asked only when `seats`
    let terminals = 1;
    for (const layer of layers) terminals += longestForm(layer.trie);
    this.ends = new Int32Array(terminals);
    this.termLayer = new Int32Array(terminals);
    this.termNode = new Int32Array(terminals);
    for (const layer of layers) for (let c = 0; c < 128; c++) if (layer.rootAscii[c]! >= 0) this.rootAny[c] = 1;
    this.empty = !layers.some((l) => l.trie.child[0]! < l.trie.child[1]!);
  }

  /**
   * Walks one layer's trie from `i` (first unit folded to `c0`) as far as the text follows it, and
   * appends the terminals it passes to `ends`/`termLayer`/`termNode` from `count`; returns the new
   * count. Each layer is walked on its own (the layers are independent tries over the same
   * characters), so the common single-layer walk has no inner loop over layers.
   */
  private walkLayer(l: number, text: string, i: number, c0: number, gapMask: number, count: number): number {
    const { ends, termLayer, termNode } = this;
    const layer = this.layers[l]!;
    const child = layer.child;
    const label = layer.label;
    const outs = layer.out;
    const labels = layer.trie.labels;
    const wide = layer.trie.wide;
    let k = c0 < 128 ? layer.rootAscii[c0]! : childOf(child, label, labels, wide, 0, c0);
    if (k < 0) return count;
    let pos = label[k]! + 1;
    let lim = label[k + 1]!;
    let j = i + 1;
    if (pos === lim && outs[k]! < outs[k + 1]!) {
      ends[count] = j;
      termLayer[count] = l;
      termNode[count++] = k;
    }
    const n = text.length;
    while (j < n) {
      // Stop at a leaf.
      if (pos === lim && child[k] === child[k + 1]) break;
      const c = text.charCodeAt(j);
      let cls = CLASS_TABLE[c]!;
      if (!(cls & KNOWN)) cls = classOf(c);
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
        key = FOLD_TABLE[c]!;
        j++;
      }
      if (pos < lim) {
        const u = labels.charCodeAt(pos);
        if (u !== key && (u !== WIDE || wide === undefined || wide.get(pos) !== key)) break;
        pos++;
      } else {
        k = childOf(child, label, labels, wide, k, key);
        if (k < 0) break;
        pos = label[k]! + 1;
        lim = label[k + 1]!;
      }
      if (pos === lim && outs[k]! < outs[k + 1]!) {
        ends[count] = j;
        termLayer[count] = l;
        termNode[count++] = k;
      }
    }
    return count;
  }

  /** Emits the longest acceptable match starting at `i` (first unit folded to `c0`); returns its end, or −1. */
  private matchAt(text: string, i: number, c0: number, gapMask: number, soft: boolean, floor: number, out: SpotMatch[]): number {
    const { ends, termLayer, termNode } = this;
    let count = this.walkLayer(0, text, i, c0, gapMask, 0);
    for (let l = 1; l < this.L; l++) {
      const from = count;
      count = this.walkLayer(l, text, i, c0, gapMask, count);
      // Merge this layer's terminals (sorted by end) into the earlier layers': by end, earlier layer first.
      for (let x = from; x < count; x++) {
        const e = ends[x]!;
        const tl = termLayer[x]!;
        const tn = termNode[x]!;
        let y = x;
        while (y > 0 && ends[y - 1]! > e) {
          ends[y] = ends[y - 1]!;
          termLayer[y] = termLayer[y - 1]!;
          termNode[y] = termNode[y - 1]!;
          y--;
        }
        ends[y] = e;
        termLayer[y] = tl;
        termNode[y] = tn;
      }
    }
    return count ? this.accept(text, i, count, soft, floor, out) : -1;
  }

  /** Tries the `count` terminals of a walk from `i`, longest first; emits the first acceptable match and returns its end, or −1. */
  private accept(text: string, i: number, count: number, soft: boolean, floor: number, out: SpotMatch[]): number {
    const { ends, termLayer, termNode, layers } = this;
    const n = text.length;
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
      let introduced = false;
      let place = false;
      let project = false;
      let material = false;
      let policy = false;
      let plural = false;
      for (let u = g; u <= t; u++) {
        const layer = layers[termLayer[u]!]!;
        const mask = layer.mask;
        const node = termNode[u]!;
        for (let ci = layer.out[node]!, last = layer.out[node + 1]!; ci < last; ci++) {
          if (mask !== null && mask[ci] === 1) continue;
          const candidate = candidateOf(layer, ci);
          if (glued) {
            if (!isPluralSuffix(text, i, next, candidate)) continue;
            plural = true;
          }
          if (!passesCase(text, i, end, candidate)) continue;
          // `FCA Europe, $/t`: a trade term before its place in a price line, not the regulator.
          if (candidate.acronym && !candidate.stop && tradeTerm(text, i, end)) continue;
          if (candidate.stop) {
            stopped = true;
            continue;
          }
          // `an inquiry led by Aung San Suu Kyi`: one word of a person the article introduces opens
          // another person's longer name here, not a mention of that person.
          if (candidate.kind === 'person' && isLocalId(candidate.entityId) && opensAnotherName(text, i, end)) continue;
          let dup = false;
          for (let o = from; o < out.length; o++) if (out[o]!.entityId === candidate.entityId) dup = true;
          if (dup) continue;
          const match: SpotMatch = { entityId: candidate.entityId, text: '', start: i, end };
          // `nickel ore`, `refined cobalt`: a common word that is a material stands alone beside its market.
          const commodity =
            candidate.kind === 'material' && candidate.requires !== undefined && isFieldContext(candidate.requires) && namedAsCommodity(text, i, end);
          if (candidate.requires && !commodity) match.requires = candidate.requires;
          // `LME tin`, `tin output`: a list-only word beside its market is the commodity, in a list or not.
          if (candidate.symbol && !commodity) match.symbol = true;
          // A state company the dictionary files as a body (`Khanij Bidesh India Ltd`) takes its suffix too.
          if (candidate.kind === 'company' || candidate.kind === 'government') company = true;
          // A name the article introduces may be a subsidiary named with its place (`… (USA) Inc.`).
          if (candidate.kind === 'company' && isLocalId(candidate.entityId)) introduced = true;
          else if (candidate.kind === 'country' || candidate.kind === 'region') place = true;
          else if (candidate.kind === 'project') project = true;
          else if (candidate.kind === 'material') material = true;
          else if (candidate.kind === 'policy') policy = true;
          out.push(match);
        }
      }
      t = g - 1;
      if (stopped && out.length === from) return end;
      if (out.length > from) {
        // A company's legal suffix belongs to its name (`REalloys Inc.`, `Lynas Rare Earths Ltd`);
        // a place's government is the place acting (`Government of Saskatchewan`, `Ohio Government`).
        let first = i;
        let last = end;
        if (company) {
          first = legalPrefixStart(text, i, floor);
          last = stateTitleEnd(text, companyNameEnd(text, i, end, soft, { subsidiary: introduced }));
          // `Ningbo Zhenghai Magnetic Materials Co., Ltd.` (alias `… Material`): the plural `s`
          // belongs to a name that a legal suffix follows.
          if (plural && last === end) {
            let p = next;
            while (p < text.length && isWordAt(text, p)) p++;
            const suffixed = legalSuffixEnd(text, i, p, soft);
            if (suffixed > p) last = suffixed;
          }
        } else if (place) {
          // `England Airpark`, `Texas Instruments`, `San José de Valdeflórez`: the place opens another
          // thing's name (`Innovation Norway` closes one); `ex-China` (prices outside China) is no
          // mention of the place, nor is `the Saudi side` (an adjective).
          if (opensLongerName(text, end) || opensParticleName(text, end) || closesLongerName(text, i) || exPrefixed(text, i) || adjectivalPlace(text, i, end)) {
            out.length = from;
            return end;
          }
          first = placePrefixStart(text, i, floor);
          last = placeSuffixEnd(text, end);
        } else if (project) {
          // `Keliber Oy`, `NPM Silmet OÜ`: a project's name before a legal suffix is its company's;
          // `the Platreef Community Trust`: before a body's head, the body's.
          if (legalSuffixEnd(text, i, end, soft) > end || BODY_AFTER.test(text.slice(end, end + 40))) {
            out.length = from;
            return end;
          }
          last = projectWordEnd(text, withoutProseWord(text, i, end), i);
        } else if (material) {
          // `in Silver Spring, Maryland`: a metal's word opening another proper name in prose; `its
          // Boron operation`, `the town of Boron`: a metal's word capitalised mid-sentence names a place.
          if (opensProperName(text, i, end) || namedInProse(text, i, end) || namesMineralClass(text, i, end)) {
            out.length = from;
            return end;
          }
          // `Dy and Tb oxides`: the form is the pair's, so the second is its element (a shorter terminal).
          if (t >= 0 && sharesHead(text, i, end, out[from - 1], this.kinds)) {
            out.length = from;
            continue;
          }
          // A hydrate's water belongs to its formula: `LiOH·H2O`, `MnSO4·H2O`.
          last = hydrateEnd(text, end);
        } else if (policy) {
          last = policyYearEnd(text, i, stateTitleEnd(text, end));
        }
        // `PGMs`, `oxides`: the plural's ending belongs to the mention, which never stops inside a word.
        if (plural && last === end) while (last < text.length && isWordAt(text, last)) last++;
        // `The Quartz Corp`, `The Netherlands`: a name's leading article is the sentence's, not the
        // name's (annotators never mark it).
        if (first === i && last - first > 4 && leadingArticle(text, first)) first += 4;
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

  scan(text: string, options?: ScanOptions): SpotMatch[] {
    const out: SpotMatch[] = [];
    if (this.empty) return out; // no entities
    const { rootAny, seats, kinds, index } = this;
    const soft = options?.lineBreaks === 'soft';
    const gapMask = soft ? SPACE | LINE : SPACE;
    let prevWord = false;
    let resume = 0;
    let symbols = false;
    let cities = false;
    let capitals = false;
    let possessives = false;
    let sites = false;
    let numbered = false;
    let conditionalPlaces = false;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      let k = CLASS_TABLE[c]!;
      if (!(k & KNOWN)) k = classOf(c);
      if (k & INVISIBLE) continue;
      const word = k & SURROGATE ? isWordAt(text, i) : (k & WORD) !== 0;
      // A walk starts at a word start, or at a non-space symbol some alias starts with (and only
      // where some layer's root has a child for it: most ASCII units of a page start no name).
      if (i >= resume && !(word && prevWord) && !(k & (SPACE | LINE)) && (c >= 128 || rootAny[FOLD_TABLE[c]!] === 1)) {
        const before = out.length;
        const end = this.matchAt(text, i, c < 128 ? FOLD_TABLE[c]! : foldCode(c), gapMask, soft, resume, out);
        if (end > 0) resume = end;
        // A walk that ends with no match read past a stop phrase.
        if (end > 0 && out.length === before) options?.stops?.push(i, end);
        if (out.length > before) {
          if (out[before]!.symbol) symbols = true;
          // `Dushanbe-2`: a number after a hyphen makes a place's name another thing's (see below).
          if (text.charCodeAt(end) === 45 && (text.charCodeAt(end + 1) ^ 48) < 10) numbered = true;
          // Any reading of the span, or one set aside for it (`Kingston`, Ontario's city or Jamaica's
          // capital): the first alone left a shared capital unread in a paragraph naming no other.
          if (seats && !capitals) capitals = seatedReading(out, before, index);
          if (out[before]!.text.includes("'s ") || out[before]!.text.includes('\u2019s ')) possessives = true;
          // A place read only in context, then a comma (`Charleston, Tennessee`): see dropPlacedElsewhere.
          if (!conditionalPlaces && text.charCodeAt(end) === 44)
            for (let x = before; x < out.length; x++) if (out[x]!.requires?.length && kinds.get(out[x]!.entityId) === 'region') conditionalPlaces = true;
          // A town and the plant named after it, on one span (see townOrPlant).
          if (out.length - before > 1 && !sites) sites = hasTownAndPlant(out, before, kinds);
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
    // A place's name numbered after a hyphen names a plant, a block or a satellite (`the Dushanbe-2
    // power plant`, `Kola-2`), not the place.
    const named = numbered
      ? out.filter((m) => !(text.charCodeAt(m.end) === 45 && (text.charCodeAt(m.end + 1) ^ 48) < 10 && PLACE_KINDS.has(kinds.get(m.entityId) ?? '')))
      : out;
    const sited = settlementNamed(text, sites ? townOrPlant(text, named, kinds) : named, kinds);
    const split = possessives ? splitPlacePossessives(text, sited, this, kinds) : sited;
    const kept = symbols ? keepSymbolsInContext(text, split, kinds) : split;
    const joined = cities ? joinCityPrefixes(text, kept, kinds) : kept;
    // After the city join (it reads the capital as a place) and before the page's context rules.
    const seated = soleUnconditional(capitals ? resolveSeats(text, joined, this.seatLookup, (id) => index.get(id)?.country) : joined);
    // The shared dictionary's scanner (the one with seats) reads a dateline's state code, and a
    // name before the word `region` or `province` as the division of that name.
    const final = seats ? this.divisions(text, addDatelineCodes(text, seated, kinds, soft)) : seated;
    // After the divisions: `Rochester, New York` names the state there.
    return conditionalPlaces ? dropPlacedElsewhere(text, final, kinds, index) : final;
  }

  /**
   * `Chile's Atacama region`, `the Antofagasta region`, `Almaty region`: a name followed by the
   * word `region` or `province` in lower case is the division the dictionary names `Atacama Region`
   * (not the desert, the city or the company of the same name), where it has one. The span stays
   * the name's: annotators and readers take the word after as prose.
   */
  private divisions(text: string, matches: SpotMatch[]): SpotMatch[] {
    let merged = false;
    for (let i = 0; i < matches.length;) {
      let j = i + 1;
      while (j < matches.length && matches[j]!.start === matches[i]!.start && matches[j]!.end === matches[i]!.end) j++;
      const division = this.divisionAfter(text, matches[i]!) ?? this.stateOfAddress(text, matches[i]!) ?? this.sharedSiteHead(text, matches[i]!);
      if (division)
        for (let x = i; x < j; x++) {
          const m = matches[x]!;
          m.entityId = division;
          m.requires = undefined;
          m.otherwise = undefined;
          merged ||= x > i;
        }
      i = j;
    }
    // Several readings of one span (`Antofagasta`: the company, the city) are one division now.
    if (!merged) return matches;
    return matches.filter((m, i) => {
      const p = matches[i - 1];
      return !p || p.start !== m.start || p.end !== m.end || p.entityId !== m.entityId;
    });
  }

  /**
   * `Rochester, New York,` and `Moses Lake, Washington.`: a city's name after a town and a comma,
   * closing the address, is the state the dictionary names `New York State` or `Washington State`
   * (bare, the names are the cities). Not an item of a list (`Boston, New York and Chicago`).
   */
  private stateOfAddress(text: string, m: SpotMatch): string | undefined {
    if (text.charCodeAt(m.start - 2) !== 44 || text.charCodeAt(m.start - 1) !== 32 || this.kinds.get(m.entityId) !== 'region') return undefined;
    if (!ADDRESS_END.test(text.slice(m.end, m.end + 2))) return undefined;
    if (!townBefore(text, m.start - 2)) return undefined;
    const name = `${m.text} State`;
    const whole = this.scan(name).find((x) => x.start === 0 && x.end === name.length && !x.requires?.length);
    return whole && whole.entityId !== m.entityId && this.kinds.get(whole.entityId) === 'region' ? whole.entityId : undefined;
  }

  /** The division named by `m`'s name and the word `region` or `province` right after it, if the dictionary has one. */
  /** True while `sharedSiteHead` reads a site's form, so that reading asks nothing of its own. */
  private readingSite = false;

  /**
   * `the Port Pirie and Hobart smelters`: towns joined before one plural head each name their site,
   * when the dictionary holds it under the town's name and the singular head (`Hobart smelter`).
   * The span stays the town's, as annotators mark it (blind-137).
   */
  private sharedSiteHead(text: string, m: SpotMatch): string | undefined {
    if (this.readingSite || this.kinds.get(m.entityId) !== 'region') return undefined;
    const c = text.charCodeAt(m.end);
    if (c !== 32 && c !== 44) return undefined; // ' ', ','
    const after = SHARED_SITE_HEAD.exec(text.slice(m.end, m.end + 80));
    if (!after) return undefined;
    if (!after[1] && c !== 32) return undefined;
    // The site's form read whole; its mention ends before the head, which is prose (`withoutProseWord`).
    const name = `${m.text} ${SINGULAR_HEAD[after[2]!]}`;
    // Not again inside that reading (`works` is its own singular).
    this.readingSite = true;
    let read: SpotMatch[];
    try {
      read = this.scan(name);
    } finally {
      this.readingSite = false;
    }
    const site = read.find((x) => x.start === 0 && x.end === m.text.length && !x.requires?.length && this.kinds.get(x.entityId) === 'project');
    return site?.entityId;
  }

  private divisionAfter(text: string, m: SpotMatch): string | undefined {
    if (text.charCodeAt(m.end) !== 32) return undefined;
    const c = text.charCodeAt(m.end + 1);
    if (c !== 114 && c !== 112) return undefined; // `r`, `p`
    const word = DIVISION_AFTER.exec(text.slice(m.end, m.end + 12))?.[1];
    if (!word) return undefined;
    const name = `${m.text} ${word[0]!.toUpperCase()}${word.slice(1)}`;
    const whole = this.scan(name).find((x) => x.start === 0 && x.end === name.length && !x.requires?.length);
    return whole && this.kinds.get(whole.entityId) === 'region' ? whole.entityId : undefined;
  }
}

/** `The ` or `the ` at `at`: the article a name the dictionary writes with it opens with. */
function leadingArticle(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (text.charCodeAt(at + 3) !== 32) return false;
  // `The`, `the`, and `THE` in a dateline or a headline in capitals (`AMSTERDAM, THE NETHERLANDS`).
  if (c === 84 && text.charCodeAt(at + 1) === 72 && text.charCodeAt(at + 2) === 69) return true;
  return (c === 84 || c === 116) && text.charCodeAt(at + 1) === 104 && text.charCodeAt(at + 2) === 101;
}

/** The Incoterms price reports quote a delivery basis by (`FCA Europe`, `CIF Rotterdam`, `FOB China`). */
const INCOTERMS: ReadonlySet<string> = new Set(['EXW', 'FCA', 'FAS', 'FOB', 'CFR', 'CIF', 'CPT', 'CIP', 'DAP', 'DPU', 'DDP']);

/**
 * True when the acronym at [start, end) is an Incoterm quoting a price's basis: a title-case place
 * follows it (`DAP FOB Tampa` keeps its product), and its line quotes a price (`$`, `€`, `¥`, `/t`, `/kg`, `yuan`).
 */
function tradeTerm(text: string, start: number, end: number): boolean {
  // Three capitals and a space first: the slice is made only for such a match.
  if (end - start !== 3 || text.charCodeAt(end) !== 32 || !INCOTERMS.has(text.slice(start, end))) return false;
  const c = text.charCodeAt(end + 1);
  const d = text.charCodeAt(end + 2);
  if (!(c >= 65 && c <= 90) || !(d >= 97 && d <= 122)) return false;
  let a = start;
  while (a > 0 && text[a - 1] !== '\n') a--;
  let b = end;
  while (b < text.length && text[b] !== '\n') b++;
  const line = text.slice(a, b);
  return /[$€¥]|\/t\b|\/kg\b|\/mt\b|\byuan\b/.test(line);
}
