/**
 * Names in an article that look like entities and are not known (issue 13, "learning on save"):
 * a pure function of the normalised text and the mentions the spotter found in it. Storing and
 * ranking them is the store's business; showing them the library's.
 *
 * Evidence, strongest first (a candidate needs one):
 * - a ticker or exchange code defined after the name: `Kestrel Mining Corp. (TSXV: KMC)`;
 * - a legal suffix after a capitalised name: `Arafura Rare Earths Ltd`, `… Co., Ltd.`;
 * - a short form the article defines for it: `Mining and Minerals Regulatory Authority (MMRA)`;
 * - a project's site: `the Halleck Creek Project`, `Nolans deposit`, `the Eagle mine`;
 * - a person introduced with a title or quoted: `Chief Executive Jane Doe`, `said Jane Doe, chief
 *   executive of …`, `"…," Jane Doe said`;
 * - a body's or a law's name after `the`, ending in a word for what it is: `the Mining
 *   Commission`, `the 2023 Mines and Minerals Act`;
 * - a town the sentence places: `in Alexandria, Louisiana`, `the Gascoyne region`, `the port of
 *   Nacala` (towns.ts);
 * - a capitalised name of two or more words that the article repeats.
 *
 * Precision first: no heading, byline, dateline, photo credit or contact line; a common word that
 * only opens a sentence is not part of a name; months, weekdays, demonyms, generic defined terms
 * (`the Company`) and names made only of common words (unless a kind word ends them) are not
 * names; nothing the dictionary knows, nothing inside a known mention, nothing the caller excludes
 * (the article's byline and site name).
 */
import type { EntityKind } from '../catalog/schema';
import type { Mention } from '../facts/schema';
import { isCommonWord, isDemonym } from '../text/common-words';
import { BYLINE, contactAt, CREDIT_LINE, CREDITED_BEFORE, findNameRuns, type NameRun, type RunToken } from './candidate-runs';
import { CALENDAR_WORDS, CONNECTORS, finderPatterns, kindOfHead, PROJECT_HEADS, SURNAME_PARTICLES, TITLE_STARTS, TITLE_WORDS } from './candidate-words';
import { inPass } from './pass-patterns';
import { bareListings, findDefinitions, isGenericTerm } from './definitions';
import { LEGAL_PREFIXES, legalSuffixEnd } from './legal-suffix';
import { writtenAsPlace } from './towns';
import { endsWithPhrase, endsWithWord } from './word-edge';

/** Why a name was proposed. */
export type CandidateEvidence =
  'ticker' | 'legal-suffix' | 'short-form' | 'project' | 'person' | 'place' | 'headed' | 'described' | 'styled' | 'subsidiary' | 'repeated' | 'compound';

/** A name the article suggests adding. */
export interface NameCandidate {
  /** The name as the article writes it, without a legal suffix (`Arafura Rare Earths`). */
  name: string;
  /** Case-folded name: the same name in two articles is one suggestion. */
  key: string;
  kind: EntityKind;
  /** Other forms the article itself defines: tickers (`ASX: ARU`, `ARU`) and short forms (`MMRA`). */
  aliases: string[];
  /** How often the name and its defined forms occur in the article. */
  count: number;
  /** The sentence of its first occurrence (or of its definition), and where it starts. */
  sentence: string;
  start: number;
  /** For people: what the article says they are (`chief executive of Arafura`). */
  role?: string;
  evidence: CandidateEvidence[];
}

/** What else the finder needs. */
export interface CandidateOptions {
  /** True when the dictionary already has this form (name or alias). */
  isKnown?: (name: string) => boolean;
  /** Names that are not entities here: the article's byline and its site's name. */
  exclude?: readonly string[];
  /** The kind of a known entity (a known place opening a longer name is part of it: `Louisiana Strategic Metals Complex`). */
  kindOf?: (entityId: string) => EntityKind | undefined;
  /** Most candidates per article (default 30). */
  limit?: number;
  /**
   * The matches that need context too: a company the dictionary reads only in some context
   * (`Impala`, also a car) is still the parent a subsidiary's name opens with (`Impala Canada`).
   */
  withConditional?: readonly Mention[];
}

/** Legal-suffix words: a run of them alone (`Ltd` after `Co., `) is no name. */
const LEGAL_WORDS = new Set([
  'Inc',
  'Corp',
  'Co',
  'Ltd',
  'Limited',
  'Corporation',
  'Incorporated',
  'LLC',
  'PLC',
  'Plc',
  'AG',
  'SA',
  'NV',
  'BV',
  'AB',
  'ASA',
  'GmbH',
  'Pty',
  'Bhd',
  'Berhad',
  'Sdn',
  'SpA',
  'Tbk',
  'JSC',
  'PJSC',
  'CJSC',
  'Oyj',
  'LP',
  'LLP',
  'Ltda',
  'Limitada',
  'Lda',
  'KG',
  'KGaA',
  'Srl',
  'Pte',
  'ETF',
]);

const key = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
const wordsOf = (toks: readonly RunToken[]): string[] => toks.map((t) => t.text);
const STRENGTH: Record<CandidateEvidence, number> = {
  ticker: 0,
  'legal-suffix': 1,
  'short-form': 2,
  project: 3,
  person: 4,
  place: 5,
  headed: 6,
  described: 7,
  styled: 8,
  subsidiary: 9,
  compound: 11,
  repeated: 10,
};

/** A piece of a run proposed as a name, before counting. */
interface Proposal {
  toks: RunToken[];
  run: NameRun;
  kind: EntityKind;
  evidence: CandidateEvidence;
  aliases: string[];
  role?: string;
  /** Keep the legal suffix in the name (a bare common word is no name: `Apple Inc.`). */
  nameEnd?: number;
  /** Where the legal suffix after the name ends, if it has one. */
  legalEnd?: number;
}

/** Names of `text` worth suggesting (see the module comment), in order of first appearance. */
export function findCandidates(text: string, mentions: readonly Mention[], options: CandidateOptions = {}): NameCandidate[] {
  return inPass(() => candidatesOf(text, mentions, options));
}

function candidatesOf(text: string, mentions: readonly Mention[], options: CandidateOptions): NameCandidate[] {
  // An article that names nothing Lodestone knows is off the field (the topic gate gave it no
  // mentions): its capitalised names are not this reader's entities.
  if (!mentions.length) return [];
  const excluded = new Set((options.exclude ?? []).map(key).filter(Boolean));
  const proposals: Proposal[] = [];
  // Each run reads only the mentions around it (a long page has thousands of both).
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const ends = prefixMaxEnds(sorted);
  const conditional =
    options.withConditional && options.withConditional.length > mentions.length ? [...options.withConditional].sort((a, b) => a.start - b.start) : undefined;
  const conditionalEnds = conditional && prefixMaxEnds(conditional);
  for (const run of findNameRuns(text)) {
    const near = mentionsAround(sorted, ends, run.start - 1, run.end + NEAR_AFTER);
    // A place's name the dictionary reads only in context still ends a body's (`… Office of Georgia`).
    const withContext = conditional ? mentionsAround(conditional, conditionalEnds!, run.start - 1, run.end) : near;
    for (const piece of splitRun(text, run, near, options.kindOf, withContext)) proposals.push(...propose(text, piece, run, near, options.kindOf, withContext));
    proposals.push(...subsidiaries(text, run, withContext, options.kindOf));
  }
  const byKey = new Map<string, NameCandidate>();
  for (const p of proposals) {
    const first = p.toks[0]!;
    let name = text.slice(first.start, p.nameEnd ?? p.toks[p.toks.length - 1]!.end);
    // A known name with a legal suffix is another thing's holder (`Donald Project Pty Ltd` holds the
    // Donald Project): named with its suffix, so the known name keeps its own entity.
    if (p.legalEnd && p.kind === 'company' && options.isKnown?.(name)) {
      // Not a known company's subsidiary named with its place (`Lynas (Malaysia) Sdn Bhd`): the known
      // name keeps its reading, and the article gives no holder of it.
      if (text.startsWith(' (', first.start + name.length)) continue;
      name = text.slice(first.start, p.legalEnd);
    }
    const k = key(name);
    // A name longer than a name can be (a capitalised run of a headline-like sentence) is prose.
    if (name.length > 120 || p.toks.length > 10) continue;
    // A report or a milestone is no entity, however an article capitalises and abbreviates it
    // (`Pre-Feasibility Study ("PFS")`, `Mineral Resource Estimate`, `Final Investment Decision`).
    if (isReportName(name) || PROCESS_NAME.test(name)) continue;
    // A project named after its place (`the Bahia Project` in Brazil's Bahia) is new unless its
    // headed form is known (`Cowboy State Mine`): the place's name alone says nothing about it.
    const headedProject = p.evidence === 'project' && p.aliases.length > 0;
    if (!name || excluded.has(k) || [...excluded].some((x) => x.length > 3 && k.includes(x)) || (!headedProject && options.isKnown?.(name))) continue;
    if (p.evidence === 'project' && p.aliases.some((a) => options.isKnown?.(a))) continue;
    const aliases = p.aliases.filter((a) => key(a) !== k && !options.isKnown?.(a));
    const have = byKey.get(k);
    if (have) {
      for (const a of aliases) if (!have.aliases.includes(a)) have.aliases.push(a);
      if (!have.evidence.includes(p.evidence)) have.evidence.push(p.evidence);
      if (STRENGTH[p.evidence] < STRENGTH[have.evidence[0]!]) {
        have.kind = p.kind;
        have.evidence.sort((a, b) => STRENGTH[a] - STRENGTH[b]);
      }
      if (p.role && !have.role) have.role = p.role;
      continue;
    }
    const sentence = p.run.sentence.length > 1000 ? `${p.run.sentence.slice(0, 999)}…` : p.run.sentence;
    byKey.set(k, {
      name,
      key: k,
      kind: p.kind,
      aliases: aliases.filter((a) => a.length <= 120).slice(0, 20),
      count: 0,
      sentence,
      start: p.run.sentenceStart,
      ...(p.role ? { role: p.role } : {}),
      evidence: [p.evidence],
    });
  }
  const out: NameCandidate[] = [];
  for (const c of byKey.values()) {
    const own = countOccurrences(text, c.name);
    c.count = countPlaces(text, [c.name, ...c.aliases]);
    // `repeated` holds only for a name the article writes twice or more.
    if (own < 2) c.evidence = c.evidence.filter((e) => e !== 'repeated');
    if (c.evidence.length) out.push(c);
  }
  return out.sort((a, b) => a.start - b.start).slice(0, options.limit ?? 30);
}

/** A government body's head right after `placeEnd`, then its portfolio: `Department of …`, `Ministry for …`. */
function bodyAfter(whole: readonly RunToken[], placeEnd: number): boolean {
  const i = whole.findIndex((t) => t.start >= placeEnd);
  const of = whole[i + 1]?.text;
  return i > 0 && kindOfHead(whole[i]!.text) === 'government' && (of === 'of' || of === 'for') && i + 2 < whole.length;
}

/** Countries' own names that name a subsidiary after its parent (`Mkango Polska`, `Solvay España`). */
const ENDONYMS = new Set(
  'Polska Deutschland España Italia Brasil Nederland Sverige Norge Danmark Suomi Österreich Schweiz Suisse Česko Magyarország România Türkiye Nippon Algérie Maroc Tunisie Moçambique Guinée Cameroun Belgique Eesti Hrvatska Srbija Slovensko Lietuva Latvija'.split(
    ' ',
  ),
);

/**
 * A known company then a country ending a stretch of capitalised words: its subsidiary there
 * (`Lynas Malaysia`, `Mkango Polska`, `Tosyali Algérie and …`), not the country, unless the
 * country's name goes on as a possessive (`Iluka Australia’s` is rare; a comma is the usual form
 * and ends the run anyway). Each stretch between a run's lower-case connectors is read alone.
 */
function subsidiaries(text: string, run: NameRun, mentions: readonly Mention[], kindOf?: (id: string) => EntityKind | undefined): Proposal[] {
  if (!kindOf) return [];
  const out: Proposal[] = [];
  for (const toks of capitalisedStretches(run)) {
    const arm = investmentArm(text, toks, mentions, kindOf);
    if (arm) {
      out.push({ toks, run, kind: 'company', evidence: 'subsidiary', aliases: [] });
      continue;
    }
    const last = toks[toks.length - 1]!;
    if (toks.length < 2 || /^['’]/.test(text.slice(last.end, last.end + 1))) continue;
    const parent = mentions.find((m) => m.end === toks[toks.length - 2]!.end && m.start >= toks[0]!.start && kindOf(m.entityId) === 'company');
    if (!parent || text.slice(parent.end, last.start) !== ' ') continue;
    const country = mentions.find((m) => m.start === last.start && m.end === last.end && kindOf(m.entityId) === 'country');
    if (!country && !ENDONYMS.has(last.text)) continue;
    const from = toks.findIndex((t) => t.start === parent.start);
    if (from >= 0) out.push({ toks: toks.slice(from), run, kind: 'company', evidence: 'subsidiary', aliases: [] });
  }
  return out;
}

/** The stretches of capitalised words between a run's lower-case connectors (`Samsung Ventures` and `the Volvo Cars Tech Fund`). */
function capitalisedStretches(run: NameRun): RunToken[][] {
  const out: RunToken[][] = [];
  let stretch: RunToken[] = [];
  for (const t of run.tokens) {
    if (/^\p{Lu}/u.test(t.text)) stretch.push(t);
    else if (stretch.length) {
      out.push(stretch);
      stretch = [];
    }
  }
  if (stretch.length) out.push(stretch);
  return out;
}

/**
 * The last words of a company's investment arm (`Samsung Ventures`, `Volvo Cars Tech Fund`) or of a
 * business it names after itself (`Shin-Etsu Quartz Products`, `Umicore Battery Materials`).
 */
const ARM_HEADS = new Set(['Ventures', 'Fund', 'Capital', 'Investments', 'Foundation', 'Products', 'Materials', 'Chemicals', 'Industries']);

/**
 * A known company then up to four capitalised words ending in an investment arm's head: the arm,
 * another investor than its parent (`Samsung Ventures`, `Stellantis Ventures`, `Volvo Cars Tech
 * Fund`, `Microsoft Climate Innovation Fund`), read in one stretch of capitalised words.
 */
function investmentArm(text: string, stretch: readonly RunToken[], mentions: readonly Mention[], kindOf: (id: string) => EntityKind | undefined): boolean {
  if (!ARM_HEADS.has(stretch[stretch.length - 1]!.text)) return false;
  const parent = mentions.find((m) => m.start === stretch[0]!.start && kindOf(m.entityId) === 'company');
  const after = parent ? stretch.filter((t) => t.start >= parent.end) : [];
  return (
    parent !== undefined &&
    after.length > 0 &&
    after.length <= 4 &&
    text.slice(parent.end, after[0]!.start) === ' ' &&
    !after.some((t) => mentions.some((m) => m.start < t.end && t.start < m.end))
  );
}

/** How far past a run the rules look for a mention (`, Texas` after a town, a ticker's bracket). */
const NEAR_AFTER = 40;

/** For mentions sorted by start: the largest end among the first i + 1 (so a binary search can skip those ending before a point). */
function prefixMaxEnds(sorted: readonly Mention[]): Int32Array {
  const out = new Int32Array(sorted.length);
  let max = -1;
  for (let i = 0; i < sorted.length; i++) out[i] = max = Math.max(max, sorted[i]!.end);
  return out;
}

/** The mentions (sorted by start) that overlap [from, to). */
function mentionsAround(sorted: readonly Mention[], ends: Int32Array, from: number, to: number): Mention[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: Mention[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < to; i++) if (sorted[i]!.end > from) out.push(sorted[i]!);
  return out;
}

/** Where `form` occurs as whole words, as written or in capitals: `[start, end]` pairs. */
function placesOf(text: string, form: string): [number, number][] {
  const out: [number, number][] = [];
  if (!form) return out;
  for (const f of new Set([form, form.toUpperCase()])) {
    for (let i = text.indexOf(f); i >= 0; i = text.indexOf(f, i + f.length)) {
      if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[i + f.length] ?? '')) out.push([i, i + f.length]);
    }
  }
  return out;
}

/** Occurrences of `form` as whole words, as written or in capitals. */
export function countOccurrences(text: string, form: string): number {
  return placesOf(text, form).length;
}

/** How many places name it by any of `forms`, overlapping forms counted once (`Kestrel Mining` holds `Kestrel`). */
export function countPlaces(text: string, forms: readonly string[]): number {
  const spans = forms.flatMap((f) => placesOf(text, f)).sort((a, b) => a[0] - b[0]);
  let n = 0;
  let end = -1;
  for (const [s, e] of spans) {
    if (s >= end) n++;
    end = Math.max(end, e);
  }
  return n;
}

/** Words that open a sentence to say how the company named next stands to another: `Parent`, `Rival`. */
const RELATION_OPENERS: ReadonlySet<string> = new Set(['Parent', 'Rival', 'Peer', 'Sister', 'Fellow', 'Compatriot']);

/** A common word, a month or a demonym: prose, not a name, when it stands alone. */
// A hyphenated compound of common words and demonyms (`Forward-Looking`, `Long-Term`,
// `Chinese-owned`, `Australian-listed`) is prose like its parts.
const plainWord = (w: string): boolean =>
  isCommonWord(w) || CALENDAR_WORDS.has(w) || isDemonym(w) || (w.includes('-') && w.split('-').every((p) => p !== '' && (isCommonWord(p) || isDemonym(p))));

/**
 * The pieces of a run that may be names: without the known mentions inside it (unless a legal
 * suffix or ticker right after the whole run makes it one company's name), split at a title
 * (`Energy Minister Chris Bowen` → `Energy`, and the person), at `and` between two names, and
 * trimmed of dates, and of a common word that only opens the sentence.
 */
function splitRun(
  text: string,
  run: NameRun,
  mentions: readonly Mention[],
  kindOf?: (id: string) => EntityKind | undefined,
  places: readonly Mention[] = mentions,
): Piece[] {
  const whole = run.tokens;
  const inMention = (t: RunToken) => inMentionAt(mentions, t);
  const coveredWhole = mentions.some((m) => m.start <= run.start && m.end >= run.end);
  // A known place or body opening a longer name that ends in a kind word is part of it
  // (`Louisiana Strategic Metals Complex`, `China Northern Rare Earth Group`).
  const place = mentions.find((m) => m.start <= whole[0]!.start && m.end > whole[0]!.start);
  const placeKind = place ? kindOf?.(place.entityId) : undefined;
  // A known site opening another site's name is part of it too (`the Tavan Tolgoi Power Plant`).
  const siteOpens = placeKind === 'project' && kindOfHead(whole[whole.length - 1]!.text) === 'project' && place!.end < whole[whole.length - 1]!.start;
  // So is one the article defines by the whole run's initials (`Extremadura New Energies (ENE)`).
  // And one whose body comes right after it, named for its portfolio (`Minnesota Department of
  // Employment and Economic Development`, a state's agency: not the state).
  // Not a place that `of` follows: `the New Valley Governorate of the Western Desert` places one region in another.
  const opened =
    !coveredWhole &&
    (placeKind === 'country' || placeKind === 'region' || siteOpens) &&
    whole.find((t) => t.start >= place!.end)?.text !== 'of' &&
    !inMentionAt(mentions, whole[whole.length - 1]!) &&
    (kindOfHead(whole[whole.length - 1]!.text) !== undefined ||
      initialsDefined(text, whole) ||
      bodyAfter(whole, place!.end) ||
      // A company's formal name: a legal suffix ends it (`US Magnesium LLC`).
      (placeKind !== 'project' && whole.length >= 3 && LEGAL_WORDS.has(whole[whole.length - 1]!.text)));
  // The same for the first of two names joined by `and` (`China Railway Construction Corporation and
  // Tongling Nonferrous Metals Group`): the place opens the first, up to the `and`.
  const andAt = whole.findIndex((t, i) => i > 0 && (t.text === 'and' || t.text === '&'));
  const lead = andAt > 0 ? whole.slice(0, andAt) : [];
  const openedLead =
    !opened &&
    !coveredWhole &&
    (placeKind === 'country' || placeKind === 'region') &&
    lead.length >= 3 &&
    lead.find((t) => t.start >= place!.end)?.text !== 'of' &&
    LEGAL_WORDS.has(lead[lead.length - 1]!.text) &&
    !inMentionAt(mentions, lead[lead.length - 1]!);
  const openedUntil = opened ? whole.length : openedLead ? andAt : 0;
  // The same after `the` inside a longer run (`Mineral Resource Estimate for the Brumado Project`):
  // the place opens the project's name from there on.
  let openedAt = -1;
  if (!coveredWhole && !opened && PROJECT_HEADS.has(whole[whole.length - 1]!.text) && !inMentionAt(mentions, whole[whole.length - 1]!))
    for (let i = 1; i < whole.length - 1; i++) {
      if (whole[i - 1]!.text !== 'the') continue;
      const at = mentions.find((m) => m.start === whole[i]!.start);
      const kind = at ? kindOf?.(at.entityId) : undefined;
      if ((kind === 'country' || kind === 'region') && !whole.slice(i + 1).some((t) => t.start >= at!.end && inMentionAt(mentions, t))) openedAt = i;
    }
  // A material's name inside a company's (`Orsted Magnet GmbH`), or a project's right before the
  // suffix (`Donald Project Pty Ltd`): a legal suffix later in the run makes it part of the name.
  const legalAt = whole.findIndex((t) => LEGAL_WORDS.has(t.text));
  // A legal form before the name (`PT Kolaka Nickel Indonesia`): the known places and materials after it are words of the name.
  // The name ends at `and` (`PT Kolaka Nickel Indonesia and Taiyuan …`: what follows is another name).
  const prefixed: boolean[] = [];
  const prefixEnds = new Set<number>();
  for (let i = 0, on = false; i < whole.length; i++) {
    if (LEGAL_PREFIXES.has(whole[i]!.text) && i + 1 < whole.length) on = true;
    else if (on && (whole[i]!.text === 'and' || whole[i]!.text === '&')) {
      on = false;
      prefixEnds.add(i);
    }
    prefixed.push(on);
  }
  // A body `of` known places is one name (`Geological Survey of Denmark and Greenland`, `Bank of Canada`).
  const ofPlaces = bodyOfPlaces(text, whole, places, kindOf);
  // A person whose surname is a place's name (`said Renata Queiroz Lima, Vice President`).
  const surnamePlace = placeSurname(text, whole, mentions, places, kindOf);
  // `State Company for Phosphate`: the known words after a company's `… for` are its name's.
  const companyFor = whole.findIndex((t, i) => i > 0 && i + 2 < whole.length && COMPANY_FOR.test(t.text) && whole[i + 1]!.text === 'for');
  // A run that a bracketed place and a legal suffix follow (`Bannerman Mining Resources (Namibia)
  // (Pty) Ltd`: a run stops at the bracket) has its suffix after its last word.
  const runEnd = whole[whole.length - 1]!.end;
  const suffixAt =
    legalAt >= 0
      ? legalAt
      : text.startsWith(' (', runEnd) && legalSuffixEnd(text, whole[0]!.start, runEnd, false, { subsidiary: true }) > runEnd
        ? whole.length
        : -1;
  const suffixStart = suffixAt === whole.length ? runEnd + 1 : suffixAt >= 0 ? whole[suffixAt]!.start : -1;
  const inName = (t: RunToken, i: number): boolean => {
    if (ofPlaces >= 0 && i > ofPlaces) return true;
    if (companyFor >= 0 && i > companyFor + 1) return true;
    if (i === surnamePlace) return true;
    if (prefixed[i]) return true;
    if (suffixAt <= i) return false;
    const m = mentions.find((x) => x.start < t.end && t.start < x.end);
    if (m === undefined) return false;
    const kind = kindOf?.(m.entityId);
    if (kind === 'material') return true;
    if (suffixAt < 0 || suffixStart < m.end) return false;
    // A known project right before the suffix, or before the materials it produces, names the company
    // that holds it (`Donald Project Pty Ltd`, `Kabanga Nickel Limited`); a known company, common words
    // and the suffix name its subsidiary (`Ionic Technologies International Limited`).
    const between = whole.filter((x) => x.start >= m.end && x.end <= suffixStart);
    // A trade word the dictionary does not hold may stand between when a company's word ends them
    // (`Barapukuria Coal Mining Company Limited`, `Maddhapara Granite Mining Company Limited`).
    const tradeEnds = between.length > 0 && kindOfHead(between[between.length - 1]!.text) === 'company';
    if (kind === 'project')
      return between.every((x) => {
        if (kindOfHead(x.text) === 'company') return true; // `Nickel`, `Mining`, `Metals`: a company's words
        const o = mentions.find((y) => y.start <= x.start && y.end >= x.end);
        if (tradeEnds && o === undefined && /^\p{Lu}\p{Ll}+$/u.test(x.text)) return true;
        return o !== undefined && kindOf?.(o.entityId) === 'material';
      });
    // The words may be of another language (`Lynas Mineração Ltda.`, `… Vertriebs GmbH`): one or two capitalised words.
    // A fund named after its sponsor holds any words (`Global X Lithium & Battery Tech ETF`).
    return (
      kind === 'company' &&
      between.length > 0 &&
      (whole[suffixAt]?.text === 'ETF' ||
        between.every((x) => plainWord(x.text)) ||
        (between.length <= 2 && between.every((x) => /^\p{Lu}\p{Ll}+$/u.test(x.text))))
    );
  };
  const groups: RunToken[][] = [[]];
  const out: Piece[] = [];
  for (let i = 0; i < whole.length; i++) {
    const t = whole[i]!;
    if (prefixEnds.has(i)) {
      groups.push([]);
      continue;
    }
    const placeEnd = coveredWhole ? 0 : compassPlaceEnd(whole, i, mentions, kindOf);
    if (placeEnd > i) {
      out.push({ toks: whole.slice(i, placeEnd + 1), initial: false, titled: false, directed: true });
      groups.push([]);
      i = placeEnd;
    } else if (i === openedAt) groups.push([t]);
    else if (coveredWhole || (i >= openedUntil && !(openedAt >= 0 && i > openedAt) && inMention(t) && !inName(t, i))) groups.push([]);
    else groups[groups.length - 1]!.push(t);
  }
  for (const g of groups.filter((x) => x.length)) {
    // A title splits the run: what comes before is a body (or prose), what follows a person.
    // Not a word of a known name (`General` of `General Motors Holdings LLC`).
    const titleAt = g.findIndex((t, i) => TITLE_STARTS.has(t.text) && i < g.length - 2 && !kindOfHead(g[g.length - 1]!.text) && !inMention(t));
    const parts: { toks: RunToken[]; titled: boolean }[] = [];
    if (titleAt >= 0) {
      let j = titleAt;
      const titleWord = (t: RunToken | undefined) => t !== undefined && (TITLE_STARTS.has(t.text) || TITLE_WORDS.has(t.text));
      // `Managing Director and CEO Jane Doe`: two titles joined by `and`.
      while (j < g.length && (titleWord(g[j]) || ((g[j]!.text === 'and' || g[j]!.text === '&') && titleWord(g[j + 1])))) j++;
      // `Minister of Natural Resources`: what follows `of` is the portfolio, not a person, unless a
      // name ends it (`Minister for Business and Mineral Resources Naaja Nathanielsen`).
      const portfolio = g[j]?.text === 'of' || g[j]?.text === 'for';
      const named = portfolio ? nameAfterPortfolio(g.slice(j + 1)) : 0;
      parts.push({ toks: g.slice(0, titleAt), titled: false });
      if (named) parts.push({ toks: g.slice(g.length - named), titled: true });
      else parts.push({ toks: g.slice(portfolio ? j + 1 : j), titled: !portfolio });
    } else parts.push({ toks: g, titled: false });
    for (const part of parts.flatMap((x) => personOfBody(text, x))) {
      // `Lynas and Iluka` are two names; `Mining and Minerals Regulatory Authority` is one;
      // `Makivik and the Kativik Regional Government` two again (`the` opens a second name).
      const andAt = part.toks.findIndex((t) => t.text === 'and' || t.text === '&');
      // The `and` of a body `of` places joins its places (`… of Denmark and Greenland`); one before it
      // joins two names (`Minerven and the Central Bank of Venezuela`).
      const pieces =
        andAt > 0 &&
        !(ofPlaces >= 0 && part.toks.includes(whole[ofPlaces]!) && whole.indexOf(part.toks[andAt]!) > ofPlaces) &&
        (!bodyHead(part.toks[part.toks.length - 1]!.text) ||
          part.toks[andAt + 1]?.text === 'the' ||
          namesBeforeAnd(part.toks, andAt) ||
          twoBodies(part.toks, andAt)) &&
        // `Ministry of Lands and Mining Development`, `Institute of Mining and Metallurgy`: a body of two fields.
        !fieldsOfBody(part.toks, andAt) &&
        // `Mineral Exploration and Consultancy Limited`: common words joined before a legal suffix are one company.
        !(legalAt >= 0 && part.toks.includes(whole[legalAt]!) && plainWord(part.toks[andAt - 1]!.text)) &&
        !/^\s*\(/.test(text.slice(part.toks[part.toks.length - 1]!.end))
          ? [part.toks.slice(0, andAt), part.toks.slice(andAt + 1)]
          : [part.toks];
      for (const p of pieces) {
        let toks = p;
        const atStart = toks[0] === whole[0] && run.initial;
        // `Parent Masan Group (HOSE: MSN) added 1.4%`, `Rival Zenith Metals Corp. fell`: a word that
        // says how a company stands to the one just named opens the sentence, not the name (blind-126),
        // whatever follows it; the name is the words after, the first of them no common word.
        if (atStart && toks.length >= 2 && RELATION_OPENERS.has(toks[0]!.text) && !plainWord(toks[1]!.text)) toks = toks.slice(1);
        // A common word (or two) opening the sentence is prose unless the article writes the longer name elsewhere.
        // A short form made of the words' initials proves the words a name (`Northern Ore Refining Company ("NORC")`).
        // So does a body `of` known places (`Sources: National Statistics Office of Georgia`).
        const ofPlace = ofPlaces >= 0 && toks.indexOf(whole[ofPlaces]!) > 0;
        // So does a listing right after them (`Gold Fields (NYSE: GFI) rose 2.2%`).
        if (
          atStart &&
          !ofPlace &&
          !initialsDefined(text, toks) &&
          !listedAfter(text, toks) &&
          !personalRoleAfter(text, toks) &&
          !namesWithSuffix(toks, mentions, kindOf)
        )
          while (toks.length && plainWord(toks[0]!.text) && !writtenElsewhere(text, toks, run.start)) toks = toks.slice(1);
        // `Board of American Rare Earths`, `Principal of APEX Geoscience`: a generic word or a title and `of` before a name are not part of it.
        while (
          toks.length > 2 &&
          (isGenericTerm(toks[0]!.text) || TITLE_STARTS.has(toks[0]!.text) || TITLE_WORDS.has(toks[0]!.text) || MEMBER.test(toks[0]!.text)) &&
          toks[1]!.text === 'of' &&
          // `the Ministry of Minerals`: a ministry is named by its portfolio.
          !MINISTRY.test(toks[0]!.text)
        )
          toks = toks.slice(toks[2]!.text === 'the' ? 3 : 2);
        while (toks.length && (CALENDAR_WORDS.has(toks[0]!.text) || toks[0]!.text === 'The' || CONNECTORS.has(toks[0]!.text))) toks = toks.slice(1);
        while (toks.length && (CALENDAR_WORDS.has(toks[toks.length - 1]!.text) || CONNECTORS.has(toks[toks.length - 1]!.text))) toks = toks.slice(0, -1);
        if (toks.length) out.push({ toks, initial: atStart && toks[0] === whole[0], titled: part.titled });
      }
    }
  }
  return out;
}

/**
 * `minister Jane Doe of the Ministry of Mines`, `Jane Doe of Kestrel Securities asked`: a person and
 * the body they speak for, when a title stands before the name or a verb of speech after the run.
 * A body's own `of` (`Bank of Canada`, `Geological Survey of Kestrel`) has a head word before it.
 */
function personOfBody(text: string, part: { toks: RunToken[]; titled: boolean }): { toks: RunToken[]; titled: boolean }[] {
  const k = part.toks.findIndex((t) => t.text === 'of');
  if (k < 2 || k > 4 || k + 1 >= part.toks.length) return [part];
  const name = part.toks.slice(0, k);
  if (name.some((t) => kindOfHead(t.text) || TITLE_STARTS.has(t.text) || CONNECTORS.has(t.text) || CALENDAR_WORDS.has(t.text))) return [part];
  const before = text.slice(Math.max(0, name[0]!.start - 40), name[0]!.start);
  const after = text.slice(part.toks[part.toks.length - 1]!.end, part.toks[part.toks.length - 1]!.end + 20);
  if (!part.titled && !endsWithLowerTitle(before) && !endsWithPersonalTitle(before) && !finderPatterns().saidAfter.test(after)) return [part];
  const body = part.toks.slice(part.toks[k + 1]!.text === 'the' ? k + 2 : k + 1);
  return [{ toks: name, titled: true }, ...(body.length ? [{ toks: body, titled: false }] : [])];
}

/**
 * How many tokens at the end of a portfolio (`Business and Mineral Resources Naaja Nathanielsen`)
 * are a person's name: two or three capitalised words that are neither prose nor a head, after at
 * least one word of the portfolio; else 0.
 */
function nameAfterPortfolio(toks: readonly RunToken[]): number {
  const nameLike = (t: RunToken) => /^\p{Lu}\p{Ll}/u.test(t.text) && !plainWord(t.text) && !kindOfHead(t.text) && !CONNECTORS.has(t.text);
  let n = 0;
  // `… Minerals Khalid Battal al-Najm`: an Arabic article's surname ends the name, not the portfolio.
  while (n < 3 && n < toks.length - 1 && (nameLike(toks[toks.length - 1 - n]!) || (n === 0 && ARABIC_ARTICLE.test(toks[toks.length - 1]!.text)))) n++;
  return n >= 2 ? n : 0;
}

/** A body's head, then `of` or `for`, before `and`: `… Institute of Mining and Metallurgy`, not `… and the …`. */
function fieldsOfBody(toks: readonly RunToken[], andAt: number): boolean {
  if (toks[andAt + 1]?.text === 'the') return false;
  for (let i = 0; i + 1 < andAt; i++) {
    const kind = kindOfHead(toks[i]!.text);
    if ((kind === 'government' || kind === 'organisation') && (toks[i + 1]!.text === 'of' || toks[i + 1]!.text === 'for')) return true;
  }
  return false;
}

/** Heads that a portfolio names (`Ministry of Lands`, `Department of Mines`). */
const MINISTRY = /^(?:Ministry|Department|Secretariat)$/;

/** A piece of a run that may be a name, and how the run was read. */
interface Piece {
  toks: RunToken[];
  /** It opens a sentence (a capital that may be prose). */
  initial: boolean;
  /** A title stood before it (`Chief Executive …`). */
  titled: boolean;
  /** A compass word before a known place (`East Greenland`). */
  directed?: boolean;
}

/** Compass words that make a part of a known place a place of its own (`East Greenland`, `Northern Quebec`). */
const COMPASS =
  /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|North-East|North-West|South-East|South-West|Northeast|Northwest|Southeast|Southwest|Upper|Lower)$/;

/**
 * When `toks[i]` is a compass word right before a known country or region (`East Greenland`,
 * `Southern Quebec`), the index of the place's last token; else -1.
 */
function compassPlaceEnd(toks: readonly RunToken[], i: number, mentions: readonly Mention[], kindOf?: (id: string) => EntityKind | undefined): number {
  const next = toks[i + 1];
  if (!next || !kindOf || !COMPASS.test(toks[i]!.text) || inMentionAt(mentions, toks[i]!)) return -1;
  const m = mentions.find((x) => x.start === next.start);
  const kind = m ? kindOf(m.entityId) : undefined;
  if (!m || (kind !== 'country' && kind !== 'region')) return -1;
  return toks.findIndex((t, k) => k > i && t.end === m.end);
}

/** Heads of a company a state owns, which a place's name may end (`Investment Corporation of Dubai`). */
const STATE_VEHICLE_HEADS = /^(?:Corporation|Company|Bank|Fund)$/;

/**
 * Index of the `of` in a run that ends `<body head> of <place> [and <place>]`, where every word
 * after `of` is a known country or region (or `and`): the places belong to the body's name. -1 otherwise.
 */
function bodyOfPlaces(text: string, toks: readonly RunToken[], mentions: readonly Mention[], kindOf?: (id: string) => EntityKind | undefined): number {
  let ofAt = toks.findIndex((t, i) => t.text === 'of' && i > 0 && i < toks.length - 1);
  if (ofAt < 0 || !kindOf) return -1;
  const head = kindOfHead(toks[ofAt - 1]!.text);
  // A company's too when it is a state's vehicle's head (`Investment Corporation of Dubai`, `Development Bank of Japan`).
  if (head !== 'government' && head !== 'organisation' && !(ofAt >= 2 && STATE_VEHICLE_HEADS.test(toks[ofAt - 1]!.text))) {
    // Or any name of three words or more `of` a place that the article then defines by an acronym
    // of its own language (`Confederation of Indigenous Nationalities of Ecuador (CONAIE)`).
    ofAt = toks.findLastIndex((t, i) => t.text === 'of' && i > 1 && i < toks.length - 1);
    if (ofAt < 0 || !foreignAcronymAfter(text, toks)) return -1;
  }
  for (const t of toks.slice(ofAt + 1)) {
    if (t.text === 'and' || t.text === 'the') continue;
    const m = mentions.find((x) => x.start < t.end && t.start < x.end);
    const kind = m ? kindOf(m.entityId) : undefined;
    if (kind !== 'country' && kind !== 'region') return -1;
  }
  return ofAt;
}

/**
 * A word styled as a brand: a capital inside it after a small letter (`EcoGraf`, `JPMorgan`), or
 * capitals then small letters (`REEtec`, `REalloys`). Not a surname's prefix (`McLeod`, `DeSantis`,
 * `MacKenzie`, `LaGuardia`), nor an acronym's plural (`CEOs`, `REEs`).
 */
function isStyled(w: string): boolean {
  const { styled, notStyled } = finderPatterns();
  // Three letters so styled are abbreviations (`MoU`, `PhD`, `LoIs`), not brands.
  return w.replace(/(?<=\p{Lu})s$/u, '').length >= 4 && styled.test(w) && !notStyled.test(w);
}

/** A professional's membership before a body's name: `Member of the Australasian Institute of Mining and Metallurgy`. */
const MEMBER = /^(?:Member|Fellow|Members|Fellows|Associate)$/;

/** True when the words are followed by a parenthesised short form spelt with their initials (`(NORC)`, `("NORC")`). */
function initialsDefined(text: string, toks: readonly RunToken[]): boolean {
  if (toks.length < 2) return false;
  const end = toks[toks.length - 1]!.end;
  const short = /^\s*\(\s*(?:the\s+)?["\u201c]?(\p{Lu}{2,8})["\u201d]?\s*\)/u.exec(text.slice(legalSuffixEnd(text, toks[0]!.start, end), end + 40))?.[1];
  const initials = toks
    .filter((t) => /^\p{Lu}/u.test(t.text))
    .map((t) => t.text[0])
    .join('');
  return short !== undefined && short === initials;
}

/**
 * A person's name with a known town's or province's one word for a surname (`Renata Queiroz
 * Lima`, `Rodrigo Mendoza`), or for the first of two surnames (`Héctor Lagos Urrutia`): the other
 * words are name words the dictionary does not know, and the sentence gives the run a person's
 * context (a verb of speech, a title, a role only a person holds). The place word's index, or -1.
 */
function placeSurname(
  text: string,
  whole: readonly RunToken[],
  mentions: readonly Mention[],
  places: readonly Mention[],
  kindOf?: (id: string) => EntityKind | undefined,
): number {
  if (whole.length < 2 || whole.length > 3 || !kindOf) return -1;
  const kindAt = (i: number): EntityKind | undefined => {
    const t = whole[i]!;
    const m = mentions.find((x) => x.start === t.start && x.end === t.end);
    return m ? kindOf(m.entityId) : undefined;
  };
  // The last word: a town's or a province's name; a country's (or a capital read as its government's)
  // only after two name words: `Impala Canada said` is a company's unit. The middle of three: a town's or province's.
  const lastKind = kindAt(whole.length - 1);
  const at = lastKind === 'region' || (lastKind === 'country' && whole.length === 3) ? whole.length - 1 : whole.length === 3 && kindAt(1) === 'region' ? 1 : -1;
  if (at < 0) return -1;
  // Name words the dictionary knows in no reading (`Impala`, Implats's short name in context, is a company's).
  const nameWord = (t: RunToken): boolean =>
    /^\p{Lu}\p{Ll}+$/u.test(t.text) &&
    !plainWord(t.text) &&
    !kindOfHead(t.text) &&
    !TITLE_STARTS.has(t.text) &&
    !inMentionAt(places, t) &&
    !inMentionAt(mentions, t);
  if (!whole.every((t, i) => i === at || nameWord(t))) return -1;
  return personAt(text, whole, false) !== undefined ? at : -1;
}

/** True when a bracket right after the words (and their legal suffix) gives an exchange's listing (`(NYSE: GFI)`). */
function listedAfter(text: string, toks: readonly RunToken[]): boolean {
  const end = legalSuffixEnd(text, toks[0]!.start, toks[toks.length - 1]!.end, false, INTRODUCED);
  const group = /^\s*\(([^()\n]{1,40})\)/.exec(text.slice(end, end + 48));
  return group !== null && bareListings(group[1]!).length > 0;
}

/**
 * A bracketed acronym of three to eight capitals right after the run that opens with the run's
 * first capital, and the run three capitalised words or more: a body's acronym in its own
 * language (`Confederation of Indigenous Nationalities of Ecuador (CONAIE)`).
 */
function foreignAcronymAfter(text: string, toks: readonly RunToken[]): boolean {
  const end = toks[toks.length - 1]!.end;
  const short = /^\s*\(\s*["\u201c]?([A-Z]{3,8})["\u201d]?\s*\)/.exec(text.slice(end, end + 16))?.[1];
  // `The` opening the sentence is no word of the name.
  const capitalised = toks.filter((t, i) => /^\p{Lu}/u.test(t.text) && !(i === 0 && t.text === 'The'));
  return short !== undefined && capitalised.length >= 3 && short[0] === capitalised[0]!.text[0];
}

/** The names this file proposes are the article's own: a bracketed place may stand before their suffix (`legalSuffixEnd`). */
const INTRODUCED = { subsidiary: true } as const;

/** A last word that makes `X and Y …` one name (`… Regulatory Authority`), not a legal suffix (`Lynas Ltd and MP Corp`). */
const bodyHead = (w: string): boolean => kindOfHead(w) !== undefined && !LEGAL_WORDS.has(w);

/**
 * A proper name before `and`, with no `of` before it: two names (`Prince George and McLeod Lake`),
 * though the second ends in a head word; `Ministry of Mines and Energy` and `Minerals and Metals
 * Group` join common words.
 */
const namesBeforeAnd = (toks: readonly RunToken[], andAt: number): boolean =>
  !plainWord(toks[andAt - 1]!.text) && !toks.slice(0, andAt).some((t) => t.text === 'of' || t.text === 'for');

/**
 * A common word opening a sentence, one more word and a legal suffix: the common word is the
 * name's (`Base Titanium Ltd`, `Pure Minerals Ltd`), unless the word after it is a name the
 * dictionary knows (`Rival Lynas Ltd`: the rival is Lynas).
 */
function namesWithSuffix(toks: readonly RunToken[], mentions: readonly Mention[], kindOf?: (id: string) => EntityKind | undefined): boolean {
  if (toks.length !== 3 || !plainWord(toks[0]!.text) || !LEGAL_WORDS.has(toks[2]!.text)) return false;
  const second = toks[1]!;
  const m = mentions.find((x) => x.start <= second.start && x.end >= second.end);
  return m === undefined || kindOf?.(m.entityId) === 'material';
}

/**
 * Two bodies or two divisions, each a name ending in its head word: `Kenya Forest Service and Kenya
 * Wildlife Service`, `Geoscience Australia and CSIRO Mineral Resources Agency`, `Iron County and
 * Reynolds County`; not a body of two fields (`Ministry of Mines and Energy`: `of` first) nor
 * `Mining and Minerals Regulatory Authority`.
 */
const twoBodies = (toks: readonly RunToken[], andAt: number): boolean =>
  andAt >= 2 &&
  toks.length - andAt - 1 >= 2 &&
  isBodyWord(toks[andAt - 1]!.text) &&
  isBodyWord(toks[toks.length - 1]!.text) &&
  !toks.slice(0, andAt).some((t) => t.text === 'of' || t.text === 'for');

/** A head word of a government body, an organisation or a division (`Service`, `Authority`, `County`), not a company's (`Mining`). */
const isBodyWord = (w: string): boolean => {
  const kind = kindOfHead(w);
  return kind === 'government' || kind === 'organisation' || kind === 'region';
};

const inMentionAt = (mentions: readonly Mention[], t: RunToken): boolean => mentions.some((m) => m.start < t.end && t.start < m.end);

/** True when the run's words appear elsewhere in the text, not opening a sentence (`The Metals Company`). */
function writtenElsewhere(text: string, toks: readonly RunToken[], at: number): boolean {
  if (toks.length < 2) return false;
  // The opening word with the next: `Energy Fuels` elsewhere makes `Energy Fuels Inc.` one name.
  const form = text.slice(toks[0]!.start, toks[1]!.end);
  for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + 1)) {
    if (i === at) continue;
    if (/[\p{Ll},;:]\s+$/u.test(text.slice(Math.max(0, i - 3), i))) return true;
  }
  return false;
}

/** The proposals one piece of a run makes (none when it is no name). */
function propose(
  text: string,
  piece: Piece,
  run: NameRun,
  mentions: readonly Mention[],
  kindOf: (id: string) => EntityKind | undefined = () => undefined,
  places: readonly Mention[] = mentions,
): Proposal[] {
  let { toks } = piece;
  if (piece.directed) return [{ toks, run, kind: 'region', evidence: 'place', aliases: [] }];
  const words = wordsOf(toks);
  const last = words[words.length - 1]!;
  // Single letters and capitals alone (`SYDNEY`, `A`) are no names here; a lone common word neither.
  // Capitals alone (`SYDNEY`, `MMRA`: an acronym is read as the short form of the name before it)
  // and a lone common word are no names here.
  if (!words.some((w) => /\p{Ll}/u.test(w)) || (words.length === 1 && (plainWord(last) || isGenericTerm(last)))) return [];
  if (words.every((w) => CALENDAR_WORDS.has(w) || isDemonym(w) || LEGAL_WORDS.has(w))) return [];
  const out: Proposal[] = [];
  // A legal suffix: inside the run (`Kestrel Mining Corp`) or right after it (`, Inc.`).
  let end = toks[toks.length - 1]!.end;
  let legal = toks.length >= 2 && LEGAL_PREFIXES.has(toks[0]!.text);
  // The earliest suffix that reaches the run's end: `Ridgeback Minerals Pty Ltd` drops `Pty Ltd`, not only `Ltd`.
  for (let k = 1; k < toks.length && !legal; k++) {
    const after = legalSuffixEnd(text, toks[0]!.start, toks[k - 1]!.end, false, INTRODUCED);
    if (after >= toks[toks.length - 1]!.end && after > toks[k - 1]!.end) {
      toks = toks.slice(0, k);
      end = after;
      legal = true;
    }
  }
  if (!legal) {
    const after = legalSuffixEnd(text, toks[0]!.start, end, false, INTRODUCED);
    if (after > end) {
      end = after;
      legal = true;
    }
  }
  // A title `of` the company is no part of its name: `General Manager of Florence Copper Inc.`.
  const of = legal ? toks.findIndex((t) => t.text === 'of') : -1;
  if (of > 0 && of < toks.length - 1 && TITLE_STARTS.has(toks[0]!.text) && toks.slice(1, of).every((t) => TITLE_STARTS.has(t.text) || TITLE_WORDS.has(t.text)))
    toks = toks.slice(of + 1);
  const nameWords = wordsOf(toks);
  const bare = nameWords.length === 1 && plainWord(nameWords[0]!);
  const name = text.slice(toks[0]!.start, toks[toks.length - 1]!.end);
  // Forms the article defines after the name (and its suffix): tickers, acronyms, short names.
  // A name `of` a place defined by an acronym of its own language reads as a body's (`CONAIE`).
  const headKind = kindOfName(nameWords) ?? (nameWords.includes('of') && foreignAcronymAfter(text, toks) ? 'organisation' : undefined);
  const defined = findDefinitions(
    text,
    [{ entityId: 'candidate', text: name, start: toks[0]!.start, end }],
    // With its legal suffix, which a short form may abbreviate too (`State Mining Corporation (STAMICO)`).
    () => text.slice(toks[0]!.start, end),
    () => (legal ? 'company' : headKind),
  );
  const tickers = defined.filter((d) => d.type === 'ticker').map((d) => d.text);
  const shorts = defined.filter((d) => d.type === 'short').map((d) => d.text);
  const aliases = [...tickers, ...shorts];
  // `the Mining and Minerals Act, 2022`, `the Mining Act 1978`: the year of a short title is part of it
  // (`Act of 2009` is written both ways, and annotators split on it: left out).
  const year = !legal && LAW_HEADS.test(last) ? /^(?:,\s*|\s+)(?:19|20)\d\d(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 8)) : null;
  const nameEnd = bare && legal ? end : year ? end + year[0].length : undefined;
  if (bare && !legal) return [];
  const base = { toks, run, aliases, ...(nameEnd ? { nameEnd } : {}), ...(legal ? { legalEnd: end } : {}) };
  if (tickers.length) out.push({ ...base, kind: 'company', evidence: 'ticker' });
  if (legal) out.push({ ...base, kind: 'company', evidence: 'legal-suffix' });
  // `Aquifer Protection Permit (the "APP")`: a document an authority issues is named and defined
  // like a body, but it is none, nor any other kind of entity (blind-132).
  if (shorts.length && !tickers.length && (legal || !DOCUMENT_HEADS.test(last)))
    out.push({ ...base, kind: legal ? 'company' : (headKind ?? 'organisation'), evidence: 'short-form' });
  // `Kivundo Project Pty Ltd` is the company that holds the project, not the site.
  if (!legal) out.push(...projectSite(text, toks, run));
  // A town the sentence places (`in Alexandria, Louisiana`, `the port of Nacala`): towns.ts.
  if (!legal && !tickers.length && toks.length <= 3 && !headKind && nameWords.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) && !nameWords.every(plainWord)) {
    if (writtenAsPlace(text, toks[0]!.start, end, mentions, kindOf)) out.push({ ...base, kind: 'region', evidence: 'place' });
  }
  // `Fukui Prefecture`, `Kern County`: a division's own word makes the name a place.
  // Not `State` (`Islamic State`, `Member State`): a word that names more than places. Not a river
  // or a creek (`Doce River`, `Harshaw Creek`): the guide marks no watercourse, and a mine named
  // for one is read by its own head word (`Wheeler River project`).
  if (
    headKind === 'region' &&
    kindOfHead(last) === 'region' &&
    toks.length >= 2 &&
    last !== 'State' &&
    last !== 'River' &&
    last !== 'Creek' &&
    !nameWords.slice(0, -1).every((w) => plainWord(w) || CONNECTORS.has(w))
  ) {
    out.push({ ...base, kind: 'region', evidence: 'place' });
  }
  // A local authority's name needs no `the` (`Devon County Council handles minerals planning`,
  // `Townsville City Council`): a government body, as annotators class one (blind-135).
  // Opening a sentence, a word of its own names it (`Every District Council` is prose).
  if (
    toks.length >= 3 &&
    LOCAL_COUNCIL.test(text.slice(toks[toks.length - 2]!.start, end)) &&
    (!piece.initial || nameWords.slice(0, -2).some((w) => !plainWord(w)))
  )
    out.push({ ...base, kind: 'government', evidence: 'headed' });
  else if (headedBody(text, toks, piece.initial, headKind)) out.push({ ...base, kind: headKind!, evidence: 'headed' });
  // `State Company for Phosphate`: a company's head, `for` and a capitalised word name it wherever it stands.
  else if (headKind === 'company' && companyForName(nameWords)) out.push({ ...base, kind: 'company', evidence: 'headed' });
  // `Company` ends a company's name as `Corporation` does (`the Sierra Leone Development Company`,
  // `first by Emperor Gold Mining Company`), where a word of its own names it: `the Mining Company`
  // is prose.
  else if (last === 'Company' && companyNamed(nameWords)) out.push({ ...base, kind: 'company', evidence: 'headed' });
  // A body `of` known places, two words or more before `of` (`National Statistics Office of Georgia`,
  // `Investment Corporation of Dubai`): its head says what it is, wherever it stands.
  else {
    const ofAt = bodyOfPlaces(text, toks, places, kindOf);
    const head = ofAt >= 2 ? kindOfHead(toks[ofAt - 1]!.text) : undefined;
    if (head && toks.slice(0, ofAt).some((t) => !plainWord(t.text) || kindOfHead(t.text)) && !piece.initial)
      out.push({ ...base, kind: head, evidence: 'headed' });
  }
  const person = personAt(text, toks, piece.titled);
  if (!legal && !tickers.length && describedCompany(text, toks, end, headKind, person !== undefined))
    out.push({ ...base, kind: 'company', evidence: 'described' });
  if (person) out.push({ toks, run, kind: 'person', evidence: 'person', aliases: [], ...(person.role ? { role: person.role } : {}) });
  // A brand's styling (`EcoGraf`, `CoTec Holdings`, `REEtec`): a company's name, which no prose word is.
  // Not a wire's credit in a dateline (`/PRNewswire/`, `(GlobeNewswire)`).
  const credit = /[(/]\s*$/.test(text.slice(Math.max(0, toks[0]!.start - 2), toks[0]!.start)) && /^\s*[)/]/.test(text.slice(end, end + 2));
  if (!person && !legal && !tickers.length && !credit && toks.length <= 4 && nameWords.some(isStyled))
    out.push({ ...base, kind: headKind ?? 'company', evidence: 'styled' });
  // Repeated: two words or more, not all of them prose words unless a kind word ends the name.
  if (toks.length >= 2 && !person && (nameWords.some((w) => !plainWord(w) && !TITLE_STARTS.has(w)) || (headKind && toks.length >= 3))) {
    out.push({ ...base, kind: headKind ?? 'company', evidence: 'repeated' });
  }
  return out;
}

/** The heads of a law's or a strategy's name (a contract's `Agreement` or `Plan` is often a defined term). */
const LAW_HEADS = /^(?:Act|Law|Bill|Directive|Regulation|Regulations|Treaty|Accord|Strategy|Framework|Policy)$/;

/**
 * An agreement between states: named for its parties (`Canada-Panama Free Trade Agreement`,
 * `US–Japan Critical Minerals Agreement`) or for trade (`the Free Trade Agreement`), which no
 * contract's defined term is.
 */
function betweenStates(toks: readonly RunToken[]): boolean {
  if (!/^(?:Agreement|Partnership|Memorandum|Compact|Pact)$/.test(toks[toks.length - 1]!.text)) return false;
  return /^\p{Lu}[\p{L}.]+[-\u2013]\p{Lu}[\p{L}.]+$/u.test(toks[0]!.text) || (toks.length >= 2 && toks[toks.length - 2]!.text === 'Trade');
}

/** The head words of a facility's name, which after `the` make a name as a body's do. */
const FACILITY_HEADS = /^(?:Refinery|Smelter|Plant|Facility|Complex|Mill|Concentrator)$/;

/** Kinds whose head word, capitalised after `the`, makes a name: a body or a law (and a facility: `FACILITY_HEADS`). */
const BODY_KINDS: ReadonlySet<EntityKind> = new Set(['government', 'organisation', 'policy']);

/** A number written out (`Thirteen`, `Twenty-one`, `Hundreds`): it counts, it names nothing. */
const NUMBER_WORD =
  /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen)s?(?:-(?:one|two|three|four|five|six|seven|eight|nine))?$/i;

/** The head of a document's name, not a body's: `Aquifer Protection Permit`, `Environmental Compliance Certificate`. */
const DOCUMENT_HEADS = /^(?:Permit|Licen[cs]e|Certificate|Approval|Authori[sz]ation|Consent)s?$/;

/**
 * A body's or a law's proper name: two words or more, capitalised in mid-sentence after `the` (or
 * `the 2023`), ending in a word for what it is: `the Cabinet Office`, `the Mining Commission`,
 * `the 2023 Mines and Minerals Act`. Not a name made only of generic terms (`the Project Board`), nor
 * a contract's defined term (`the Offtake Agreement`).
 */
function headedBody(text: string, toks: readonly RunToken[], initial: boolean, kind: EntityKind | undefined): boolean {
  if (initial || toks.length < 2 || !kind) return false;
  // A facility's name (`the Greentech Industrial Plant`, `the Kwinana Refinery`) has a proper word
  // in it: `the Water Treatment Plant` is prose.
  if (kind === 'project') {
    if (
      !FACILITY_HEADS.test(toks[toks.length - 1]!.text) ||
      toks.slice(0, -1).every((t) => plainWord(t.text) || isGenericTerm(t.text) || CONNECTORS.has(t.text))
    )
      return false;
  } else if (!BODY_KINDS.has(kind)) return false;
  // A contract's defined term is no law (`the Offtake Agreement`, `the Investment Plan`); a plan
  // named for what it develops is (`the Quebec Plan for the Development of Critical Minerals`).
  if (kind === 'policy' && !LAW_HEADS.test(toks[toks.length - 1]!.text) && namedForAt(wordsOf(toks)) < 0 && !betweenStates(toks)) return false;
  if (toks.every((t) => isGenericTerm(t.text) || /^(?:of|for|and|&|the)$/.test(t.text))) return false;
  // A First Nation's name needs no `the`: `agreements with Mattagami First Nation and Flying Post First Nation`.
  if (toks.length >= 3 && toks[toks.length - 2]!.text === 'First' && /^Nations?$/.test(toks[toks.length - 1]!.text)) return true;
  // `the Mining Commission`, and `The Mining Commission is …` opening a sentence; the second of two
  // names that one `the` governs (`the Kenya Forest Service and Kenya Wildlife Service`).
  const before = text.slice(Math.max(0, toks[0]!.start - 80), toks[0]!.start);
  // A facility's state may stand between (`the planned Tavan Tolgoi Power Plant`).
  if (kind === 'project' && FACILITY_STATE.test(before.slice(-24))) return true;
  return /(?:^|[^\p{L}\p{N}])[Tt]he\s+(?:\d{4}\s+)?$/u.test(before.slice(-10)) || THE_FIRST_OF_TWO.test(before);
}

/** The last two words of a local authority's name. */
const LOCAL_COUNCIL = /^(?:County|City|District|Borough|Shire|Town|Municipal|Regional|Metropolitan|Parish) Council$/;

/** `the` and a word for a facility's state before its name: `the planned …`, `the idled …`. */
const FACILITY_STATE = /(?:^|[^\p{L}\p{N}])[Tt]he\s+(?:planned|proposed|new|existing|idled|idle|former|future|expanded|upgraded)\s+$/u;

/** `the` and a capitalised name ending in a body's head word, then `and`: the start of a second name the `the` governs. */
const THE_FIRST_OF_TWO =
  /(?:^|[^\p{L}\p{N}])[Tt]he\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,5}(?:Service|Authority|Agency|Commission|Board|Bureau|Council|Survey|Office|Department|Ministry|Institute|Administration|Corporation|Fund|Bank)\s+and\s+$/u;

/** The words of a mining report's or milestone's name (hyphenated ones by their parts). */
const REPORT_WORDS = new Set(
  (
    'pre prefeasibility feasibility definitive bankable scoping study studies preliminary economic assessment mineral ' +
    'resource resources reserve reserves ore estimate statement technical report environmental impact social life of mine plan update ' +
    'updated interim final investment decision front end engineering design and'
  ).split(' '),
);

/** The words one of which ends such a name. */
const REPORT_HEADS = new Set(['study', 'studies', 'assessment', 'estimate', 'statement', 'report', 'decision', 'plan', 'update']);

/** True when every word of `name` is a word of a report's or milestone's name (`Pre-Feasibility Study`). */
function isReportName(name: string): boolean {
  const words = name
    .toLowerCase()
    .split(/[\s-]+/)
    .filter(Boolean);
  return words.length >= 2 && words.every((w) => REPORT_WORDS.has(w)) && words.some((w) => REPORT_HEADS.has(w));
}

/**
 * A process's name, however a release capitalises and abbreviates it: a few words then a word for
 * what the process does and `of` (`Hydrogen Processing of Magnet Scrap ("HPMS")`, `Solvent
 * Extraction of Rare Earths`). A company's or a body's name does not run on with `of` after one.
 */
const PROCESS_NAME =
  /^(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Processing|Recycling|Extraction|Leaching|Separation|Decrepitation|Precipitation|Electrolysis|Roasting|Flotation|Reduction|Purification)\s+of\s/u;

/**
 * A company's name of two words or more, not all of them generic, that the article says is a
 * company: a word before it whose head word says so too (`U.S. investor Tallis Brook Capital`, `its
 * subsidiary Cam Iron`), or an apposition after it, whatever its head word (`Oldendorff Carriers,
 * the Lübeck-based dry-bulk operator,`, `BHE Renewables, the geothermal arm of …`), unless the name
 * is a person's.
 */
function describedCompany(text: string, toks: readonly RunToken[], end: number, headKind: EntityKind | undefined, person: boolean): boolean {
  if (toks.length < 2 || toks.every((t) => isGenericTerm(t.text) || plainWord(t.text) || CONNECTORS.has(t.text))) return false;
  const patterns = finderPatterns();
  if (headKind === 'company' && patterns.companyBefore.test(text.slice(Math.max(0, toks[0]!.start - 24), toks[0]!.start))) return true;
  return !person && (headKind === undefined || headKind === 'company') && patterns.companyAfter.test(text.slice(end, end + 90));
}

/**
 * The kind a name's words say: `Ministry of Industry and Information Technology` by its first word
 * (a body `of` something), else by its last (`… Regulatory Authority`, `… Rare Earths Group`).
 */
export function kindOfName(words: readonly string[]): EntityKind | undefined {
  if (words.length >= 3 && (words[1] === 'of' || words[1] === 'for')) {
    const first = kindOfHead(words[0]!);
    if (first) return first;
  }
  // `Directorate General of Mines`, `Secretariat General for …`: a body's head and its rank.
  if (words.length >= 4 && words[1] === 'General' && (words[2] === 'of' || words[2] === 'for')) {
    const first = kindOfHead(words[0]!);
    if (first) return first;
  }
  const at = namedForAt(words);
  return at >= 0 ? kindOfHead(words[at]!) : kindOfHead(words[words.length - 1]!);
}

/**
 * Where a body's or a plan's head word stands inside a longer name, followed by what it is for
 * (`Quebec Plan for the Development of …`, `Kivu Agency for Mineral Resources`): its index, or -1.
 * Only bodies and laws are named so; a company's trade word is not (`Mining for Tomorrow`), but a
 * company's own head before `for` is (`COMPANY_FOR`).
 */
function namedForAt(words: readonly string[]): number {
  for (let i = 1; i + 2 < words.length; i++) {
    if (words[i + 1] !== 'for' && words[i + 1] !== 'of' && words[i + 1] !== 'on') continue;
    const kind = kindOfHead(words[i]!);
    if (kind && BODY_KINDS.has(kind)) return i;
    // Except the way Arabic names render: `State Company for Phosphate`, `General Company for Iron and Steel`.
    if (words[i + 1] === 'for' && COMPANY_FOR.test(words[i]!)) return i;
  }
  return -1;
}

/** `State Company for Phosphate`, `General Company for Iron and Steel`: a word, a company's head, `for` and a capitalised word. */
function companyForName(words: readonly string[]): boolean {
  const at = namedForAt(words);
  return at >= 1 && COMPANY_FOR.test(words[at]!) && words[at + 1] === 'for' && /^\p{Lu}/u.test(words[at + 2] ?? '');
}

/** A name ending in `Company` with a word of its own before it: not only prose and trade words (`National Mining Company`). */
function companyNamed(words: readonly string[]): boolean {
  const before = words.slice(0, -1);
  return before.length >= 1 && before.some((w) => !plainWord(w) && !isGenericTerm(w) && !CONNECTORS.has(w) && !kindOfHead(w) && !TITLE_STARTS.has(w));
}

/** A company's head word that Arabic-style names follow with what it is for (`State Company for Phosphate`). */
const COMPANY_FOR = /^(?:Company|Corporation|Establishment)$/;

/** `the X Project`, `X deposit`, `X mine`: the site's name without its head word. */
function projectSite(text: string, toks: RunToken[], run: NameRun): Proposal[] {
  // `Mineral Resource Estimate for the Bahia Project`: the report's title is not the site's name.
  const cut = toks.findLastIndex((t) => t.text === 'the' || t.text === 'for');
  if (cut >= 0) toks = toks.slice(cut + 1);
  if (!toks.length) return [];
  const words = wordsOf(toks);
  const capitalHead = words.length >= 2 && PROJECT_HEADS.has(words[words.length - 1]!);
  const site = capitalHead ? toks.slice(0, -1) : toks;
  const after = text.slice(toks[toks.length - 1]!.end, toks[toks.length - 1]!.end + 120);
  const { lowerSiteAfter, siteListBefore, sharedSiteAfter } = finderPatterns();
  // A plural head after one name only where the article makes it a site's (`the Waisoi deposits`) or
  // the last of several (`… and Ribeirão do Ouro deposits`); `Sedimentary deposits` is a kind of site.
  const lower = lowerSiteAfter.exec(after);
  const before = text.slice(Math.max(0, toks[0]!.start - 80), toks[0]!.start);
  const lowerHead = lower !== null && (!lower[1] || siteListBefore.test(before) || /\bthe\s+$/i.test(before));
  const headed = capitalHead || lowerHead || sharedSiteAfter.test(after);
  if (!headed || !site.length) return [];
  const siteWords = wordsOf(site);
  // A site named only with prose words (`the Rare Earths Project` after a known name) is no new name.
  if (siteWords.every((w) => plainWord(w) || isGenericTerm(w))) return [];
  if (siteWords.every((w) => isDemonym(w) || CALENDAR_WORDS.has(w))) return [];
  // `Thirteen mine workers were killed`: a number opening a sentence counts the workers, it names no mine (blind-134).
  if (siteWords.every((w) => NUMBER_WORD.test(w))) return [];
  // `the Chambishi Southeast deposit`: a point of the compass alone, after a known name, is that
  // name's part (`Southeast` is no site of its own).
  if (siteWords.every((w) => COMPASS.test(w))) return [];
  const aliases = site !== toks ? [text.slice(toks[0]!.start, toks[toks.length - 1]!.end)] : [];
  return [{ toks: site, run, kind: 'project', evidence: 'project', aliases }];
}

/**
 * A title in lower case right before a name, as wires write it: `said chairman Choi Yun-birm`,
 * `chief executive Jane Doe` (any whitespace between its words; no letter before it). Read back in
 * code (`endsWithPhrase`): as an alternation it was 11 KB of machine code kept in every tab.
 */
const LOWER_TITLES: ReadonlySet<string> = new Set([
  'chairman',
  'chairwoman',
  'chairperson',
  'chair',
  ...['chief', 'deputy', 'vice'].flatMap((w) => ['executive', 'executive officer', 'minister', 'director'].map((t) => `${w} ${t}`)),
  'president',
  'prime minister',
  'minister',
  'secretary',
  'managing director',
  'director',
  'founder',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'analyst',
  'economist',
  // The trade's own roles (`a fluorochemicals buyer, Tomás Reyes, told me`, blind-137).
  'trader',
  'buyer',
  'broker',
  'consultant',
  'strategist',
  'geologist',
  'governor',
  'senator',
  'ambassador',
  'ceo',
]);
export const endsWithLowerTitle = (before: string): boolean => endsWithPhrase(before, LOWER_TITLES, 3);

/** Roles only a person holds (a body may be a `partner`, `member` or `head` of something too). */
const PERSONAL_ROLE =
  /^(?:(?:co-)?founder|chief\s+\w+|ceo|cfo|coo|president|vice[\s-]president|chair(?:man|woman|person)?|managing director|minister|secretary|senator|governor|premier|analyst|economist|strategist|spokes(?:person|man|woman)|general manager|geologist|engineer|commissioner|ambassador|professor|mayor)\b/iu;

/** A title only a person bears, right before the name (`Sen. Tiger Brown`, `Dr Rose Hill`), read back in code like `LOWER_TITLES`. */
const PERSONAL_TITLES: ReadonlySet<string> = new Set([
  ...['Sen', 'Rep', 'Gov', 'Dr', 'Mr', 'Mrs', 'Ms', 'Mx', 'Prof', 'Hon', 'Smt', 'Cllr'].flatMap((t) => [t, `${t}.`]),
  'Senator',
  'Representative',
  'Congressman',
  'Congresswoman',
  'Sir',
  'Dame',
  'Shri',
  'Sri',
]);
export const endsWithPersonalTitle = (before: string): boolean => endsWithPhrase(before, PERSONAL_TITLES, 1);

/** `of` (and `the`) right before a name: `Jane Doe of Kestrel` reads what follows as who she speaks for. */
const OF_BEFORE = /of\s+(?:the\s+)?$/g;

/** A role only a person holds right after the words (`Tiger Brown, Managing Director of …`): they are a name even if English words open the sentence. */
function personalRoleAfter(text: string, toks: RunToken[]): boolean {
  const role = finderPatterns().roleOpeners.exec(text.slice(toks[toks.length - 1]!.end, toks[toks.length - 1]!.end + 200))?.[1];
  return role !== undefined && PERSONAL_ROLE.test(role.trim());
}

/** The name at [start, end) is a byline's (`By Jane Doe` on a line of its own) or a credit line's. */
function bylineAt(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  // Or a wire's credit line: `(Reporting by Jane Doe; editing by John Roe)`.
  return (BYLINE.test(line) || CREDIT_LINE.test(line)) && CREDITED_BEFORE.test(text.slice(lineStart, start));
}

/** The last word of a team's name, never a surname: `Investor Relations`, `Corporate Affairs`, `Media Desk`. */
const DEPARTMENT_WORDS: ReadonlySet<string> = new Set(['Relations', 'Affairs', 'Communications', 'Desk', 'Team', 'Services']);

/** An Arabic article joined to a name word (`al-Najm`, `el-Sisi`), as candidate runs take it on. */
const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|at|az|an|ar|ud|ul)-\p{Lu}\p{Ll}/u;

/** A person: two or three name words after a title or beside a verb of speech, with the role the article gives. */
function personAt(text: string, toks: readonly RunToken[], titled: boolean): { role?: string } | undefined {
  const words = wordsOf(toks);
  const initials = words.filter((w) => /^\p{Lu}$/u.test(w)).length;
  // A surname's particle inside the name (`Pieter van Rooyen`, `Annelies de Wit`): no name word of its own.
  const particle = (w: string, i: number) => i > 0 && i < words.length - 1 && SURNAME_PARTICLES.test(w);
  const particles = words.filter(particle).length;
  if (words.length - initials - particles < 2 || words.length - particles > 4) return undefined;
  // Name words: `Jane`, an initial, `O'Neill`, `Al-Najm`, and an Arabic article's `al-Najm` after the first.
  if (
    !words.every(
      (w, i) => /^\p{Lu}\p{Ll}/u.test(w) || /^\p{Lu}$/u.test(w) || /^\p{Lu}\p{Ll}*['’-]\p{Lu}/u.test(w) || (i > 0 && ARABIC_ARTICLE.test(w)) || particle(w, i),
    )
  )
    return undefined;
  if (words.some((w) => kindOfHead(w) || TITLE_STARTS.has(w) || CALENDAR_WORDS.has(w) || isDemonym(w))) return undefined;
  // A team a release gives as its contact is no person: `Media contact: Investor Relations, Amman Mineral`.
  if (DEPARTMENT_WORDS.has(words[words.length - 1]!)) return undefined;
  const start = toks[0]!.start;
  const end = toks[toks.length - 1]!.end;
  const after = text.slice(end, end + 200);
  const { roleOpeners, saidAfter, saidAfterFirm, saidBefore, credentialAfter, apposedSpeaker } = finderPatterns();
  const role = roleOpeners.exec(after)?.[1]?.trim() ?? finderPatterns().describedAs.exec(after)?.[1]?.trim();
  // `Northern Rare Earth said`: words of prose, capitalised, are a body's name more often than a
  // person's, unless a role only a person holds follows (`Tiger Brown, Managing Director of …`).
  const before = text.slice(Math.max(0, start - 40), start);
  if (words.every((w) => plainWord(w) || /^\p{Lu}$/u.test(w)) && !(role && PERSONAL_ROLE.test(role)) && !endsWithPersonalTitle(before)) return undefined;
  const said =
    saidAfter.test(after) ||
    saidAfterFirm.test(after) ||
    saidBefore.test(before) ||
    credentialAfter.test(after) ||
    apposedSpeaker.test(after) ||
    bylineAt(text, start, end) ||
    contactAt(text, start, end);
  // `The company's managing director, Jane Doe, said`: a title, then the name set off by commas.
  const apposed = /^,/.test(after) && /,\s*$/.test(before) && endsWithLowerTitle(before.replace(/,\s*$/, ' '));
  if (!titled && !said && !role && !apposed && !endsWithLowerTitle(before)) return undefined;
  // `Jane Doe of Kestrel Securities asked`: what follows `of` is who she speaks for; but a role only
  // a person holds, right after the name, makes it one (`the arrest of Luu Anh Tuan, chairman of …`).
  if (!titled && endsWithWord(before, OF_BEFORE) && !(role && PERSONAL_ROLE.test(role) && /^,\s+(?!(?:the|a|an|its|their)\s)/i.test(after))) return undefined;
  return role ? { role } : {};
}
