// validateCatalog on small hand-made catalogs: each kind of problem must be reported, naming the
// entity, and a clean catalog must pass.
import { describe, expect, it } from 'vitest';
import type { Catalog, Entity } from '../../../lib/catalog/schema';
import { validateCatalog, validateDictionary } from '../../../lib/catalog/validate';

const SEEDS = [
  'The US Department of Defense took a stake in MP Materials. Chinaโs export curbs bite; Lynas’s plant in Pahang.',
  'American Rare Earths (ARE) updated its estimate. Vulcan Elements got a loan and Vulcan plans a factory. Prices of neodymium rose; NdFeB magnets are scarce. They told us so.',
];

const e = (over: Partial<Entity> & Pick<Entity, 'id' | 'name' | 'kind'>): Entity => ({ aliases: [], description: 'One line.', ...over });

function base(): Entity[] {
  return [
    e({ id: 'country-us', name: 'United States', kind: 'country', aliases: [{ text: 'US', case: 'exact', note: 'not the pronoun' }] }),
    e({ id: 'country-china', name: 'China', kind: 'country' }),
    e({ id: 'company-mp-materials', name: 'MP Materials', kind: 'company', country: 'country-us' }),
    e({ id: 'company-lynas', name: 'Lynas', kind: 'company', related: ['region-pahang'] }),
    e({ id: 'region-pahang', name: 'Pahang', kind: 'region' }),
    e({ id: 'material-neodymium', name: 'neodymium', kind: 'material' }),
  ];
}
const cat = (entities: Entity[]): Catalog => ({ version: 1, entities });
const problems = (entities: Entity[]) => validateCatalog(cat(entities), SEEDS);

describe('validateCatalog', () => {
  it('passes a clean catalog (mojibake and curly possessives still count as occurrences)', () => {
    expect(problems(base())).toEqual([]);
  });

  it('reports a duplicate id', () => {
    expect(problems([...base(), e({ id: 'country-china', name: 'Pahang', kind: 'country' })])).toContain('country-china: id is used by more than one entity');
  });

  it('reports ids that are not kebab-case or not kind-prefixed', () => {
    const out = problems([
      ...base(),
      e({ id: 'Company_X', name: 'MP Materials Corp', kind: 'company' }),
      e({ id: 'mat-ndfeb', name: 'NdFeB', kind: 'material' }),
    ]);
    expect(out).toContain('Company_X: id is not kebab-case');
    expect(out).toContain('mat-ndfeb: id should start with its kind, "material-"');
  });

  it('reports references to missing entities and a country that is not a place', () => {
    const entities = base();
    entities.push(e({ id: 'material-ndfeb', name: 'NdFeB', kind: 'material', country: 'company-mp-materials', related: ['company-nobody'] }));
    entities.push(
      e({ id: 'company-x', name: 'Vulcan Elements', kind: 'company', country: 'country-atlantis', aliases: [{ text: 'Vulcan', requires: ['company-ghost'] }] }),
    );
    const out = problems(entities);
    expect(out).toContain('material-ndfeb: country "company-mp-materials" is a company, not a country or region');
    expect(out).toContain('material-ndfeb: related "company-nobody" is not an entity');
    expect(out).toContain('company-x: country "country-atlantis" is not an entity');
    expect(out).toContain('company-x: alias "Vulcan" requires "company-ghost", which is not an entity');
  });

  it('reports an alias claimed by two entities unless both are ambiguous with requires', () => {
    const a = e({ id: 'company-a', name: 'American Rare Earths', kind: 'company', aliases: [{ text: 'ARE', requires: ['company-a'] }] });
    const b = e({
      id: 'company-b',
      name: 'Lynas Corp',
      kind: 'company',
      aliases: [{ text: 'ARE', case: 'exact', ambiguous: true, requires: ['material-neodymium'], note: 'x' }],
    });
    const out = problems([...base(), a, b]);
    expect(out).toContain('company-a: alias "ARE" is also claimed by company-b: mark both ambiguous with requires');
    expect(out.some((p) => p.startsWith('company-b:') && p.includes('also claimed'))).toBe(false);
    const fixed = problems([...base(), { ...a, aliases: [{ text: 'ARE', ambiguous: true, requires: ['company-a'] }] }, b]);
    expect(fixed).toEqual([]);
  });

  // Exact-case forms that differ in case never match the same text (`EU` the Union, `Eu` europium).
  it('does not count exact forms of different case as one claim', () => {
    const eu = e({ id: 'organisation-eu', name: 'European Union', kind: 'organisation', aliases: [{ text: 'EU', case: 'exact' }] });
    const europium = e({ id: 'material-europium', name: 'europium', kind: 'material', aliases: [{ text: 'Eu', case: 'exact', symbol: true }] });
    expect(problems([...base(), eu, europium]).filter((p) => p.includes('claimed'))).toEqual([]);
    const clash = e({ id: 'organisation-eu2', name: 'Euro Union', kind: 'organisation', aliases: [{ text: 'EU', case: 'exact' }] });
    expect(problems([...base(), eu, clash]).some((p) => p.includes('also claimed'))).toBe(true);
  });

  it('reports a name shared with another entity and a stale ambiguous marker', () => {
    const out = problems([
      ...base(),
      e({ id: 'region-china', name: 'China', kind: 'region' }),
      e({ id: 'company-v', name: 'Vulcan Elements', kind: 'company', aliases: [{ text: 'Vulcan', ambiguous: true, requires: ['company-v'] }] }),
    ]);
    expect(out).toContain('region-china: name "China" is also claimed by country-china: a name cannot be shared');
    expect(out).toContain('company-v: alias "Vulcan" is marked ambiguous but no other entity claims it');
  });

  it('reports aliases that occur in no seed unless marked variant, and entities never found', () => {
    const entities = base();
    entities[1] = e({ id: 'country-china', name: 'China', kind: 'country', aliases: [{ text: 'PRC' }, { text: 'Middle Kingdom', variant: true }] });
    entities.push(e({ id: 'country-peru', name: 'Peru', kind: 'country' }));
    const out = problems(entities);
    expect(out).toContain('country-china: alias "PRC" occurs in no seed (mark it a variant if it is a standard form)');
    expect(out).toContain('country-peru: neither its name "Peru" nor any seed alias occurs in a seed');
    expect(out.some((p) => p.includes('Middle Kingdom'))).toBe(false);
  });

  it('searches by case rule and word boundaries, not substrings', () => {
    // "us" occurs only lower case ("told us"); "NEODYMIUM" never in capitals; "Element" only inside "Elements".
    const lower = problems([
      ...base(),
      e({ id: 'company-us-co', name: 'Us Co', kind: 'company', aliases: [{ text: 'us', case: 'any', note: 'x', requires: ['material-neodymium'] }] }),
    ]);
    expect(lower.filter((p) => p.includes('occurs in no seed'))).toEqual([]);
    const exact = problems([...base(), e({ id: 'company-us-co', name: 'Us Co', kind: 'company', aliases: [{ text: 'Us', case: 'exact', variant: true }] })]);
    expect(exact).toContain('company-us-co: neither its name "Us Co" nor any seed alias occurs in a seed');
    const caps = problems([...base(), e({ id: 'region-x', name: 'Pahang East', kind: 'region', aliases: [{ text: 'NEODYMIUM', case: 'exact' }] })]);
    expect(caps).toContain('region-x: alias "NEODYMIUM" occurs in no seed (mark it a variant if it is a standard form)');
    // A region is not found inside "Vulcan Elements"; a company may be found in its plural.
    const region = problems([...base(), e({ id: 'region-v', name: 'Vulcan Element', kind: 'region' })]);
    expect(region).toContain('region-v: neither its name "Vulcan Element" nor any seed alias occurs in a seed');
    const company = problems([...base(), e({ id: 'company-v', name: 'Vulcan Element', kind: 'company' })]);
    expect(company).toEqual([]);
  });

  it('accepts a canonical full name absent from the seeds when a short form occurs', () => {
    const entities = [
      ...base(),
      e({ id: 'company-lynas-re', name: 'Lynas Rare Earths Ltd', kind: 'company', aliases: [{ text: 'Lynas', ambiguous: true, requires: ['region-pahang'] }] }),
    ];
    entities[3] = e({
      id: 'company-lynas',
      name: 'Lynas Corp',
      kind: 'company',
      aliases: [{ text: 'Lynas', ambiguous: true, requires: ['region-pahang'] }],
      related: ['region-pahang'],
    });
    expect(problems(entities)).toEqual([]);
  });

  it('reports a requires rule that never holds in any seed', () => {
    const entities = [
      ...base(),
      e({ id: 'company-vulcan', name: 'Vulcan Forge', kind: 'company', aliases: [{ text: 'Vulcan', requires: ['country-china'] }] }),
    ];
    expect(problems(entities)).toContain(
      'company-vulcan: alias "Vulcan" never has one of [country-china] named beside it in a seed, so its rule never lets it count',
    );
    const ok = [...base(), e({ id: 'company-vulcan', name: 'Vulcan Forge', kind: 'company', aliases: [{ text: 'Vulcan', requires: ['material-neodymium'] }] })];
    expect(problems(ok)).toEqual([]);
  });

  it('reports possessive, plural, repeated and bad-rule aliases', () => {
    const entities = base();
    entities[2] = e({
      id: 'company-mp-materials',
      name: 'MP Materials',
      kind: 'company',
      aliases: [
        { text: 'MP Materials’s', variant: true },
        // In capitals: the name's own form (a name matches in capitals too). A form whose later
        // words are in lower case (`mp materials`) is another form, which the dictionary keeps.
        { text: 'MP MATERIALS', variant: true },
        { text: 'mp materials', variant: true },
        { text: 'X', requires: [] },
        { text: 'MPM', variant: true },
        { text: 'MpM', case: 'exact' },
        { text: 'mpm', variant: true },
      ],
    });
    entities[5] = e({
      id: 'material-neodymium',
      name: 'neodymium',
      kind: 'material',
      aliases: [
        { text: 'neodymiums', variant: true },
        { text: 'Nd', variant: true, ambiguous: true },
      ],
    });
    const out = problems(entities);
    expect(out).toContain('company-mp-materials: alias "MP Materials’s" is a possessive: the matcher handles those');
    expect(out).toContain('company-mp-materials: alias "MP MATERIALS" repeats its name');
    expect(out.filter((x) => x.includes('"mp materials"'))).toEqual([]);
    expect(out).toContain('company-mp-materials: alias "X" has an empty requires list');
    // A styling written exactly (`KoMiR` beside `KOMIR`) is another form; the same letters without a rule repeat one.
    expect(out).not.toContain('company-mp-materials: alias "MpM" repeats another alias');
    expect(out).toContain('company-mp-materials: alias "mpm" repeats another alias');
    expect(out).toContain('material-neodymium: alias "neodymiums" is a plural: the matcher handles those');
    expect(out).toContain('material-neodymium: alias "Nd" is ambiguous but has no requires rule');
  });

  it('reports common English words without an explicit rule', () => {
    const entities = [
      ...base(),
      e({
        id: 'company-element-usa',
        name: 'Element USA',
        kind: 'company',
        aliases: [
          { text: 'element', variant: true },
          { text: 'Apple', variant: true },
        ],
      }),
    ];
    const out = problems(entities);
    expect(out).toContain('company-element-usa: alias "element" is a common English word and may not match in any case');
    expect(out).toContain('company-element-usa: alias "Apple" is a common English word: give it a requires rule or a note');
    const named = problems([...base(), e({ id: 'company-apple', name: 'Apple', kind: 'company' })]);
    expect(named).toContain('company-apple: name "Apple" is a common English word: use a fuller name and give the word an alias with a rule');
  });

  it('checks descriptions, roles and the custom flag', () => {
    const out = problems([
      ...base(),
      e({ id: 'person-x', name: 'Mikael Staffas', kind: 'person', description: 'two\nlines' }),
      e({ id: 'region-y', name: 'Perak', kind: 'region', role: 'mayor', custom: true }),
    ]);
    expect(out).toContain('person-x: description must be one non-empty line');
    expect(out).toContain('person-x: a person needs a role');
    expect(out).toContain('region-y: only people have a role');
    expect(out).toContain('region-y: seed catalog entities are never custom');
  });
});

describe('validateDictionary', () => {
  it('reports a site’s alias that swallows a material news marks apart, not one ending in a head word', () => {
    const entities = [
      e({ id: 'material-iron-ore', name: 'iron ore', kind: 'material' }),
      e({ id: 'project-lobe', name: 'Lobé iron ore project', kind: 'project', aliases: [{ text: 'Lobé iron ore' }, { text: 'Lobé' }] }),
      e({ id: 'project-kribi', name: 'Kribi iron ore terminal', kind: 'project', aliases: [{ text: 'Kribi iron ore terminal project' }] }),
    ];
    expect(validateDictionary(entities)).toEqual(['project-lobe: alias "Lobé iron ore" ends with the material "iron ore": write the name without it']);
  });
});
