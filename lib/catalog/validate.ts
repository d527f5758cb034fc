/**
 * Build-time validation of the curated catalog against itself and the seed articles (issue 3):
 * unique kebab-case ids, references that resolve, no alias claimed by two entities without an
 * ambiguity rule, and every alias the catalog says the seeds use really occurring in them.
 * Pure and browser-safe: the caller reads the seeds. Rules are explained in ./README.md.
 */
import { allowsPlural, caseRuleOf, entityForms } from './load';
import type { Alias, Catalog, Entity } from './schema';
import { foldForSearch, indexSeeds, seedsContaining, type SeedIndex } from './seed-search';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** English words a careless alias would turn into highlights everywhere: they need an explicit rule. */
const COMMON_WORDS = new Set(
  'a an am are as at be by do go he i if in is it me my no of on or so to up us we can may will army apple element elements nature link mint'.split(' '),
);

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
  const related = e.related ?? [];
  for (const r of related) if (!byId.has(r)) p(`related "${r}" is not an entity`);
  if (related.includes(e.id)) p('is related to itself');
  if (new Set(related).size !== related.length) p('lists a related entity twice');
  checkAliases(e, byId, p);
}

function checkAliases(e: Entity, byId: Map<string, Entity>, p: (msg: string) => void): void {
  const keys = entityForms(e).map((f) => aliasKey(f.text));
  e.aliases.forEach((a, i) => {
    const key = keys[i + 1] ?? '';
    const label = `alias "${a.text}"`;
    if (a.text !== a.text.trim()) p(`${label} has surrounding spaces`);
    if (keys.indexOf(key) !== i + 1) p(`${label} repeats ${keys.indexOf(key) === 0 ? 'its name' : 'another alias'}`);
    if (/'s?$/.test(foldForSearch(a.text))) p(`${label} is a possessive: the matcher handles those`);
    if (allowsPlural(e, a) && keys.some((k) => key === `${k}s` || key === `${k}es`)) p(`${label} is a plural: the matcher handles those`);
    if (a.requires !== undefined && a.requires.length === 0) p(`${label} has an empty requires list`);
    for (const r of a.requires ?? []) if (!byId.has(r)) p(`${label} requires "${r}", which is not an entity`);
    if (a.ambiguous && !a.requires?.length) p(`${label} is ambiguous but has no requires rule`);
    if (COMMON_WORDS.has(key)) {
      if (caseRuleOf(a) === 'any') p(`${label} is a common English word and may not match in any case`);
      if (!a.note && !a.requires?.length) p(`${label} is a common English word: give it a requires rule or a note`);
    }
  });
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
    for (const { entity, alias } of list) {
      const others = list.filter((c) => c.entity.id !== entity.id).map((c) => c.entity.id);
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
      if (rule.length > 0 && !seeds.some((i) => rule.some((r) => present.get(r)?.has(i))))
        out.push(`${e.id}: alias "${a.text}" never has one of [${rule.join(', ')}] named beside it in a seed, so its rule never lets it count`);
    }
    // A canonical full name the seeds shorten (`Kassym-Jomart Tokayev` → `Tokayev`) may be absent.
    if (!nameFound && !aliasFound) out.push(`${e.id}: neither its name "${e.name}" nor any seed alias occurs in a seed`);
  }
}

/**
 * Checks the catalog and returns human-readable problems, each prefixed by the entity id; an
 * empty list means valid. `seedTexts` are the raw seed articles (mojibake and all).
 */
export function validateCatalog(catalog: Catalog, seedTexts: string[]): string[] {
  const out: string[] = [];
  const byId = new Map<string, Entity>();
  for (const e of catalog.entities) {
    if (byId.has(e.id)) out.push(`${e.id}: id is used by more than one entity`);
    else byId.set(e.id, e);
  }
  for (const e of catalog.entities) checkEntity(e, byId, out);
  checkClaims(catalog, out);
  checkSeeds(catalog, seedTexts, out);
  return out;
}
