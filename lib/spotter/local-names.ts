/**
 * Names an article introduces for itself (issue 11): an entity the dictionary does not know, but
 * which the article presents the way news presents a new name, with evidence strong enough to
 * highlight it on this page only:
 * - a ticker or exchange code after it (`Kestrel Mining Corp. (TSXV: KMC)`);
 * - a legal suffix (`Arafura Rare Earths Ltd`);
 * - a short form it defines (`Mining and Minerals Regulatory Authority (MMRA)`);
 * - a project's headed name (`the Bahia Project`, `Nolans deposit`);
 * - a person introduced with a title or as a speaker (`Chief Executive Pat Ryan`, `said Ross Bhappu`);
 * - a town the sentence places (`in Alexandria, Louisiana`, `the port of Nacala`), or a dateline
 *   opens with (`LAKEWOOD, Colo., Jan. 8, 2026 —`);
 * - a body's or a law's name after `the` (`the Mining Commission`, `the 2023 Mines and Minerals Act`);
 * - a company's name after a word that says what it is (`U.S. investor Tallis Brook Capital`);
 * - a brand's styling (`EcoGraf`, `CoTec Holdings`).
 *
 * The evidence is `findCandidates`'s (the same finder that proposes names to add on save); a name
 * that is only repeated is not enough. Each name becomes an entity of the article alone, with a
 * self-describing id (`local:<kind>:<name>`) so a card can say what it is without a lookup. Nothing
 * is stored: saving keeps these as suggestions, and adding one re-links the saved articles.
 */
import { ENTITY_KINDS } from '../catalog/kinds';
import type { EntityKind } from '../catalog/schema';
import type { MatchEntity } from '../catalog/match-dictionary';
import type { Mention } from '../facts/schema';
import { findCandidates, type CandidateEvidence, type CandidateOptions, type NameCandidate } from './candidates';
import { isCommonWord, isDemonym } from '../text/common-words';
import { kindOfHead, SURNAME_PARTICLES } from './candidate-words';
import { inPass, passPatterns } from './pass-patterns';
import { datelineTowns } from './towns';
import { bareListings } from './definitions';
import { LEGAL_PREFIXES, SUFFIXES, withoutSuffix } from './legal-suffix';

/** Every article-local id starts with this. */
export const LOCAL_ID_PREFIX = 'local:';

/**
 * Texts longer than this (an archive page, a 300k-word dump: not an article; a long feature is
 * 60,000 characters) get no article-local names: the finder reads the whole text in one piece
 * (about 25–45 ms for 50,000 characters on the 2-core test machine), and the page must stay
 * responsive.
 */
export const LOCAL_TEXT_LIMIT = 100_000;

/** Evidence that makes an unknown name an entity of the article (`repeated` alone does not). */
const STRONG: ReadonlySet<CandidateEvidence> = new Set([
  'ticker',
  'legal-suffix',
  'short-form',
  'project',
  'person',
  'place',
  'headed',
  'described',
  'styled',
  'subsidiary',
  'compound',
]);

/** The id of an article-local entity. */
export function localId(kind: EntityKind, name: string): string {
  return `${LOCAL_ID_PREFIX}${kind}:${name}`;
}

/** True for an article-local entity's id. */
export function isLocalId(id: string): boolean {
  return id.startsWith(LOCAL_ID_PREFIX);
}

/** The kind and name an article-local id carries; undefined for any other id. */
export function parseLocalId(id: string): { kind: string; name: string } | undefined {
  if (!isLocalId(id)) return undefined;
  const rest = id.slice(LOCAL_ID_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon <= 0 || colon === rest.length - 1) return undefined;
  return { kind: rest.slice(0, colon), name: rest.slice(colon + 1) };
}

/** The entity an article-local id stands for (name and kind from the id), for a card or a lookup. */
export function localEntityOf(id: string): { id: string; name: string; kind: EntityKind } | undefined {
  const p = parseLocalId(id);
  return p && (ENTITY_KINDS as readonly string[]).includes(p.kind) ? { id, name: p.name, kind: p.kind as EntityKind } : undefined;
}

/** An entity of one article, ready for `compileDictionary`, with why it was taken. */
export interface LocalEntity extends MatchEntity {
  evidence: CandidateEvidence[];
}

/** What `localEntities` needs from the dictionary. */
export type LocalNameOptions = Pick<CandidateOptions, 'isKnown' | 'kindOf'> & {
  /** The entity a form names when the dictionary matches it whole. */
  knownId?: (form: string) => string | undefined;
  /**
   * `knownId` of a reading this article's context vouches for (a firm one, or a conditional one
   * whose condition the article names), or of an entity whose name holds every word of `longName`
   * (the article spells out its name: `Strategic Innovation Promotion Program (SIP)`).
   */
  knownIdHere?: (form: string, longName: string) => string | undefined;
  /**
   * Whether the dictionary matches a form whole by a form that counts in this article (one
   * without context, or whose context the article names). Read for a person's surname only: a
   * surname the dictionary holds as another person's (`Kim`, which counts only beside `Kim
   * Dong-myung`) is still free for the person an article introduces (`Kim Jae-hyun` … `Kim said`).
   */
  isKnownHere?: (name: string) => boolean;
  /**
   * Every match, those that need context too: a material's word before a compound's word is that
   * material whatever else the article names (`titanium dioxide`, though `titanium` alone may be a
   * bicycle's frame).
   */
  withConditional?: readonly Mention[];
};

/**
 * The known company a name with a legal suffix is, when the dictionary holds it with another legal
 * word (`United States Antimony Corp` → United States Antimony Corporation, `Saudi Arabian Mining
 * Co.` → … Company): the same name, another way of writing its legal form (any of the legal
 * suffixes the matcher reads, `legal-suffix.ts`).
 */
function knownCompanyOf(name: string, options: LocalNameOptions): string | undefined {
  const kindOf = options.kindOf;
  return kindOf ? knownWithSuffix(name, options, (id) => kindOf(id) === 'company')?.id : undefined;
}

/**
 * True when the name with a legal suffix after it is a known entity's name that counts in this
 * article, not a company's (`Development Finance Corporation`, a US body, where the US is named).
 */
function knownBodyWithSuffix(name: string, options: LocalNameOptions): boolean {
  const { kindOf, isKnownHere } = options;
  if (!kindOf || !isKnownHere) return false;
  return knownWithSuffix(name, options, (id, form) => kindOf(id) !== 'company' && isKnownHere(form)) !== undefined;
}

/** The first form of the name with a legal suffix (`Name Corp`, `Name, Inc.`) that the dictionary matches whole and `accept` takes. */
function knownWithSuffix(name: string, options: LocalNameOptions, accept: (id: string, form: string) => boolean): { id: string; form: string } | undefined {
  const { knownId } = options;
  if (!knownId) return undefined;
  for (const word of SUFFIXES)
    for (const form of [`${name} ${word}`, `${name}, ${word}`]) {
      const id = knownId(form);
      // Not a suffix that is itself a known name (`SAS`, Sino-American Silicon Products): `Coeur
      // Rochester SAS` would be read as that company with a place before it.
      if (id && knownId(word) !== id && accept(id, form)) return { id, form };
    }
  return undefined;
}

/** Kinds that a body's or a law's acronym names (a government's body is often filed as an organisation and back). */
const BODY_KINDS: ReadonlySet<string> = new Set(['government', 'organisation', 'policy']);

/**
 * The known body or policy a name the dictionary lacks is, when the article writes right after it,
 * in brackets, an acronym the dictionary knows as a body or a policy (`Ministry of Energy and
 * Mineral Resources (ESDM)`): the article spells out what the dictionary holds by its short form.
 * A law is a law's and a body is a body's, whatever the acronym's letters.
 */
function bodyByAcronym(text: string, name: string, kind: EntityKind, options: LocalNameOptions): string | undefined {
  // Only a reading this article vouches for: Belgium's `NBB` is not the `National Bank of Bahrain (NBB)`.
  const knownId = options.knownIdHere ? (form: string) => options.knownIdHere!(form, name) : options.knownId;
  const { kindOf } = options;
  if (!knownId || !kindOf || !BODY_KINDS.has(kind)) return undefined;
  for (let at = text.indexOf(name), n = 0; at >= 0 && n < 5; at = text.indexOf(name, at + 1), n++) {
    const m = /^ \(["\u201C]?([A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)?)["\u201D]?\)/.exec(text.slice(at + name.length, at + name.length + 20));
    if (!m || !/^[A-Z-]{2,}$/.test(m[1]!.replace(/[a-z]/g, ''))) continue;
    const id = knownId(m[1]!);
    const known = id ? kindOf(id) : undefined;
    if (id && known && BODY_KINDS.has(known) && (known === 'policy') === (kind === 'policy')) return id;
  }
  return undefined;
}

/**
 * The short name (`shortNameOf`) a known company written with its legal suffix (`Vulcan Energy
 * Resources Ltd`) is named by again in this article (`Vulcan`), claimed in `claimed`; none when it
 * is a word of English (`Coal India Limited` is not `Coal`), already claimed, or not free.
 */
function knownShortName(name: string, id: string, mentions: readonly Mention[], options: LocalNameOptions, claimed: Set<string>): string | undefined {
  const short = shortOfFormal(name);
  if (!short || (!short.includes(' ') && isCommonWord(short.toLowerCase())) || claimed.has(short.toLowerCase()) || !shortIsFree(short, id, mentions, options))
    return undefined;
  claimed.add(short.toLowerCase());
  return short;
}

/**
 * Whether a known company's short name may name it in this article: a form the dictionary lacks,
 * or one it reads as another company (`Vulcan`, Vulcan Elements' short name) that the article does
 * not name at all. Never a form of another kind (a place's, a material's) nor the company's own.
 */
function shortIsFree(short: string, id: string, mentions: readonly Mention[], options: LocalNameOptions): boolean {
  const other = options.knownId?.(short);
  if (other === undefined) return !options.isKnown?.(short);
  if (other === id) return false;
  if (options.kindOf?.(other) !== 'company') return false;
  return !mentions.some((m) => m.entityId === other);
}

/** The known person a name is once its middle initials (`H.`, `C`) are left out, if any. */
function knownPersonOf(name: string, options: LocalNameOptions): string | undefined {
  const { knownId, kindOf } = options;
  const words = name.split(/\s+/);
  if (!knownId || !kindOf || words.length < 3) return undefined;
  const kept = words.filter((w, i) => i === 0 || i === words.length - 1 || !/^\p{Lu}\.?$/u.test(w));
  if (kept.length === words.length) return undefined;
  const id = knownId(kept.join(' '));
  return id && kindOf(id) === 'person' ? id : undefined;
}

/**
 * `knownCompanyOf` for the name as the article writes it, with the known place that opens it (the
 * finder reads `United States Antimony Corp` as the place and `Antimony`): the name and the entity.
 */
function knownCompanyIn(text: string, name: string, mentions: readonly Mention[], options: LocalNameOptions): { id: string; name: string } | undefined {
  const id = knownCompanyOf(name, options);
  if (id) return { id, name };
  for (let at = text.indexOf(name), n = 0; at > 0 && n < 20; at = text.indexOf(name, at + 1), n++) {
    if (text.charCodeAt(at - 1) !== 32) continue;
    const place = mentions.find((m) => m.end === at - 1 && options.kindOf?.(m.entityId) !== 'company');
    if (!place) continue;
    const whole = text.slice(place.start, at + name.length);
    const found = knownCompanyOf(whole, options);
    if (found) return { id: found, name: whole };
  }
  return undefined;
}

/**
 * A project is named by its headed form where the article capitalises the head (`Bahia Project`:
 * the bare word is often a place); `the Nolans deposit` names it `Nolans`, as the dictionary's
 * projects are matched (the head in lower case is prose).
 */
function projectForms(c: NameCandidate): string[] {
  const headed = c.aliases.filter((a) => a.length > c.name.length && a.startsWith(c.name) && kindOfHead(a.slice(a.lastIndexOf(' ') + 1)) === 'project');
  return headed.length ? headed : [c.name];
}

/**
 * The surname a news story names a person by after introducing them (`Dunn said`): the last word,
 * or the first where a hyphenated given name follows it (`Park Ji-hoon` → `Park`). None when it
 * is an initial or too short to tell from a word.
 */
function surnameOf(name: string): string | undefined {
  const words = name.split(/\s+/);
  if (words.length < 2) return undefined;
  const last = words[words.length - 1]!;
  const { givenHyphenated, surname, lower } = namePatterns();
  const word = givenHyphenated.test(last) ? words[0]! : last;
  if (!surname.test(word) || !lower.test(word)) return undefined;
  // A particle before it is the surname's (`Pieter van Rooyen` is `van Rooyen`, and `Van Rooyen` opening a sentence).
  let from = words.length - 1;
  while (word === last && from > 1 && SURNAME_PARTICLES.test(words[from - 1]!)) from--;
  return from === words.length - 1 ? word : words.slice(from).join(' ');
}

/** The forms a person's surname takes: `van Rooyen` also opens a sentence as `Van Rooyen`. */
function surnameForms(name: string): string[] {
  const s = surnameOf(name);
  if (!s) return [];
  return /^\p{Ll}/u.test(s) ? [s, s.charAt(0).toUpperCase() + s.slice(1)] : [s];
}

/** The expressions that read short names, made for each pass (`pass-patterns.ts`). */
const namePatterns = passPatterns({
  givenHyphenated: [String.raw`^\p{Lu}\p{Ll}+-\p{Ll}`, 'u'],
  surname: [String.raw`^\p{Lu}[\p{L}'’-]{2,}$`, 'u'],
  lower: [String.raw`\p{Ll}`, 'u'],
  // `Phoenix`, and a styled one (`NextSource`, `PolarMet`).
  companyWord: [String.raw`^(?:\p{Lu}\p{Ll}{3,}|\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+)$`, 'u'],
  wordStart: [String.raw`(^|[\s'’.-])(\p{L})`, 'gu'],
});

/** Opening words that name no company by themselves (`New …`, `Black Rock …`); demonyms and kind words are read apart. */
const GENERIC_FIRST = new Set(
  'New National Global International United First General Great North South East West Northern Southern Eastern Western Central Royal Rare Critical Strategic Advanced Green Blue Red Black White Golden Silver Pacific Atlantic European Asian African Korean Euro Trans Inter Metal Mineral'.split(
    ' ',
  ),
);

/**
 * How news shortens a company's name of two words or more: without its trade words when two words
 * or more are left (`Turquoise Hill Resources` → `Turquoise Hill`, `Northern Dynasty Minerals` →
 * `Northern Dynasty`), else its first word (`Phoenix Tailings` → `Phoenix`). Never a place's name
 * (`Carp Lake Resources` keeps its name) or words any name may open with (`United States Antimony`
 * is checked against the dictionary by the caller).
 */
function shortNameOf(name: string): string | undefined {
  const words = name.split(/\s+/);
  // Trade words from the end (`Resources`, `Metals`, `Rare Earths`), two words at least left; a short
  // word after the first stays (`Lion One Metals` is `Lion One`, not `Lion`).
  let n = words.length;
  while (n > 2) {
    if (kindOfHead(words[n - 1]!) === 'company') n--;
    else if (n > 3 && words[n - 1] === 'Earths' && words[n - 2] === 'Rare') n -= 2;
    else break;
  }
  if (n < words.length && !kindOfHead(words[n - 1]!) && !kindOfHead(words[0]!)) {
    const kept = words.slice(0, n);
    if (
      kept.some((w) => !GENERIC_FIRST.has(w) && !isDemonym(w)) &&
      kept.every((w, i) => namePatterns().companyWord.test(w) || /^\p{Lu}{2,}$/u.test(w) || (i > 0 && /^\p{Lu}\p{Ll}{2}$/u.test(w)))
    )
      return kept.join(' ');
  }
  const first = words[0]!;
  return words.length >= 2 && isShortWord(first) ? first : undefined;
}

/**
 * A known company's form as this article names it. The one word before its suffix (`Sumitomo` of
 * `Sumitomo Corporation`) only as written: in capitals it may be a heading's common noun (`QUARTZ`
 * over a section on quartz, beside `The Quartz Corp`).
 */
function shortAlias(form: string, formal: string): LocalEntity['aliases'][number] {
  const oneWord = !form.includes(' ') && !withoutSuffix(formal).includes(' ');
  return { text: form, case: oneWord && form !== formal ? 'exact' : 'name', noPlural: true };
}

/**
 * The short name of a company written with its legal suffix: `shortNameOf` the rest, or the one
 * word before the suffix (`Sumitomo Corporation` → `Sumitomo`). Without a suffix, only a name that
 * ends in a trade word (`tradeNamed`) has one (`Frontier Rare Earths` → `Frontier`).
 */
function shortOfFormal(name: string): string | undefined {
  // A legal form before the name is no word of it (`PT Merdeka Copper Gold Tbk` is `Merdeka`).
  const space = name.indexOf(' ');
  const unprefixed = space > 0 && LEGAL_PREFIXES.has(name.slice(0, space).replace(/\.$/, '')) ? name.slice(space + 1) : name;
  const base = withoutSuffix(unprefixed);
  if (base === unprefixed) return tradeNamed(unprefixed) ? shortNameOf(unprefixed) : undefined;
  return base.includes(' ') ? shortNameOf(base) : isShortWord(base) ? base : undefined;
}

/**
 * A company's full name without a legal suffix that still reads as a company's: two words or more
 * ending in a trade word (`Frontier Rare Earths`, `Arnold Magnetic Technologies`, `Dateline
 * Resources`). News shortens it as it shortens the formal name.
 */
function tradeNamed(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length >= 2 && (kindOfHead(words[words.length - 1]!) === 'company' || /\sRare Earths$/.test(name));
}

/** A word that may stand for a company by itself: a name's word or an acronym, not `New`, `Korean` or `Mining`. */
function isShortWord(word: string): boolean {
  // An acronym of three letters or more is a name's word too (`AIC Mines` … `AIC is expanding`, blind-136).
  return !GENERIC_FIRST.has(word) && !isDemonym(word) && !kindOfHead(word) && (namePatterns().companyWord.test(word) || /^\p{Lu}{3,5}$/u.test(word));
}

/**
 * The chemical word after an element's name that makes it a compound, a product of its own
 * (`titanium dioxide`, `uranium hexafluoride`, `manganese sulphate monohydrate`); a hydrate's word
 * belongs to it. A sulphide or an oxide named with ore words is a kind of ore, and left to the element.
 */
const COMPOUND_AFTER =
  /^ (?:(?:mono|di|tri|tetra|tetr|penta|pent|hexa|hex|sesqui)?(?:oxide|fluoride|chloride)|sulphate|sulfate|carbonate|hydroxide|nitrate)(?: (?:mono|di|tri|tetra|penta|hexa|hepta)?hydrate)?(?![\p{L}\p{N}-])/u;

/** Words after a compound's name that make it a kind of ore or rock (`copper oxide ore`, `an oxide zone`). */
const ORE_AFTER = /^[ -](?:ores?|deposits?|bod(?:y|ies)|zones?|caps?|mineral(?:isation|ization)|resources?|projects?|minerals?)\b/;

const HYDRATE_AFTER = /^ (?:mono|di|tri|tetra|penta|hexa|hepta)?hydrate(?![\p{L}\p{N}-])/u;

/** Element names (single lower-case words) the dictionary knows as materials, followed by a compound's word it lacks. */
function compoundsOf(text: string, mentions: readonly Mention[], options: LocalNameOptions): string[] {
  const out: string[] = [];
  for (const m of mentions) {
    if (options.kindOf?.(m.entityId) !== 'material' || !/^\p{Ll}[\p{Ll} ]*$/u.test(m.text)) continue;
    // Not one of a hyphenated list (`zinc-lead-silver sulphide body`), nor an ore's type (`copper oxide ore`).
    if (/[-/\u2013]$/.test(text.slice(Math.max(0, m.start - 1), m.start))) continue;
    const rest = text.slice(m.end, m.end + 60);
    // A compound's hydrate: `manganese sulphate monohydrate`.
    const after = m.text.includes(' ') ? HYDRATE_AFTER.exec(rest) : COMPOUND_AFTER.exec(rest);
    if (!after || ORE_AFTER.test(rest.slice(after[0].length))) continue;
    const name = m.text + after[0];
    if (!out.includes(name) && !options.isKnown?.(name)) out.push(name);
  }
  return out;
}

/** The article's own entities (see the module comment), in order of first appearance. */
export function localEntities(text: string, mentions: readonly Mention[], options: LocalNameOptions = {}): LocalEntity[] {
  if (text.length > LOCAL_TEXT_LIMIT || !mentions.length) return [];
  // One pass: the finder's expressions and these die together when it ends.
  return inPass(() => entitiesOf(text, mentions, options));
}

function entitiesOf(text: string, mentions: readonly Mention[], options: LocalNameOptions): LocalEntity[] {
  const out: LocalEntity[] = [];
  // Forms an earlier entity already holds: `HalvaBay`, the short form of `HalvaBay Metals Inc.`, is
  // no second company though its styling proposes it alone.
  const claimed = new Set<string>();
  // The short names of known companies the article writes with their suffix (`NextSource Materials
  // Inc.` … `NextSource`): no company of the article's own, however styled; read below as the known one.
  const knownShorts = new Set<string>();
  for (const m of mentions) {
    if (options.kindOf?.(m.entityId) !== 'company') continue;
    const short = shortOfFormal(m.text);
    if (short) knownShorts.add(short.toLowerCase());
  }
  // A short name is never a country's, whatever this article's context (`Congo Iron` is not `Congo`,
  // which the dictionary reads only where it can tell the two Congos apart).
  const countryName = (form: string) => options.kindOf?.(options.knownId?.(form) ?? '') === 'country';
  for (const c of findCandidates(text, mentions, options)) {
    const evidence = c.evidence.filter((e) => STRONG.has(e));
    if (!evidence.length || claimed.has(c.name.toLowerCase()) || (c.kind === 'company' && knownShorts.has(c.name.toLowerCase()))) continue;
    const known = c.kind === 'company' && evidence.includes('legal-suffix') ? knownCompanyIn(text, c.name, mentions, options) : undefined;
    // `Development Finance Corporation`: a body the dictionary knows whole, suffix and all, in a
    // context this article gives (the US named) is that body, not a company of the article's own.
    if (!known && c.kind === 'company' && evidence.includes('legal-suffix') && knownBodyWithSuffix(c.name, options)) {
      claimed.add(c.name.toLowerCase());
      continue;
    }
    if (known) {
      claimed.add(c.name.toLowerCase());
      const forms = [known.name];
      // Its short name, as for a company the article introduces (`Vulcan Energy Resources Ltd` … `Vulcan said`).
      const short = knownShortName(known.name, known.id, mentions, options, claimed);
      if (short) forms.push(short);
      out.push({ id: known.id, name: known.name, kind: 'company', aliases: forms.map((f) => shortAlias(f, known.name)), evidence });
      continue;
    }
    // `Indonesia-EU Comprehensive Economic Partnership Agreement (IEU-CEPA)`, `State Environmental
    // Policy Council (COPAM)`: a body or a policy the dictionary knows by the acronym in brackets.
    const body = c.kind === 'company' ? undefined : bodyByAcronym(text, c.name, c.kind, options);
    if (body) {
      claimed.add(c.name.toLowerCase());
      out.push({ id: body, name: c.name, kind: c.kind, aliases: [{ text: c.name, case: 'name', noPlural: true }], evidence });
      continue;
    }
    // `Naaja H. Nathanielsen`: a known person with a middle initial the dictionary does not write.
    const knownPerson = c.kind === 'person' ? knownPersonOf(c.name, options) : undefined;
    if (knownPerson) {
      const forms = [c.name, ...surnameForms(c.name).filter((f) => !(options.isKnownHere ?? options.isKnown)?.(f))];
      for (const f of forms) claimed.add(f.toLowerCase());
      out.push({ id: knownPerson, name: c.name, kind: 'person', aliases: forms.map((f) => ({ text: f, case: 'name' as const, noPlural: true })), evidence });
      continue;
    }
    const projectOnly = evidence.length === 1 && evidence[0] === 'project';
    const forms = projectOnly ? projectForms(c) : [c.name, ...c.aliases];
    // A person's surname, a company's first word: how the article names them again (`Dunn said`, `Phoenix will`).
    const shorts = c.kind === 'person' ? surnameForms(c.name) : c.kind === 'company' ? [shortNameOf(c.name) ?? ''] : [];
    const knownShort = c.kind === 'person' ? (options.isKnownHere ?? options.isKnown) : options.isKnown;
    for (const short of shorts) if (short && !forms.includes(short) && !knownShort?.(short) && !countryName(short)) forms.push(short);
    if (!forms.length) continue;
    const name = forms[0]!;
    for (const f of forms) claimed.add(f.toLowerCase());
    out.push({
      id: localId(c.kind, name),
      name,
      kind: c.kind,
      // Tickers and acronyms exactly as the article writes them; names by the name rule.
      aliases: forms.map((f) => ({ text: f, case: namePatterns().lower.test(f) && !f.includes(':') ? ('name' as const) : ('exact' as const), noPlural: true })),
      evidence,
    });
  }
  // A known company introduced by its formal name (`Vulcan Energy Resources Ltd`), or in full with a
  // trade word (`Frontier Rare Earths`): its short name (`Vulcan`, `Frontier`), which the dictionary
  // may lack or give to another company the article does not name.
  const shortened = new Set(out.map((e) => e.id));
  for (const m of mentions) {
    if (shortened.has(m.entityId) || options.kindOf?.(m.entityId) !== 'company') continue;
    if (withoutSuffix(m.text) === m.text && !tradeNamed(m.text)) continue;
    shortened.add(m.entityId);
    // A name written with its article (`The Quartz Corp`, the mention after it) keeps it: no `Quartz`.
    if (m.start >= 4 && text.startsWith('The ', m.start - 4) && !/[A-Za-z]/.test(text.charAt(m.start - 5))) continue;
    const short = knownShortName(m.text, m.entityId, mentions, options, claimed);
    if (short) out.push({ id: m.entityId, name: short, kind: 'company', aliases: [shortAlias(short, m.text)], evidence: ['legal-suffix'] });
  }
  // A known material's compound the dictionary lacks (`titanium dioxide`, `scandium trioxide`).
  for (const name of compoundsOf(text, options.withConditional ?? mentions, options)) {
    if (claimed.has(name.toLowerCase())) continue;
    claimed.add(name.toLowerCase());
    out.push({ id: localId('material', name), name, kind: 'material', aliases: [{ text: name, case: 'any', noPlural: true }], evidence: ['compound'] });
  }
  // A listing on its own that no known company holds (`NASDAQ: SBLK` in a movers list): the company
  // the article names by it, under that name.
  for (const l of bareListings(text)) {
    if (options.isKnown?.(l.text) || claimed.has(l.text.toLowerCase())) continue;
    if (mentions.some((m) => m.start <= l.start && m.end >= l.end && options.kindOf?.(m.entityId) === 'company')) continue;
    claimed.add(l.text.toLowerCase());
    out.push({
      id: localId('company', l.text),
      name: l.text,
      kind: 'company',
      aliases: [{ text: l.text, case: 'exact', noPlural: true }],
      evidence: ['ticker'],
    });
  }
  // Dateline towns (`LAKEWOOD, Colo., Jan. 8, 2026 —`): the candidate finder reads prose only.
  for (const t of datelineTowns(text, mentions, options.kindOf ?? (() => undefined))) {
    if (options.isKnown?.(t.text)) continue;
    const name = t.text.toLowerCase().replace(namePatterns().wordStart, (_, sep: string, ch: string) => sep + ch.toUpperCase());
    if (out.some((e) => e.name === name)) continue;
    out.push({ id: localId('region', name), name, kind: 'region', aliases: [{ text: t.text, case: 'exact', noPlural: true }], evidence: ['place'] });
  }
  return out;
}
