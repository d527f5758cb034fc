/**
 * Every written form a dictionary matches, in the order the trie keeps them: per entity its
 * aliases, its name and its derived forms (tickers, dotted acronyms: `derived-forms.ts`), then the
 * stop phrases. Each form carries its folded key (the trie path) and the rules checked on the page
 * text (case, plural, context). Pure and allocation-light: the content script runs it on the
 * reader's own entities at start-up (the seed's forms are compiled at build time).
 */
import type { MatchEntity } from '../catalog/match-dictionary';
import type { Alias, CaseRule, Entity } from '../catalog/schema';
import { inferCaseRule } from '../catalog/case-rule';
import { isCommonWord } from '../text/common-words';
import { derivedForms } from './derived-forms';
import { classOf, normaliseAlias, UPPER, WORD } from './fold';

/** One written form of one entity (or a stop phrase, `entity` −1). */
export interface FormRecord {
  /** The folded key: the trie path. */
  key: string;
  /** The form in its catalog case, spaces collapsed (same length as `key`). */
  form: string;
  /** Index of the entity in the list given to `collectForms`; −1 for a stop phrase. */
  entity: number;
  rule: CaseRule;
  requires: string[] | undefined;
  /** 0: no plural; 1: `s`; 2: `s` or `es`. */
  plural: 0 | 1 | 2;
  /** An `exact` form of capital letters only: the all-caps-run rule applies. */
  acronym: boolean;
  symbol: boolean;
  stop: boolean;
}

/** A form a reader hid: one written form of an entity (by `matchKey`), or the whole entity. */
export interface HiddenForm {
  entityId: string;
  /** The written form; absent: every form of the entity. */
  text?: string;
}

/** Letters only, all capitals (`US`, `ARE`; not `U.S.`, `DoD`, `300224.SZ`). */
function isAllCapitals(form: string): boolean {
  for (let i = 0; i < form.length; i++) if (!(classOf(form.charCodeAt(i)) & UPPER)) return false;
  return form.length > 0;
}

/** 0, 1 or 2: which plural suffixes a key takes (`s`; also `es` after s, x, z, ch, sh). */
function pluralOf(key: string, allowed: boolean): 0 | 1 | 2 {
  const last = key.charCodeAt(key.length - 1);
  if (!allowed || !(classOf(last) & WORD)) return 0;
  const before = key.charCodeAt(key.length - 2);
  // s x z, or ch / sh
  return last === 115 || last === 120 || last === 122 || (last === 104 && (before === 99 || before === 115)) ? 2 : 1;
}

/** A hidden-forms filter: entity ids hidden whole, and `entityId\0key` of hidden forms. */
export interface HiddenSet {
  entities: ReadonlySet<string>;
  forms: ReadonlySet<string>;
}

/** Indexes hidden forms for `collectForms` and the seed's candidate mask. */
export function hiddenSet(hidden: readonly HiddenForm[] = []): HiddenSet {
  const entities = new Set<string>();
  const forms = new Set<string>();
  for (const h of hidden) {
    if (h.text === undefined) entities.add(h.entityId);
    else forms.add(`${h.entityId}\u0000${normaliseAlias(h.text).key}`);
  }
  return { entities, forms };
}

/** A name ending in a bracketed qualifier (`Nome (Alaska)`). */
const QUALIFIED = /\S \([^()]+\)$/;
const QUALIFIER = / \([^()]+\)$/;

/**
 * The keys every entity of `entities` is written with (names and aliases), and those written so
 * whatever the page names (names, and aliases without `requires`). A body's alias that counts only
 * beside its country (Malawi's `Ministry of Mining`) leaves the name to other countries' bodies
 * too, each beside its own.
 */
function claimedKeys(entities: readonly (Entity | MatchEntity)[]): { any: Set<string>; firm: Set<string> } {
  const any = new Set<string>();
  const firm = new Set<string>();
  for (const e of entities) {
    const key = normaliseAlias(e.name).key;
    any.add(key);
    firm.add(key);
    for (const a of e.aliases) {
      const k = normaliseAlias(a.text).key;
      any.add(k);
      if (!a.requires?.length || e.kind !== 'government') firm.add(k);
    }
  }
  return { any, firm };
}

/**
 * How many qualified names (`Kingston (Ontario)`) share each base (`Kingston`), and the ids of the
 * countries and regions by their names' keys, to read a shared base by its qualifier and to know a
 * body's bracketed place (`Saskatchewan Ministry of …`).
 */
function qualifiedBases(entities: readonly (Entity | MatchEntity)[]): { byKey: Map<string, number>; places: Map<string, string> } {
  const byKey = new Map<string, number>();
  const places = new Map<string, string>();
  for (const e of entities) {
    if (!QUALIFIED.test(e.name) || !e.aliases.length) continue;
    const key = normaliseAlias(e.name.replace(QUALIFIER, '')).key;
    byKey.set(key, (byKey.get(key) ?? 0) + 1);
  }
  for (const e of entities)
    if ((e.kind === 'region' || e.kind === 'country') && !QUALIFIED.test(e.name)) {
      const key = normaliseAlias(e.name).key;
      if (!places.has(key)) places.set(key, e.id);
    }
  return { byKey, places };
}

/** A body's name qualified by its place in brackets: `Ministry of Mining and Critical Minerals (British Columbia)`. */
const PLACE_BODY = /^((?:Ministry|Department|Secretariat|Directorate|Bureau|Agency|Office|Commission|Authority)\b[^()]*\S) \(([^()]+)\)$/;

/** A form qualified by a country in brackets: `Ministry of Energy and Mines (Ecuador)`. */
const COUNTRY_QUALIFIED = /^(.*\S) \(([^()]+)\)$/;

/** Kinds whose names recur from country to country, each read by the country an article names. */
const QUALIFIED_KINDS: ReadonlySet<string> = new Set(['government', 'organisation', 'policy', 'region']);

/**
 * A body, a law or a division the dictionary writes with its country in brackets (`Ministry of
 * Energy and Mines (Ecuador)`, `Bolívar Province (Ecuador)`), in its name or an alias, is written
 * bare in news about that country: the bare form, counting only where the article names the country
 * or the entity's own form (as a hand-written conditional alias does). Not a common word alone, and
 * not a form another entity holds outright (`International Trade Administration`, the US agency's
 * name). A place's name is shared the world over: a division takes the bare form only where no
 * other entity holds it and no other division derives it (`Amazonas` is Venezuela's, Brazil's and
 * others' by their own rules). By entity index, as aliases `collectForms` reads with the entity's own.
 */
function countryQualifiedForms(entities: readonly (Entity | MatchEntity)[]): Map<number, Alias[]> {
  const countryOf = new Map<string, string>();
  // Who holds each form, and whether only in context (an alias with `requires`).
  const holders = new Map<string, { id: string; conditional: boolean }[]>();
  const hold = (id: string, text: string, conditional: boolean) => {
    const key = normaliseAlias(text).key;
    holders.set(key, [...(holders.get(key) ?? []), { id, conditional }]);
  };
  for (const e of entities)
    if (e.kind === 'country') for (const text of [e.name, ...e.aliases.map((a) => a.text)]) countryOf.set(normaliseAlias(text).key, e.id);
  const out = new Map<number, Alias[]>();
  // A reader's own entities alone name no country: nothing to read by.
  if (countryOf.size === 0) return out;
  for (const e of entities) {
    hold(e.id, e.name, false);
    for (const a of e.aliases) hold(e.id, a.text, Boolean(a.requires?.length));
  }
  const derived: { index: number; key: string; alias: Alias }[] = [];
  const derivers = new Map<string, Set<string>>();
  entities.forEach((e, index) => {
    if (!QUALIFIED_KINDS.has(e.kind)) return;
    for (const text of [e.name, ...e.aliases.map((a) => a.text)]) {
      const m = COUNTRY_QUALIFIED.exec(text);
      const country = m && countryOf.get(normaliseAlias(m[2]!).key);
      if (!m || !country || isCommonWord(m[1]!.toLowerCase())) continue;
      const key = normaliseAlias(m[1]!).key;
      const all = holders.get(key) ?? [];
      if (all.some((h) => h.id === e.id || !h.conditional || e.kind === 'region')) continue;
      derived.push({ index, key, alias: { text: m[1]!, requires: [e.id, country] } });
      derivers.set(key, (derivers.get(key) ?? new Set<string>()).add(e.id));
    }
  });
  for (const d of derived) {
    if (entities[d.index]!.kind === 'region' && derivers.get(d.key)!.size > 1) continue;
    out.set(d.index, [...(out.get(d.index) ?? []), d.alias]);
  }
  return out;
}

/**
 * The forms of `entities` and `stopPhrases`, in trie order. An alias whose text is the name's
 * replaces it (so a catalog can put a rule on the bare name); the first of two identical forms of
 * one entity wins; empty keys and hidden forms are left out.
 */
export function collectForms(given: readonly (Entity | MatchEntity)[], stopPhrases: readonly string[] = [], hidden?: HiddenSet): FormRecord[] {
  const bare = countryQualifiedForms(given);
  const entities = bare.size ? given.map((e, i) => (bare.has(i) ? { ...e, aliases: [...e.aliases, ...bare.get(i)!] } : e)) : given;
  const out: FormRecord[] = [];
  const seen = new Set<string>();
  const hideForms = hidden !== undefined && hidden.forms.size > 0;
  const claimed = claimedKeys(entities);
  const bases = qualifiedBases(entities);
  entities.forEach((entity, index) => {
    if (hidden?.entities.has(entity.id)) return;
    const pluralKind = entity.kind === 'material' || entity.kind === 'company';
    seen.clear();
    const add = (text: string, rule: CaseRule | undefined, requires: string[] | undefined, noPlural: boolean, symbol: boolean): void => {
      const { form, key } = normaliseAlias(text);
      if (!key || seen.has(form)) return;
      seen.add(form);
      if (hideForms && hidden.forms.has(`${entity.id}\u0000${key}`)) return;
      const r = rule ?? inferCaseRule(form);
      out.push({
        key,
        form,
        entity: index,
        rule: r,
        requires: requires && requires.length > 0 ? requires : undefined,
        plural: pluralOf(key, pluralKind && !noPlural && !symbol),
        acronym: r === 'exact' && isAllCapitals(form),
        symbol,
        stop: false,
      });
    };
    for (const alias of entity.aliases) add(alias.text, alias.case, alias.requires, alias.noPlural === true, alias.symbol === true);
    // A qualifier in brackets tells the card which one (`Kingston (Ontario)`, `Wagerup (alumina
    // refinery)`): no form of the text, where `Kingston (Ontario)` is the city and the province.
    if (!(QUALIFIED.test(entity.name) && entity.aliases.length > 0)) add(entity.name, undefined, undefined, false, false);
    // Its name without the qualifier (`Ministry of Industry and Mineral Resources (Mongolia)`), where
    // its country is named, when no other entity of the dictionary is written so.
    else if (entity.country) {
      const base = entity.name.replace(QUALIFIER, '');
      const baseKey = normaliseAlias(base).key;
      // Not a word of English (`Grants (New Mexico)`: `Grants and loans …` opens a sentence).
      const word = !base.includes(' ') && isCommonWord(base.toLowerCase());
      if (!word && !(entity.kind === 'government' ? claimed.firm : claimed.any).has(baseKey)) {
        // Shared by several qualified names (two states' `State Secretariat for Environment …`):
        // each where its qualifier is named, when the qualifier is a place the dictionary knows.
        const shared = bases.byKey.get(baseKey)! > 1;
        const where = shared ? bases.places.get(normaliseAlias(QUALIFIER.exec(entity.name)![0].slice(2, -1)).key) : entity.country;
        if (where) add(base, undefined, [where], false, false);
      }
    }
    // A body's name with its place written before it, as news writes a province's or a country's
    // ministry (`Saskatchewan Ministry of Energy and Resources` for `Ministry of Energy and
    // Resources (Saskatchewan)`): the place named in the form, no context needed.
    if (entity.kind === 'government' && entity.aliases.length > 0) {
      const m = PLACE_BODY.exec(entity.name);
      if (m && bases.places.has(normaliseAlias(m[2]!).key)) {
        const placed = `${m[2]} ${m[1]}`;
        if (!claimed.any.has(normaliseAlias(placed).key)) add(placed, 'name', undefined, true, false);
      }
    }
    for (const alias of derivedForms(entity)) add(alias.text, alias.case, alias.requires, alias.noPlural === true, false);
  });
  for (const text of stopPhrases) {
    const { form, key } = normaliseAlias(text);
    if (!key) continue;
    out.push({ key, form, entity: -1, rule: inferCaseRule(form), requires: undefined, plural: 0, acronym: false, symbol: false, stop: true });
  }
  return out;
}
