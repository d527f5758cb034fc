// Ambiguous short forms with the real catalog: the same spotter the content script uses, on short
// texts and on the seeds as the bundle reads them. A wrong highlight costs the reader's trust.
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { bundle, catalog, seedId } from './seed-bundle';

const spotter = createSpotter(catalog.entities);
const found = (text: string) => spotter.findMentions(text).map((m) => [m.entityId, m.text]);

describe('ambiguous forms on short texts', () => {
  it('"us" is not the United States; "US" and "U.S." are', () => {
    expect(found('An analyst told us that prices are rising.')).toEqual([]);
    expect(found('Let us see; the US said so, and U.S. firms agreed.')).toEqual([
      ['country-us', 'US'],
      ['country-us', 'U.S.'],
    ]);
    expect(found('WHY THE US WANTS MAGNETS')).toEqual([]); // shouting: acronym and word cannot be told apart
  });

  it('"are" and "ARE" are American Rare Earths only once the company is named', () => {
    expect(found('Prices are high and stocks are thin.')).toEqual([]);
    expect(found('ARE shares rose.')).toEqual([]);
    expect(found('American Rare Earths (ARE) said ARE shares are up.')).toEqual([
      ['company-american-rare-earths', 'American Rare Earths'],
      ['company-american-rare-earths', 'ARE'],
      ['company-american-rare-earths', 'ARE'],
    ]);
  });

  it('"element" is not Element USA', () => {
    expect(found('Each element of the table; Element is a word.')).toEqual([]);
    expect(found('Scandium is a rare element.')).toEqual([['material-scandium', 'Scandium']]);
    expect(found('Element USA won $29.9 million.')).toEqual([['company-element-usa', 'Element USA']]);
    expect(found('the elements of policy')).toEqual([]);
  });

  it('the fruit is not Apple Inc.; the company is, on a rare earth page', () => {
    expect(found('An apple a day; apples and Apples.')).toEqual([]);
    expect(found('Apple orchards bloomed early this year.')).toEqual([]); // no rare earth context
    expect(found('Apple signed a $500 million deal with MP Materials.')).toEqual([
      ['company-apple', 'Apple'],
      ['company-mp-materials', 'MP Materials'],
    ]);
    expect(found('Apple’s magnets use neodymium.')).toEqual([
      ['company-apple', 'Apple'],
      ['material-neodymium', 'neodymium'],
    ]);
  });

  it('"Army", "SRC", "VAC", "MSP" and a bare surname need their context', () => {
    expect(found('An army of lawyers; the Army marched.')).toEqual([]);
    expect(found('The US Department of the Army paid. The Army said more.').map(([id]) => id)).toEqual([
      'government-us-department-of-the-army',
      'government-us-department-of-the-army',
    ]);
    expect(found('The SRC, VAC power and an MSP contract.')).toEqual([]);
    expect(found('Boric leaves office; Trump spoke.')).toEqual([]);
    expect(found('Chile’s President Boric leaves office.')).toEqual([
      ['country-chile', 'Chile'],
      ['person-gabriel-boric', 'Boric'],
    ]);
  });
});

describe('ambiguous forms in the seeds', () => {
  const textsOf = (entityId: string) => [...new Set(bundle.mentions.filter((m) => m.entityId === entityId).map((m) => m.text))].sort();
  const sourcesOf = (entityId: string) => [...new Set(bundle.mentions.filter((m) => m.entityId === entityId).map((m) => m.sourceId))].sort();

  it('the seeds are full of the words that look like names', () => {
    const all = bundle.sources.map((s) => s.text).join('\n');
    expect(all.match(/\bare\b/g)?.length).toBeGreaterThan(20);
    expect(all).toMatch(/\belements\b/);
  });

  // Issue 11: a place's government is the place acting (`US government`, `the US Government`).
  it('reads the United States only from its real forms', () => {
    expect(textsOf('country-us').map((t) => t.replace(/ [Gg]overnment$/, ''))).toEqual(expect.arrayContaining(['U.S.', 'US', 'United States']));
    // And Washington where it stands for the US government (`Washington's supply chain strategy`).
    for (const t of textsOf('country-us')) expect(t).toMatch(/^(?:U\.S\.|US|United States)(?: [Gg]overnment)?$|^Washington$/);
  });

  it('reads American Rare Earths once by name and once by ARE, in seed 000 only', () => {
    const ms = bundle.mentions.filter((m) => m.entityId === 'company-american-rare-earths');
    expect(ms.map((m) => [m.sourceId, m.text])).toEqual([
      [seedId('000'), 'American Rare Earths'],
      [seedId('000'), 'ARE'],
    ]);
  });

  it('reads Element USA once, and never the word element', () => {
    expect(bundle.mentions.filter((m) => m.entityId === 'company-element-usa').map((m) => [m.sourceId, m.text])).toEqual([[seedId('000'), 'Element USA']]);
  });

  it('reads Apple only where the company buys magnets (seeds 003 and 004)', () => {
    expect(textsOf('company-apple')).toEqual(['Apple']);
    expect(sourcesOf('company-apple')).toEqual([seedId('003'), seedId('004')]);
  });

  it('keeps the Army, SRC, VAC and GM to the seeds that name their owners', () => {
    expect(textsOf('government-us-department-of-the-army')).toEqual(['US Department of the Army']);
    expect(sourcesOf('government-saskatchewan-research-council')).toEqual([seedId('001')]);
    expect(textsOf('company-vacuumschmelze')).toEqual(['VAC']);
    expect(sourcesOf('company-vacuumschmelze')).toEqual([seedId('003')]);
    expect(sourcesOf('company-general-motors')).toEqual([seedId('003')]);
  });
});
