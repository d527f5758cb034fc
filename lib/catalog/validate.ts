/**
 * Build-time validation of the curated catalog against itself and the seed articles (issue 3):
 * unique kebab-case ids, references that resolve, no alias claimed by two entities without an
 * ambiguity rule, and every alias the catalog says the seeds use really occurring in them.
 * Pure and browser-safe: the caller reads the seeds. Rules are explained in ./README.md.
 */
import { casedFormKey } from './compose';
import { exchangeByCode } from './exchanges';
import { allowsPlural, caseRuleOf, entityForms } from './load';
import { ENTITY_KINDS, type Alias, type Catalog, type Entity } from './schema';
import { foldForSearch, indexSeeds, seedsContaining, type SeedIndex } from './seed-search';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** English words a careless alias would turn into highlights everywhere: they need an explicit rule. */
const COMMON_WORDS = new Set(
  'a an am are as at be by do go he i if in is it me my no of on or so to up us we can may will army apple element elements nature link mint'.split(' '),
);

/** A `requires` entry naming a kind (`kind:material`): any unambiguous mention of that kind counts. */
export function isKindGroup(ref: string): boolean {
  return ref.startsWith('kind:') && (ENTITY_KINDS as readonly string[]).includes(ref.slice(5));
}

/** The key two alias texts are compared by: apostrophes and spaces folded, case-folded. */
export function aliasKey(text: string): string {
  return foldForSearch(text).trim().toLowerCase();
}

/** One claim on an alias text: the entity and the alias (undefined when the text is its name). */
interface Claim {
  entity: Entity;
  alias?: Alias;
}

function checkEntity(e: Entity, byId: Map<string, Entity>, out: string[]): void {
  const p = (msg: string) => out.push(`${e.id}: ${msg}`);
  if (!KEBAB.test(e.id)) p('id is not kebab-case');
  else if (!e.id.startsWith(`${e.kind}-`)) p(`id should start with its kind, "${e.kind}-"`);
  if (e.custom) p('seed catalog entities are never custom');
  if (!e.name.trim() || e.name !== e.name.trim()) p('name is empty or has surrounding spaces');
  // A name is always matched and cannot carry a rule, so a bare common word may not be one.
  if (COMMON_WORDS.has(aliasKey(e.name))) p(`name "${e.name}" is a common English word: use a fuller name and give the word an alias with a rule`);
  if (!e.description.trim() || /[\r\n]/.test(e.description)) p('description must be one non-empty line');
  if (e.kind === 'person' && !e.role) p('a person needs a role');
  if (e.kind !== 'person' && e.role) p('only people have a role');
  if (e.country !== undefined) {
    const c = byId.get(e.country);
    if (!c) p(`country "${e.country}" is not an entity`);
    else if (c.kind !== 'country' && c.kind !== 'region') p(`country "${e.country}" is a ${c.kind}, not a country or region`);
    else if (c.id === e.id) p('is its own country');
  }
  for (const l of e.listings ?? []) {
    if (e.kind !== 'company') p(`only companies have listings (${l.exchange}: ${l.ticker})`);
    if (!exchangeByCode(l.exchange)) p(`listing ${l.exchange}: ${l.ticker} names an exchange lib/catalog/exchanges.ts does not know`);
  }
  if (e.seatOf !== undefined && !byId.has(e.seatOf)) p(`seatOf "${e.seatOf}" is not an entity`);
  if (e.seatOf !== undefined && e.kind !== 'region') p('only a place (region) is the seat of a government');
  const related = e.related ?? [];
  for (const r of related) if (!byId.has(r)) p(`related "${r}" is not an entity`);
  if (related.includes(e.id)) p('is related to itself');
  if (new Set(related).size !== related.length) p('lists a related entity twice');
  checkAliases(e, byId, p);
}

function checkAliases(e: Entity, byId: Map<string, Entity>, p: (msg: string) => void): void {
  const keys = entityForms(e).map((f) => aliasKey(f.text));
  // Repeats are told apart as the dictionary's composition tells them: a form whose later words open
  // in lower case is another form than the same words capitalised (`casedFormKey`).
  const forms = entityForms(e).map((f) => casedFormKey(foldForSearch(f.text)));
  e.aliases.forEach((a, i) => {
    const key = keys[i + 1] ?? '';
    const form = forms[i + 1] ?? '';
    const label = `alias "${a.text}"`;
    if (a.text !== a.text.trim()) p(`${label} has surrounding spaces`);
    // An alias with the name's own text puts a rule on the bare name (the trie lets it replace it).
    const rulesTheName = keys.indexOf(key) === 0 && (a.requires?.length || a.case || a.symbol || a.noPlural);
    // A styling written exactly (`KoMiR` beside `KOMIR`): another form, which case alone tells apart.
    const styled = a.case === 'exact' && !entityForms(e).some((f, j) => j !== i + 1 && f.text === a.text);
    if (forms.indexOf(form) !== i + 1 && !rulesTheName && !styled) p(`${label} repeats ${forms.indexOf(form) === 0 ? 'its name' : 'another alias'}`);
    if (/'s?$/.test(foldForSearch(a.text))) p(`${label} is a possessive: the matcher handles those`);
    if (allowsPlural(e, a) && keys.some((k) => key === `${k}s` || key === `${k}es`)) p(`${label} is a plural: the matcher handles those`);
    if (a.requires !== undefined && a.requires.length === 0) p(`${label} has an empty requires list`);
    for (const r of a.requires ?? []) if (!byId.has(r) && !isKindGroup(r)) p(`${label} requires "${r}", which is not an entity`);
    if (a.ambiguous && !a.requires?.length) p(`${label} is ambiguous but has no requires rule`);
    if (COMMON_WORDS.has(key)) {
      if (caseRuleOf(a) === 'any') p(`${label} is a common English word and may not match in any case`);
      if (!a.note && !a.requires?.length) p(`${label} is a common English word: give it a requires rule or a note`);
    }
  });
}

/**
 * Whether two claims on the same case-folded text can match the same written text: never when
 * both are exact and differ in case (`EU` the Union, `Eu` europium), nor when one is exact and the
 * other (a name) is not written that way or in capitals.
 */
function canShareText(a: Claim, b: Claim): boolean {
  const textOf = (c: Claim) => foldForSearch(c.alias?.text ?? c.entity.name);
  const ruleOf = (c: Claim) => (c.alias ? caseRuleOf(c.alias) : caseRuleOf({ text: c.entity.name }));
  const [ta, tb, ra, rb] = [textOf(a), textOf(b), ruleOf(a), ruleOf(b)];
  if (ra === 'exact' && rb === 'exact') return ta === tb;
  if (ra === 'exact' && rb !== 'any') return ta === tb || ta === tb.toUpperCase();
  if (rb === 'exact' && ra !== 'any') return tb === ta || tb === ta.toUpperCase();
  return true;
}

function checkClaims(catalog: Catalog, out: string[]): void {
  const claims = new Map<string, Claim[]>();
  for (const entity of catalog.entities) {
    const add = (text: string, alias?: Alias) => {
      const list = claims.get(aliasKey(text)) ?? [];
      if (!list.some((c) => c.entity.id === entity.id)) list.push({ entity, alias });
      claims.set(aliasKey(text), list);
    };
    add(entity.name);
    for (const a of entity.aliases) add(a.text, a);
  }
  for (const list of claims.values()) {
    for (const claim of list) {
      const { entity, alias } = claim;
      const others = list.filter((c) => c.entity.id !== entity.id && canShareText(c, claim)).map((c) => c.entity.id);
      const text = alias?.text ?? entity.name;
      if (others.length > 0 && !(alias?.ambiguous && alias.requires?.length)) {
        const what = alias ? `alias "${text}"` : `name "${text}"`;
        out.push(`${entity.id}: ${what} is also claimed by ${others.join(', ')}${alias ? ': mark both ambiguous with requires' : ': a name cannot be shared'}`);
      }
      if (others.length === 0 && alias?.ambiguous) out.push(`${entity.id}: alias "${text}" is marked ambiguous but no other entity claims it`);
    }
  }
}

/** Seed indices in which each entity is named by a form that needs no other entity (no `requires`). */
function unambiguousPresence(catalog: Catalog, index: SeedIndex): Map<string, Set<number>> {
  const present = new Map<string, Set<number>>();
  for (const e of catalog.entities) {
    const seeds = new Set<number>();
    for (const f of entityForms(e)) if (!f.requires?.length) for (const i of seedsContaining(index, f.text, caseRuleOf(f), allowsPlural(e, f))) seeds.add(i);
    present.set(e.id, seeds);
  }
  return present;
}

function checkSeeds(catalog: Catalog, seedTexts: readonly string[], out: string[]): void {
  const index = indexSeeds(seedTexts);
  const present = unambiguousPresence(catalog, index);
  for (const e of catalog.entities) {
    const nameFound = seedsContaining(index, e.name, caseRuleOf({ text: e.name }), allowsPlural(e, { text: e.name })).length > 0;
    let aliasFound = false;
    for (const a of e.aliases) {
      if (a.variant) continue;
      const seeds = seedsContaining(index, a.text, caseRuleOf(a), allowsPlural(e, a));
      if (seeds.length === 0) {
        out.push(`${e.id}: alias "${a.text}" occurs in no seed (mark it a variant if it is a standard form)`);
        continue;
      }
      aliasFound = true;
      const rule = a.requires ?? [];
      const named = (r: string, i: number): boolean =>
        isKindGroup(r) ? catalog.entities.some((o) => o.kind === r.slice(5) && present.get(o.id)?.has(i)) : present.get(r)?.has(i) === true;
      if (rule.length > 0 && !seeds.some((i) => rule.some((r) => named(r, i))))
        out.push(`${e.id}: alias "${a.text}" never has one of [${rule.join(', ')}] named beside it in a seed, so its rule never lets it count`);
    }
    // A canonical full name the seeds shorten (`Kassym-Jomart Tokayev` → `Tokayev`) may be absent.
    if (!nameFound && !aliasFound) out.push(`${e.id}: neither its name "${e.name}" nor any seed alias occurs in a seed`);
  }
}

/** Ids used once each; returns the entities by id. */
function indexIds(entities: readonly Entity[], out: string[]): Map<string, Entity> {
  const byId = new Map<string, Entity>();
  for (const e of entities) {
    if (byId.has(e.id)) out.push(`${e.id}: id is used by more than one entity`);
    else byId.set(e.id, e);
  }
  return byId;
}

/**
 * Checks the whole dictionary (seed catalog, lexicon and generated countries, composed) the way the
 * catalog is checked, minus seed occurrence: the lexicon names what the seeds do not. Returns
 * human-readable problems, `[]` when valid.
 */
export function validateDictionary(entities: readonly Entity[]): string[] {
  const out: string[] = [];
  const byId = indexIds(entities, out);
  for (const e of entities) checkEntity(e, byId, out);
  checkClaims({ version: 1, entities: [...entities] }, out);
  checkMaterialTails(entities, out);
  return out;
}

/**
 * A site's, company's or place's alias that ends with a material the dictionary holds in lower case
 * (`Lobé iron ore`, `Woxna graphite`) swallows that material: news marks the two apart (`[[Lobé]]
 * [[iron ore]]`). The name is written without it; a lower-case head after it (`Lobé iron ore
 * project`) is fine, the matcher leaves the head and the words before it out.
 */
function checkMaterialTails(entities: readonly Entity[], out: string[]): void {
  const materials = new Set<string>();
  for (const e of entities)
    if (e.kind === 'material') for (const text of [e.name, ...e.aliases.map((a) => a.text)]) if (text === text.toLowerCase()) materials.add(text);
  for (const e of entities) {
    if (e.kind !== 'project' && e.kind !== 'company' && e.kind !== 'region') continue;
    for (const a of e.aliases) {
      const words = a.text.split(' ');
      for (let k = 1; k <= 3 && k < words.length; k++) {
        if (!materials.has(words.slice(-k).join(' ')) || !/^\p{Lu}/u.test(words[words.length - k - 1]!)) continue;
        out.push(`${e.id}: alias "${a.text}" ends with the material "${words.slice(-k).join(' ')}": write the name without it`);
        break;
      }
    }
  }
}

/**
 * Checks the catalog and returns human-readable problems, each prefixed by the entity id; an
 * empty list means valid. `seedTexts` are the raw seed articles (mojibake and all). `dictionary`,
 * when given, is the whole composed dictionary the catalog is part of: claims on an alias text are
 * checked across it (the other claimant of `Georgia` is a lexicon country), problems reported for
 * catalog entities only.
 */
export function validateCatalog(catalog: Catalog, seedTexts: string[], dictionary?: readonly Entity[]): string[] {
  const out: string[] = [];
  const byId = indexIds(catalog.entities, out);
  for (const e of catalog.entities) checkEntity(e, byId, out);
  if (dictionary) {
    const claims: string[] = [];
    checkClaims({ version: catalog.version, entities: [...dictionary] }, claims);
    out.push(...claims.filter((line) => byId.has(line.slice(0, line.indexOf(':')))));
  } else checkClaims(catalog, out);
  checkSeeds(catalog, seedTexts, out);
  return out;
}
