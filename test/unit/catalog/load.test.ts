// loadCatalog's readable errors and the small helpers consumers share.
import { describe, expect, it } from 'vitest';
import { allowsPlural, caseRuleOf, CatalogLoadError, entityById, entityForms, inferCaseRule, loadCatalog } from '../../../lib/catalog/load';

const good = {
  version: 1,
  entities: [
    { id: 'country-us', name: 'United States', kind: 'country', aliases: [{ text: 'US', case: 'exact' }], description: 'A country.' },
    { id: 'material-neodymium', name: 'neodymium', kind: 'material', aliases: [], description: 'A metal.' },
  ],
};

describe('loadCatalog', () => {
  it('returns the parsed catalog', () => {
    const catalog = loadCatalog(good);
    expect(catalog.entities.map((e) => e.id)).toEqual(['country-us', 'material-neodymium']);
  });

  it('names the first problem with its path and entity id', () => {
    const bad = structuredClone(good);
    (bad.entities[1] as { kind: string }).kind = 'metal';
    expect(() => loadCatalog(bad)).toThrow(CatalogLoadError);
    expect(() => loadCatalog(bad)).toThrow(/catalog\.entities\[1\] \(material-neodymium\)\.kind: /);
  });

  it('rejects a non-kebab id and an empty alias, counting every problem', () => {
    const bad = structuredClone(good);
    bad.entities[0]!.id = 'Country US';
    bad.entities[0]!.aliases[0]!.text = '';
    try {
      loadCatalog(bad);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(CatalogLoadError);
      expect((err as CatalogLoadError).message).toMatch(/^Invalid entity catalog: catalog\.entities\[0\] \(Country US\)\.id: .*\(and 1 more problem\)$/);
      expect((err as CatalogLoadError).issueCount).toBe(2);
    }
  });

  it('rejects something that is not a catalog at all', () => {
    expect(() => loadCatalog(null)).toThrow(/^Invalid entity catalog: catalog: /);
    expect(() => loadCatalog({ version: 0, entities: [] })).toThrow(/catalog\.version/);
  });
});

describe('catalog helpers', () => {
  it('indexes entities by id', () => {
    const byId = entityById(loadCatalog(good));
    expect(byId.get('country-us')?.name).toBe('United States');
    expect(byId.get('country-xx')).toBeUndefined();
  });

  it('infers case rules the way the schema documents', () => {
    expect(inferCaseRule('US')).toBe('exact');
    expect(inferCaseRule('U.S.')).toBe('exact');
    expect(inferCaseRule('300224.SZ')).toBe('exact');
    expect(inferCaseRule('Lynas')).toBe('name');
    expect(inferCaseRule('NdFeB')).toBe('name');
    expect(inferCaseRule('neodymium')).toBe('any');
    expect(inferCaseRule('sintered NdFeB')).toBe('any');
    expect(caseRuleOf({ text: 'Apple', case: 'exact' })).toBe('exact');
  });

  it('lists the name first among the forms, and allows plurals only for materials and companies', () => {
    const [us, nd] = loadCatalog(good).entities;
    expect(entityForms(us!).map((f) => f.text)).toEqual(['United States', 'US']);
    expect(allowsPlural(us!, { text: 'US' })).toBe(false);
    expect(allowsPlural(nd!, { text: 'neodymium' })).toBe(true);
    expect(allowsPlural(nd!, { text: 'neodymium', noPlural: true })).toBe(false);
  });
});
