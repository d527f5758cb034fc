// The real curated catalog (seeds/catalog.json) against the real seeds: it must load, validate with
// zero problems, and hold the entities and rules a careful reading of the seeds calls for.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import catalogJson from '../../../seeds/catalog.json' with { type: 'json' };
import { caseRuleOf, entityById, loadCatalog } from '../../../lib/catalog/load';
import type { Entity } from '../../../lib/catalog/schema';
import { indexSeeds, seedsContaining } from '../../../lib/catalog/seed-search';
import { validateCatalog } from '../../../lib/catalog/validate';
import { extractRelatedItems, normaliseArticleText } from '../../../lib/text/normalise';
import { readDictionary } from '../../../seeds/dictionary';
import { capitalEntities } from '../../../seeds/lexicon/countries';

const SEEDS_DIR = path.resolve(import.meta.dirname, '../../../seeds');
const seedTexts = fs
  .readdirSync(SEEDS_DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(path.join(SEEDS_DIR, f), 'utf8'));
const catalog = loadCatalog(catalogJson);
const byId = entityById(catalog);
/** The whole composed dictionary the catalog is part of (claims on a text are checked across it). */
const dictionary = readDictionary();

function entity(id: string): Entity {
  const e = byId.get(id);
  if (!e) throw new Error(`no entity ${id}`);
  return e;
}
const alias = (id: string, text: string) => entity(id).aliases.find((a) => a.text === text);

describe('the seed catalog', () => {
  it('reads all five seeds', () => {
    expect(seedTexts).toHaveLength(5);
  });

  it('validates with zero problems against the seeds as written and as repaired', () => {
    // Seed 002 glues one name together (`the"Closed−LoopCriticalMaterialRecyclingProgram,"`):
    // it is found in the repaired text, as the pipeline reads it.
    expect(validateCatalog(catalog, [...seedTexts, ...seedTexts.map(normaliseArticleText)], dictionary)).toEqual([]);
    const rawOnly = validateCatalog(catalog, seedTexts, dictionary);
    expect(rawOnly).toEqual([
      'policy-us-closed-loop-recycling-program: neither its name "Closed-Loop Critical Material Recycling Program" nor any seed alias occurs in a seed',
    ]);
  });

  it('still validates on what the pipeline reads: normalised bodies plus Related News items', () => {
    // The body drops the "Related News" tail (seed 001); Chile, Boric, copper… live only there.
    const texts = seedTexts.flatMap((raw) => [normaliseArticleText(raw), ...extractRelatedItems(raw).map((i) => `${i.title}\n${i.summary ?? ''}`)]);
    expect(validateCatalog(catalog, texts, dictionary)).toEqual([]);
  });

  it('finds the names that seed 003 carries behind mojibake', () => {
    const seed003 = indexSeeds([seedTexts[3] ?? '']);
    expect(seedTexts[3]).toContain('Chinaโs grip');
    for (const name of ['China', 'Washington', 'Neo Performance Materials', 'Quebec', 'Apple', 'GM', 'VAC', 'South Korea', 'EU']) {
      expect(seedsContaining(seed003, name, name === name.toUpperCase() ? 'exact' : 'name'), name).toEqual([0]);
    }
  });

  it('holds roughly two hundred entities of every kind', () => {
    expect(catalog.entities.length).toBeGreaterThanOrEqual(150);
    expect(catalog.entities.length).toBeLessThanOrEqual(250);
    const kinds = new Set(catalog.entities.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['company', 'country', 'government', 'material', 'organisation', 'person', 'policy', 'project', 'region']);
  });

  it('knows MP Materials as a US company tied to the Department of Defense', () => {
    const mp = entity('company-mp-materials');
    expect(mp).toMatchObject({ name: 'MP Materials', kind: 'company', country: 'country-us' });
    expect(mp.related).toContain('government-us-department-of-defense');
  });

  it('knows JOGMEC as a Japanese government body, by its exact-case acronym', () => {
    const j = entity('government-jogmec');
    expect(j).toMatchObject({ kind: 'government', country: 'country-japan' });
    const acronym = alias('government-jogmec', 'JOGMEC');
    expect(acronym && caseRuleOf(acronym)).toBe('exact');
  });

  it('matches the United States by exact-case US and the usual variants', () => {
    const us = alias('country-us', 'US');
    expect(us?.case).toBe('exact');
    expect(alias('country-us', 'U.S.')).toBeDefined();
    expect(alias('country-us', 'USA')?.variant).toBe(true);
    expect(entity('country-us').name).toBe('United States');
  });

  it('gives every ambiguous short form an explicit rule', () => {
    expect(alias('company-american-rare-earths', 'ARE')).toMatchObject({ case: 'exact', requires: ['company-american-rare-earths'] });
    expect(alias('government-saskatchewan-research-council', 'SRC')?.requires).toEqual(['government-saskatchewan-research-council']);
    expect(alias('company-vacuumschmelze', 'VAC')?.requires).toContain('country-germany');
    expect(alias('organisation-msp', 'MSP')?.requires).toEqual(['organisation-msp']);
    expect(alias('company-vulcan-elements', 'Vulcan')?.requires).toEqual(['company-vulcan-elements']);
    expect(alias('government-us-department-of-the-army', 'Army')?.requires).toEqual(['government-us-department-of-the-army']);
    expect(alias('person-zahari', 'Zahari')?.requires).toEqual(['country-malaysia']);
    expect(alias('person-alexandre-silveira', 'Silveira')?.requires).toEqual(['country-brazil']);
    expect(alias('person-kassym-jomart-tokayev', 'Tokayev')?.requires).toEqual(['country-kazakhstan']);
    const apple = alias('company-apple', 'Apple');
    expect(apple && caseRuleOf(apple)).toBe('name');
    expect(apple?.noPlural).toBe(true);
  });

  it('never lets the bare word "element" stand for Element USA', () => {
    const forms = catalog.entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]).map((t) => t.toLowerCase());
    expect(forms).toContain('element usa');
    expect(forms).not.toContain('element');
  });

  it('lists no possessives and no name twice', () => {
    for (const e of catalog.entities) {
      for (const a of e.aliases) {
        expect(a.text, e.id).not.toMatch(/['’]s?$/);
        // An alias may repeat the name only to put a rule on it (the validator's `rulesTheName`).
        const rulesTheName = Boolean(a.requires?.length || a.case || a.symbol || a.noPlural);
        if (!rulesTheName) expect(a.text.toLowerCase(), e.id).not.toBe(e.name.toLowerCase());
      }
    }
  });

  it('gives every person a role and names the standard Pr-Nd variants', () => {
    for (const e of catalog.entities.filter((x) => x.kind === 'person')) expect(e.role, e.id).toBeTruthy();
    expect(entity('person-kimi-onoda').aliases.map((a) => a.text)).toContain('Norimi Onoda');
    const prNd = entity('material-pr-nd').aliases;
    expect(
      prNd
        .filter((a) => a.variant)
        .map((a) => a.text)
        .sort(),
    ).toEqual(['Nd-Pr', 'NdPr', 'PrNd']);
    expect(prNd.find((a) => a.text === 'Pr-Nd')?.variant).toBeUndefined();
  });

  it('links projects to their country and owner', () => {
    expect(entity('project-round-top')).toMatchObject({ country: 'country-us', related: ['company-usa-rare-earth', 'region-texas'] });
    expect(entity('project-strange-lake').country).toBe('country-canada');
    expect(entity('project-kenering').related).toContain('region-perak');
    expect(entity('policy-eu-crma').aliases.map((a) => a.text)).toEqual(['CRMA']);
    expect(entity('policy-vietnam-law-on-geology-and-minerals').country).toBe('country-vietnam');
  });
});

describe('capitals in the curated catalog', () => {
  it('keep the government they are the seat of from the data set (Islamabad stands for Pakistan)', () => {
    const composed = new Map(dictionary.map((e) => [e.id, e]));
    const lost = capitalEntities()
      .filter((c) => c.seatOf && composed.get(c.id)?.seatOf !== c.seatOf)
      .map((c) => c.id);
    expect(lost).toEqual([]);
    expect(composed.get('region-islamabad')?.seatOf).toBe('country-pakistan');
  });
});
