/**
 * Lodestone's one matcher: the same code spots entities in the seeds at build time (Node) and in
 * page text in the content script. Pure: strings in, offsets out. See README.md for the rules.
 *
 * A spotter walks compiled dictionaries (`compiled-dictionary.ts`): either one compiled from an
 * entity list on the spot, or the seed's, compiled at build time, with the reader's own entities
 * layered on top (`layers.ts`), which is what the content script does at start-up.
 */
import { runToEnd } from '../steps';
import { EXCHANGE_PREFIXES } from '../catalog/exchanges';
import type { Entity } from '../catalog/schema';
import type { MatchEntity } from '../catalog/match-dictionary';
import type { Mention } from '../facts/schema';
import type { Scanner, ScanOptions, SpotMatch } from './types';
import { compileDictionary, type CompiledDictionary } from './compiled-dictionary';
import { findDefinitions, type LocalAlias } from './definitions';
import { normaliseAlias } from './fold';
import { hiddenSet, type HiddenSet } from './forms';
import { localEntities, type LocalEntity } from './local-names';
import { EntityIndex, maskFor, toLayer, type Layer, type LayeredSource, type SpotterEntity } from './layers';
import { createScanner } from './scanner';
import { spanKey } from './span-key';
import { firstAtLeast } from '../sorted';
import { ABOUT_FIELD, afterGivenName, commonNounAsName, tradeWordNames, wordPoints } from './topic';

export type { Scanner, ScanOptions, SpotMatch } from './types';
export type { LayeredSource, SpotterEntity } from './layers';
export type { HiddenForm } from './forms';

/**
 * The passage (characters before and after a shared name) whose countries a generic institution's
 * name is read against (a few paragraphs): the page lends `resolveContext` the places named in it.
 */
export const CONTEXT_PASSAGE = { before: 1000, after: 300 } as const;

/** A part of a document (an article's text, a page's block) with its matches. */
export interface DocumentPart {
  readonly text: string;
  readonly matches: readonly SpotMatch[];
}

/** Whether `m`'s reading of its span is among the last few kept (a span's readings are adjacent). */
function keptAlready(kept: readonly SpotMatch[], m: SpotMatch): boolean {
  for (let i = kept.length - 1; i >= 0 && i >= kept.length - 4; i--) {
    const k = kept[i]!;
    if (k.start === m.start && k.end === m.end && k.entityId === m.entityId) return true;
  }
  return false;
}

/**
 * Whether two offsets of the text given to `resolveContext` lie in one paragraph (one page block):
 * a shared name is read by a condition named near it only within its paragraph.
 */
export type SameBlock = (a: number, b: number) => boolean;

/** How many matches `resolveContextSteps` reads between pauses (each pass). */
const PAUSE_EVERY = 256;

/** The spotter built from one dictionary. */
export interface Spotter extends Scanner {
  /** Applies `requires` rules across a whole document's matches (drops a match whose alias requires an entity not matched unambiguously anywhere in `matches`). Returns plain Mentions. */
  resolveContext(matches: readonly SpotMatch[], within?: SameBlock): Mention[];
  /**
   * `resolveContext` in steps: the generator pauses every few hundred matches and returns the same
   * mentions, so a page runs it in slices (lib/page/slices.ts `drainSliced`) instead of one task.
   */
  resolveContextSteps(matches: readonly SpotMatch[], within?: SameBlock): Generator<void, Mention[], void>;
  /**
   * Whether a document is about the field (topic.ts: two points from anchors named by forms without
   * context, the field's words and the trade's words), given its parts (an article's one text, or a
   * page's blocks) with their matches before `resolveContext`.
   */
  isAboutField(parts: Iterable<DocumentPart>): boolean;
  /** The short forms and tickers `text` defines after the names matched in it (`definitions.ts`). */
  definitions(text: string, matches: readonly SpotMatch[]): LocalAlias[];
  /**
   * Of a document's definitions, those not given to a reading whose context the document lacks when
   * the form has another reading there; `matches` are the whole document's (an article's, or every
   * block's of a page), so the page and `kb extract` keep the same forms.
   */
  definedInContext(defined: LocalAlias[], matches: Iterable<SpotMatch>): LocalAlias[];
  /** A scanner for an article's own defined forms (an empty one when there are none). */
  local(aliases: readonly LocalAlias[]): Scanner;
  /**
   * The entities `text` introduces for itself (`local-names.ts`: a ticker, legal suffix, defined
   * short form, headed project or titled person the dictionary lacks); `matches` are the known
   * ones (after `local`). Empty unless the spotter was built with `localNames`.
   */
  localNames(text: string, matches: readonly SpotMatch[]): LocalEntity[];
  /** A scanner for those entities (an empty one when there are none). */
  localNameScanner(entities: readonly LocalEntity[]): Scanner;
  /**
   * scan + the article's defined forms + resolveContext on one string (a whole article): what
   * `kb extract`, saving and the seed build use.
   */
  findMentions(text: string, options?: ScanOptions): Mention[];
  /** An entity of the dictionary (the reader's version where they replaced a seed entity). */
  entity(id: string): SpotterEntity | undefined;
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
  /**
   * Also mark the names an article introduces for itself (`local-names.ts`), as `local:` entities
   * of that article. On for what the reader sees (the page, `kb extract`); off for what is stored
   * (saving, the seed build): those names become suggestions, not facts about unknown ids.
   */
  localNames?: boolean;
}

const ascending = (a: number, b: number): number => a - b;

/**
 * The head word that makes a name a project's (`… Project`): see `sameAsKnown`. Not a place's head:
 * `Balaka District` and `Sheridan County` are other places than the towns.
 */
const PROJECT_HEAD = /^(?:Project|Mine|Deposit|Operations?|Complex|Prospect)$/;

/** Whether the shared match `s` keeps a span the article's own match `l` covers exactly (see `mergeMatches`). */
const sharedWinsTie = (s: SpotMatch, l: SpotMatch): boolean => !s.requires?.length && !(l.initials && s.entityId !== l.entityId);

/**
 * Merges an article's defined-form matches into the shared dictionary's (both sorted, neither
 * overlapping itself): where two overlap the longer wins, the shared one on a tie, unless the
 * shared one counts only in context (`Kim`, another person's surname, which counts only beside
 * `Kim Dong-myung`): the article's own name (`Kim Jae-hyun` … `Kim said`) is surer. An acronym the
 * article made of a name's initials (`Independent Commission for Mines and Minerals (ICMM)`) wins
 * a tie against another entity's reading of the same letters too.
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
      const len = shared[k]!.end - shared[k]!.start;
      if (len > l.end - l.start || (len === l.end - l.start && sharedWinsTie(shared[k]!, l))) longer = true;
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

const NO_MATCHES: SpotMatch[] = [];

function isLayered(source: readonly (Entity | MatchEntity)[] | LayeredSource): source is LayeredSource {
  return !Array.isArray(source);
}

/** Bodies every country has, named bare: a reading of one needs its country to lead the article. */
const EVERY_COUNTRY_HAS =
  /^(?:Congress|Senate|House of Representatives|Parliament|National Assembly|Cabinet|Supreme Court|Constitutional Court|(?:Ministry|Department) of (?:Finance|Foreign Affairs|Justice|Health|Defen[cs]e|the Interior|Home Affairs|Economy)|(?:Finance|Foreign|Justice|Health|Defen[cs]e|Interior) Ministry|Treasury|Central Bank|Mining (?:Law|Code|Act))$/i;

/** Whether every word of `name` but the small ones is a word of `known` (`Strategic Innovation Promotion Program` in `Cross-ministerial Strategic …`). */
function wordsWithin(name: string, known: string | undefined): boolean {
  if (!known) return false;
  const have = new Set(known.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 3)
    .every((w) => have.has(w));
}

/**
 * Builds the spotter. From an entity list, its dictionary is compiled on the spot (`stopPhrases`
 * from the options). From a `LayeredSource`, the seed is used as compiled (stop phrases included)
 * and the reader's entities are compiled now unless they come compiled: the result matches
 * exactly what one dictionary of `layeredEntities(seed, user, hidden)` would (see README.md for
 * the matching rules and what they cost).
 */
export function createSpotter(source: readonly (Entity | MatchEntity)[] | LayeredSource, options: SpotterOptions = {}): Spotter {
  let layers: Layer[];
  let index: EntityIndex;
  let hiddenForms: HiddenSet | undefined;
  if (isLayered(source)) {
    const hidden = hiddenSet(source.hidden);
    hiddenForms = hidden;
    const user: CompiledDictionary | undefined =
      source.user === undefined
        ? undefined
        : Array.isArray(source.user)
          ? compileDictionary(source.user as readonly MatchEntity[], { hidden })
          : (source.user as CompiledDictionary);
    const seed = toLayer(source.seed, maskFor(source.seed, new Set(user?.entities.id ?? []), hidden));
    // A compiled overlay may hold forms hidden since it was compiled: masked like the seed's.
    const own = user && toLayer(user, maskFor(user, new Set(), hidden));
    layers = own && own.trie.entity.length ? [seed, own] : [seed];
    index = new EntityIndex(own ? [seed, own] : [seed], hidden.entities);
  } else {
    layers = [toLayer(compileDictionary(source, { stopPhrases: options.stopPhrases ?? [] }))];
    index = new EntityIndex(layers);
  }
  const shared = createScanner(layers, index, true);

  /** A condition named this close to a shared name (about a sentence) decides its reading. */
  const NEAR_READING = 120;

  /**
   * Adds to `present` what a match without context vouches for: its entity, its kind (not for a
   * symbol or list-only word, `Dy`, `tin`: weak evidence) and a body's country (`U.S. Treasury` puts
   * the US in the article). Returns the entity.
   */
  function vouch(present: Set<string>, m: SpotMatch): SpotterEntity | undefined {
    present.add(m.entityId);
    const e = index.get(m.entityId);
    const kind = m.symbol ? undefined : e?.kind;
    if (kind) present.add(`kind:${kind}`);
    if (e?.country) present.add(e.country);
    return e;
  }

  function resolveContext(matches: readonly SpotMatch[], within?: SameBlock): Mention[] {
    return runToEnd(resolveContextSteps(matches, within));
  }

  /**
   * `resolveContext` as a generator that pauses (`yield`) every PAUSE_EVERY matches of each of its
   * passes, so a page can run it in slices (a huge page hands it tens of thousands of matches).
   */
  function* resolveContextSteps(matches: readonly SpotMatch[], within?: SameBlock): Generator<void, Mention[], void> {
    let done = 0;
    const present = new Set<string>();
    // How often the document names each entity (and each body's country): a shared short name
    // goes to the body whose country it names most.
    const counts = new Map<string, number>();
    const count = (id: string, n: number) => counts.set(id, (counts.get(id) ?? 0) + n);
    // Where the document names each entity (and each body's country), for the nearest reading below.
    const places = new Map<string, number[]>();
    const place = (id: string, at: number) => {
      const list = places.get(id);
      if (list) list.push(at);
      else places.set(id, [at]);
    };
    // Where each entity's mentions end, for a body named with its country before it.
    const ends = new Map<string, number[]>();
    for (const m of matches) {
      if (++done % PAUSE_EVERY === 0) yield;
      if (m.requires?.length) continue;
      const e = vouch(present, m);
      count(m.entityId, m.count ?? 1);
      if (m.start >= 0) place(m.entityId, m.start); // not a page's stand-in
      if (m.start >= 0) {
        const list = ends.get(m.entityId);
        if (list) list.push(m.end);
        else ends.set(m.entityId, [m.end]);
      }
      if (e?.country) {
        count(e.country, m.count ?? 1);
        if (m.start >= 0) place(e.country, m.start);
      }
    }
    // Sorted, for the searches of `nearest`, `ownedBy` and `otherCountryLeads`.
    for (const list of places.values()) list.sort(ascending);
    for (const list of ends.values()) list.sort(ascending);
    // How many conditional readings each span had before the conditions: a name shared by the
    // bodies of three countries or more (`Parliament`) is a generic institution.
    const readings = new Map<number, number>();
    for (const m of matches) {
      if (++done % PAUSE_EVERY === 0) yield;
      if (m.requires?.length) {
        const k = spanKey(m.start, m.end);
        readings.set(k, (readings.get(k) ?? 0) + 1);
      }
    }
    const met = (m: SpotMatch): boolean => !m.requires?.length || m.requires.some((id) => present.has(id));
    // A condition met by a reading that was itself conditional (`its own Critical Materials List`
    // needs the DOE, named as `DOE`, which needs the US): that reading's entity counts as named too,
    // when it is its span's only conditional reading, until nothing more is met.
    for (let round = 0; round < 3; round++) {
      let grew = false;
      for (const m of matches) {
        if (++done % PAUSE_EVERY === 0) yield;
        if (m.requires?.length && !present.has(m.entityId) && readings.get(spanKey(m.start, m.end)) === 1 && met(m)) {
          present.add(m.entityId);
          grew = true;
        }
      }
      if (!grew) break;
    }
    // A reading set aside by the words around it stands in when the one chosen lacks its context (`SpotMatch.otherwise`).
    const kept: SpotMatch[] = [];
    for (const m of matches) {
      if (++done % PAUSE_EVERY === 0) yield;
      const chosen = met(m) ? m : m.otherwise?.find(met);
      // Two readings of a span may fall back on the same one (`Rochester`: the mine set aside for
      // the city, and the city): it is kept once, as the page keeps it.
      if (chosen && !keptAlready(kept, chosen)) kept.push(chosen);
    }
    const out: Mention[] = [];
    for (let i = 0; i < kept.length;) {
      if (++done % PAUSE_EVERY === 0) yield;
      let j = i + 1;
      while (j < kept.length && kept[j]!.start === kept[i]!.start && kept[j]!.end === kept[i]!.end) j++;
      const group = kept.slice(i, j);
      // Several conditional readings of one span (`Parliament` in an article naming Australia and
      // the UK): the one whose condition the document names most, when one does.
      let best = group;
      if (group.length > 1 && group.every((m) => m.requires?.length)) {
        // One reading whose condition is named close by (`through Azerbaijan and Georgia`) wins;
        // otherwise the one whose condition the document names most.
        // A reading whose condition owns the name (`Ontario's Critical Minerals Strategy`) wins first.
        const owned = group.filter((m) => ownedBy(m, ends));
        const near = owned.length ? owned : group.filter((m) => nearest(m, places, within) <= NEAR_READING);
        if (near.length === 1) best = near;
        else {
          // A province's reading against its country's (`Critical Minerals Strategy`, Ontario's or
          // Canada's): the country's count leaves out the mentions of the provinces the other
          // readings require, which every mention of a province adds to its country.
          const inside = (m: SpotMatch, country: string): number => {
            let n = 0;
            for (const o of group)
              if (o !== m)
                for (const r of o.requires!)
                  if (!m.requires!.includes(r) && index.get(r)?.kind === 'region' && index.get(r)?.country === country) n += counts.get(r) ?? 0;
            return n;
          };
          const score = (m: SpotMatch) => Math.max(...m.requires!.map((id) => (counts.get(id) ?? 0) - inside(m, id)));
          const top = Math.max(...group.map(score));
          const winners = group.filter((m) => score(m) === top);
          if (winners.length === 1) best = winners;
        }
      }
      // A generic institution's name (`Parliament`, shared by three countries' bodies or more) in an
      // article about another country, one the dictionary has no such body for: named at least
      // twice as often and three times, it is that country's body, which we cannot name, not the
      // one of a country met in passing.
      // A legislature's or a cabinet's bare name (`National Assembly`, `Congress`) is generic
      // whatever the dictionary holds: every country has one.
      const first = best[0]!;
      const generic = (readings.get(spanKey(first.start, first.end)) ?? 0) >= 3 || EVERY_COUNTRY_HAS.test(first.text);
      // Its country named right before it keeps it (`Vietnam's National Assembly passed …`).
      // Not an international body's or treaty's (the ISA's `Mining Code`: no country to lead).
      if (
        first.requires?.length &&
        generic &&
        isBody(first.entityId) &&
        ofCountry(first) &&
        otherCountryLeads(best, counts, places) &&
        !best.some((m) => ownedBy(m, ends))
      ) {
        i = j;
        continue;
      }
      for (const m of best) out.push({ entityId: m.entityId, text: m.text, start: m.start, end: m.end });
      i = j;
    }
    return out;
  }

  /**
   * How far (in characters) the nearest entity a conditional reading requires is named from it.
   * Lists are sorted (see `resolveContext`): only the places within NEAR_READING are read, outward
   * from the reading (a huge page names its countries thousands of times).
   */
  function nearest(m: SpotMatch, places: ReadonlyMap<string, readonly number[]>, within: SameBlock | undefined): number {
    let best = Infinity;
    for (const id of m.requires!) {
      const list = places.get(id);
      if (!list) continue;
      const from = firstAtLeast(list, m.start - NEAR_READING);
      for (let k = from; k < list.length && list[k]! <= m.start + NEAR_READING; k++) {
        const at = list[k]!;
        const d = Math.abs(at - m.start);
        // The paragraph test only for a place that would count (it reads the text between).
        if (d < best && (!within || within(at, m.start))) best = d;
      }
    }
    return best;
  }

  /** Whether a reading belongs to a country: its entity's, or one its condition names. */
  function ofCountry(m: SpotMatch): boolean {
    return index.get(m.entityId)?.country !== undefined || m.requires!.some((id) => index.get(id)?.kind === 'country');
  }

  /**
   * Whether an entity `m` requires ends right before it, as an owner (`Vietnam's National
   * Assembly`: `'s` and a space between) or an adjective (`Peru Congress`: a space); not across
   * punctuation (`the UK: Parliament votes`).
   */
  function ownedBy(m: SpotMatch, ends: ReadonlyMap<string, readonly number[]>): boolean {
    return m.requires!.some((id) => {
      const list = ends.get(id);
      const has = (x: number) => list?.[firstAtLeast(list, x)] === x;
      return has(m.start - 1) || has(m.start - 3);
    });
  }

  /** A body, or a law every country has one of (`Mining Code`). */
  function isBody(id: string): boolean {
    const kind = index.get(id)?.kind;
    return kind === 'government' || kind === 'organisation' || kind === 'policy';
  }

  /**
   * Whether a country none of `group` requires is named ≥ 3 times and ≥ 2× theirs, and leads the
   * passage before the name too: an article about Vietnam with a passage on Laos reads the
   * `Ministry of Energy and Mines` of that passage as Laos's.
   */
  function otherCountryLeads(group: readonly SpotMatch[], counts: ReadonlyMap<string, number>, places: ReadonlyMap<string, readonly number[]>): boolean {
    // Its own: what the readings require, and the countries of those and of the readings' bodies
    // (the US leads for `Senate` through every US body the article names).
    const own = new Set(group.flatMap((m) => m.requires ?? []));
    for (const id of [...own, ...group.map((m) => m.entityId)]) {
      const country = index.get(id)?.country;
      if (country) own.add(country);
    }
    const at = group[0]!.start;
    // Places strictly inside the passage around `at` (the lists are sorted).
    const local = (id: string) => {
      const list = places.get(id) ?? [];
      return firstAtLeast(list, at + CONTEXT_PASSAGE.after) - firstAtLeast(list, at - CONTEXT_PASSAGE.before + 1);
    };
    const ownTop = Math.max(0, ...[...own].map((id) => counts.get(id) ?? 0));
    const ownLocal = Math.max(0, ...[...own].map(local));
    for (const [id, n] of counts)
      if (n >= 3 && n >= 2 * ownTop && !own.has(id) && index.get(id)?.kind === 'country' && (at < 0 || local(id) >= ownLocal)) return true;
    return false;
  }

  /** The one anchor every material stands for in the topic gate. */
  const MATERIALS = 'kind:material';

  function isAboutField(parts: Iterable<DocumentPart>): boolean {
    if (!options.requireField) return true;
    const texts: string[] = [];
    const anchors = new Set<string>();
    for (const { text, matches } of parts) {
      texts.push(text);
      for (const m of matches) {
        if (m.requires?.length || m.symbol || anchors.has(m.entityId)) continue;
        const e = index.get(m.entityId);
        if (!e?.anchor || commonNounAsName(e.name, text, m.start) || (!m.text.includes(' ') && afterGivenName(text, m.start))) continue;
        // Materials together are one point: everyday pages name several (a health column's iron,
        // zinc and lithium, a fishing report's tungsten jigs and neodymium magnets).
        const key = e.kind === 'material' ? MATERIALS : m.entityId;
        if (anchors.has(key)) continue;
        anchors.add(key);
        if (anchors.size >= ABOUT_FIELD) return true;
      }
    }
    let points = anchors.size;
    const names = tradeWordNames(texts);
    for (const text of texts) if ((points += wordPoints(text, ABOUT_FIELD - points, names)) >= ABOUT_FIELD) return true;
    return false;
  }

  function local(aliases: readonly LocalAlias[]): Scanner {
    if (!aliases.length) return { scan: () => NO_MATCHES };
    const byEntity = new Map<string, MatchEntity>();
    for (const a of aliases) {
      const kind = index.kinds.get(a.entityId);
      if (!kind) continue;
      const e: MatchEntity = byEntity.get(a.entityId) ?? { id: a.entityId, name: a.text, kind, aliases: [] };
      // Tickers and acronyms exactly as the article wrote them; short names by the name rule.
      e.aliases.push({
        text: a.text,
        case: a.type === 'ticker' || !/\p{Ll}/u.test(a.text) ? 'exact' : 'name',
        noPlural: true,
        ...(a.requires?.length ? { requires: [...a.requires], ambiguous: true } : {}),
      });
      byEntity.set(a.entityId, e);
    }
    // The name is the first defined form again (skipped as a duplicate): only defined forms match.
    const scanner = createScanner([toLayer(compileDictionary([...byEntity.values()].map((e) => ({ ...e, name: e.aliases[0]!.text }))))], index, false);
    const initials = new Set(aliases.filter((a) => a.initials).map((a) => `${a.entityId}\u0000${a.text}`));
    if (!initials.size) return scanner;
    return {
      scan(text, scanOptions) {
        const found = scanner.scan(text, scanOptions);
        for (const m of found) if (initials.has(`${m.entityId}\u0000${m.text}`)) m.initials = true;
        return found;
      },
    };
  }

  function definitions(text: string, matches: readonly SpotMatch[]): LocalAlias[] {
    return findDefinitions(
      text,
      matches,
      (id) => index.get(id)?.name,
      (id) => index.kinds.get(id),
      listedAs,
    );
  }

  /**
   * Whether the dictionary lists the company `id` under the ticker `code` on some exchange (`HOSE: NKG`):
   * one scan of the code after every exchange's prefix, a listing to a paragraph, each read whole.
   */
  const listedSeen = new Map<string, boolean>();
  function listedAs(id: string, code: string): boolean {
    const key = `${id}\u0000${code}`;
    let seen = listedSeen.get(key);
    if (seen === undefined) {
      if (listedSeen.size > 512) listedSeen.clear();
      listedSeen.set(key, (seen = readListedAs(id, code)));
    }
    return seen;
  }
  function readListedAs(id: string, code: string): boolean {
    const text = EXCHANGE_PREFIXES.map((prefix) => `${prefix}: ${code}`).join('\n\n');
    const lineStart = (at: number) => at === 0 || text.charCodeAt(at - 1) === 10;
    const lineEnd = (at: number) => at === text.length || text.charCodeAt(at) === 10;
    return shared.scan(text).some((m) => m.entityId === id && lineStart(m.start) && lineEnd(m.end));
  }

  /** A form the dictionary already matches whole, or a stop phrase (`Oval Office`: a phrase that is no name). */
  /** A form the dictionary matches whole by a form that `counts`, or a stop phrase. */
  const knownWhole = (name: string, counts: (m: SpotMatch) => boolean): boolean => {
    const stops: number[] = [];
    if (shared.scan(name, { stops }).some((m) => m.start === 0 && m.end === name.length && counts(m))) return true;
    return stops.length === 2 && stops[0] === 0 && stops[1] === name.length;
  };
  const kindOf = (id: string) => index.kinds.get(id);
  /** The readings the dictionary gives a form whole. */
  const wholeReadings = (form: string): SpotMatch[] => shared.scan(form).filter((m) => m.start === 0 && m.end === form.length);
  const knownId = (form: string): string | undefined => wholeReadings(form)[0]?.entityId;

  function localNames(text: string, matches: readonly SpotMatch[]): LocalEntity[] {
    if (!options.localNames) return [];
    // Only matches that need no context stop a name: `Commission` (the EU's, if the article names
    // the EU) does not make `the Mining Commission` known.
    const firm = matches.some((m) => m.requires?.length) ? matches.filter((m) => !m.requires?.length) : matches;
    // A surname the dictionary holds only in a context this article lacks (`Kim`, which counts
    // only beside Kim Dong-myung) is free for the person the article introduces (`Kim Jae-hyun`).
    // What the article vouches for is gathered on the first such question only.
    let named: Set<string> | undefined;
    const vouched = (m: SpotMatch): boolean => {
      if (!m.requires?.length) return true;
      if (!named) {
        named = new Set();
        for (const f of firm) vouch(named, f);
      }
      return m.requires.some((id) => named!.has(id));
    };
    // Known where the article itself reads the name as an entity its context vouches for: of a
    // name with several readings, the scanner picks by the words around it (`in La Paz`, the city;
    // `La Paz` alone, the project), so the name scanned alone may give the other reading. The
    // article's readings are gathered by text on the first question (not a pass over them per name).
    let readingsByText: Map<string, SpotMatch[]> | undefined;
    const readHere = (name: string): boolean => {
      if (!readingsByText) {
        readingsByText = new Map();
        for (const m of matches) {
          const list = readingsByText.get(m.text);
          if (list) list.push(m);
          else readingsByText.set(m.text, [m]);
        }
      }
      return readingsByText.get(name)?.some(vouched) ?? false;
    };
    const isKnownHere = (name: string): boolean => readHere(name) || knownWhole(name, vouched);
    // A name the dictionary holds only in a context this article lacks (`Alexandria`, Egypt's city,
    // counts only where Egypt is named) is free for the town or body the article introduces.
    const knownIdHere = (form: string, longName: string): string | undefined => {
      const whole = wholeReadings(form);
      return (whole.find(vouched) ?? whole.find((m) => wordsWithin(longName, index.get(m.entityId)?.name)))?.entityId;
    };
    const found = sameAsKnown(
      localEntities(text, firm, { isKnown: isKnownHere, isKnownHere, kindOf, knownId, knownIdHere, withConditional: matches }),
      vouched,
    );
    // A name the reader hid ("not this") stays hidden: a local entity they hid, or a form they hid
    // on any entity (a hidden `Lynas Corporation` does not come back as a name the page introduces).
    if (!hiddenForms || (!hiddenForms.entities.size && !hiddenForms.forms.size)) return found;
    const hiddenTexts = new Set([...hiddenForms.forms].map((f) => f.slice(f.indexOf('\u0000') + 1)));
    return found.filter((e) => !hiddenForms.entities.has(e.id) && !e.aliases.some((a) => hiddenTexts.has(normaliseAlias(a.text).key)));
  }

  /**
   * A project the article introduces that is a known project's name with words and a project's
   * head after it (`Tuvatu Alkaline Gold Project` for the Tuvatu project) is that project written
   * long, when the known name counts in this article.
   */
  function sameAsKnown(found: LocalEntity[], vouched: (m: SpotMatch) => boolean): LocalEntity[] {
    let out: LocalEntity[] | undefined;
    for (let i = 0; i < found.length; i++) {
      const e = found[i]!;
      const ws = e.kind === 'project' ? e.name.split(' ') : [];
      if (ws.length && !PROJECT_HEAD.test(ws[ws.length - 1]!)) {
        // A bare name the article heads as a project (`building the Koné mine`) that the dictionary
        // knows only headed (`Koné project`): that project, when it counts in this article.
        const known = knownHeaded(e.name, vouched);
        if (known) {
          out ??= found.slice();
          out[i] = { ...e, id: known };
        }
        continue;
      }
      if (ws.length < 2) continue;
      for (let k = ws.length - 1; k >= 1; k--) {
        const prefix = ws.slice(0, k).join(' ');
        const m = shared.scan(prefix).find((x) => x.start === 0 && x.end === prefix.length);
        if (!m) continue;
        if (index.kinds.get(m.entityId) === 'project' && vouched(m)) {
          out ??= found.slice();
          out[i] = { ...e, id: m.entityId };
        }
        break;
      }
    }
    if (!out) return found;
    // Two long forms of one entity are one entity with both names.
    const byId = new Map<string, LocalEntity>();
    for (const e of out) {
      const seen = byId.get(e.id);
      byId.set(e.id, seen ? { ...seen, aliases: [...seen.aliases, { text: e.name }, ...e.aliases] } : e);
    }
    return [...byId.values()];
  }

  /**
   * The project the dictionary knows only as `name` with a project's head after it (`Koné
   * project`), read whole.
   */
  function knownHeaded(name: string, vouched: (m: SpotMatch) => boolean): string | undefined {
    // A name the dictionary reads as a project bare is left to the article's words (`Henderson`).
    if (wholeReadings(name).some((m) => index.kinds.get(m.entityId) === 'project')) return undefined;
    for (const head of ['project', 'mine', 'Project', 'Mine']) {
      const form = `${name} ${head}`;
      const m = shared.scan(form).find((x) => x.start === 0 && x.end === form.length && index.kinds.get(x.entityId) === 'project');
      if (m) return vouched(m) ? m.entityId : undefined;
    }
    return undefined;
  }

  function localNameScanner(entities: readonly LocalEntity[]): Scanner {
    if (!entities.length) return { scan: () => NO_MATCHES };
    const layer = toLayer(compileDictionary(entities, hiddenForms ? { hidden: hiddenForms } : {}));
    // Their kinds from their own table, through an index like the shared one (see scanner.ts).
    return createScanner([layer], new EntityIndex([layer]), false);
  }

  /**
   * The forms a bracket defines, without those of a reading whose context the article lacks when
   * the form has another reading here (`Ministry of Energy and Mines (MINEM)` in a Peru story: the
   * scan reads the name as Laos's ministry until the article's context decides, so the bracket
   * would give `MINEM` to Laos, over the dictionary's Peruvian `MINEM`, and lose it when Laos's
   * reading falls away).
   */
  function definedInContext(defined: LocalAlias[], matches: Iterable<SpotMatch>): LocalAlias[] {
    if (!defined.some((a) => a.requires?.length)) return defined;
    const present = new Set<string>();
    const texts = new Set<string>();
    for (const m of matches) {
      texts.add(m.text);
      if (!m.requires?.length) vouch(present, m);
    }
    const met = (a: LocalAlias) => !a.requires?.length || a.requires.some((id) => present.has(id));
    const readHere = (a: LocalAlias) => texts.has(a.text) || defined.some((b) => b !== a && b.text === a.text && met(b));
    return defined.filter((a) => met(a) || !readHere(a));
  }

  function findMentions(text: string, scanOptions?: ScanOptions): Mention[] {
    const matches = shared.scan(text, scanOptions);
    if (!isAboutField([{ text, matches }])) return [];
    const defined = definedInContext(definitions(text, matches), matches);
    let merged = defined.length ? mergeMatches(matches, local(defined).scan(text, scanOptions)) : matches;
    const named = localNames(text, merged);
    if (named.length) merged = mergeMatches(merged, localNameScanner(named).scan(text, scanOptions));
    return resolveContext(merged, (a, b) => !text.slice(Math.min(a, b), Math.max(a, b)).includes('\n'));
  }

  return {
    scan: (text, scanOptions) => shared.scan(text, scanOptions),
    resolveContext,
    resolveContextSteps,
    isAboutField,
    definitions,
    definedInContext,
    local,
    localNames,
    localNameScanner,
    findMentions,
    entity: (id) => index.get(id),
  };
}
