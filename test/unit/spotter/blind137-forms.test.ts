/**
 * Issue 11, from the hundred-and-thirty-seventh and -eighth blind corpora: a person whose surname
 * has a particle (`said Pieter van Rooyen, a logistics consultant`; `Van Rooyen said`), a trade's
 * role before a name set off by commas (`a fluorochemicals buyer, Tomás Reyes, told me`), a release's
 * contact on the line under `For further information:`, `THE` before a country in a dateline in
 * capitals, towns joined before one plural head (`the Port Pirie and Hobart smelters`), and a vein or
 * works as prose after a site's name (`the Shepherd veins`). Small hand-made dictionaries, so
 * curators' edits never move these tests; the corpora are never edited.
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, foundBy, localMentions } from './entities';

const FIELD = '\n\nZinc, antimony and fluorspar: mining, smelting, export controls and the supply chain.';
const spotter = createSpotter(
  [
    entity('material-zinc', 'zinc', 'material'),
    entity('material-antimony', 'antimony', 'material'),
    entity('country-netherlands', 'Netherlands', 'country', ['The Netherlands']),
    entity('region-amsterdam', 'Amsterdam', 'region'),
    entity('region-hobart', 'Hobart', 'region'),
    entity('region-port-pirie', 'Port Pirie', 'region'),
    entity('region-rotterdam', 'Rotterdam', 'region'),
    entity('project-hobart-smelter', 'Hobart zinc smelter', 'project', ['Hobart smelter']),
    entity('project-port-pirie-smelter', 'Port Pirie smelter', 'project'),
    entity('company-nyrstar', 'Nyrstar', 'company'),
    entity('company-mandalay', 'Mandalay Resources', 'company'),
    entity('project-costerfield', 'Costerfield', 'project'),
    entity('project-shepherd', 'Shepherd vein system', 'project', [{ text: 'Shepherd', case: 'exact', requires: ['project-costerfield'] }]),
  ],
  { requireField: true, localNames: true },
);
const found = foundBy(spotter);

describe('a surname with a particle', () => {
  it('is part of the person, who is named again by it, capitalised or not', () => {
    const text = `"Margins cannot take that for long," said Pieter van Rooyen, a logistics consultant in Rotterdam. Van Rooyen said zinc would fall; van Rooyen left.${FIELD}`;
    const local = localMentions(spotter, text);
    expect(local).toContain('person Pieter van Rooyen');
    expect(found(text).filter((f) => f.includes('Rooyen'))).toEqual([
      'Pieter van Rooyen local:person:Pieter van Rooyen',
      'Van Rooyen local:person:Pieter van Rooyen',
      'van Rooyen local:person:Pieter van Rooyen',
    ]);
  });

  it('is no name of its own: lower-case words between capitals are not a person', () => {
    const text = `"Zinc is cheap," said Bank van Rotterdam, a lender. The Port of Amsterdam said more.${FIELD}`;
    expect(localMentions(spotter, text).filter((l) => l.startsWith('person'))).toEqual([]);
  });
});

describe('a trade’s role before a name set off by commas', () => {
  it('makes the name a person', () => {
    const text = `"Prices doubled," a fluorochemicals buyer, Tomás Reyes, told me last year. Antimony followed.${FIELD}`;
    expect(localMentions(spotter, text)).toContain('person Tomás Reyes');
  });
});

describe('a release’s contact', () => {
  it('is a person on the line under `For further information:`', () => {
    const text = `Mandalay Resources produced antimony at Costerfield.\n\nFor further information:\nEdison Nguyen\nVice President, Investor Relations${FIELD}`;
    expect(localMentions(spotter, text)).toContain('person Edison Nguyen');
  });
});

describe('`THE` before a country in capitals', () => {
  it('is the dateline’s article, not the name’s', () => {
    const text = `AMSTERDAM, THE NETHERLANDS, Oct 9 — Nyrstar said zinc output rose.${FIELD}`;
    expect(found(text)).toContain('NETHERLANDS country-netherlands');
    expect(found(text).some((f) => f.startsWith('THE '))).toBe(false);
  });
});

describe('towns joined before one plural head', () => {
  it('name their sites when the dictionary holds each as the town and the singular head', () => {
    const text = `Nyrstar got A$135 million for the Port Pirie and Hobart smelters, tied to an antimony refinery.${FIELD}`;
    expect(found(text)).toContain('Hobart project-hobart-smelter');
  });

  it('leave the town alone when no such site is known, or no plural head follows', () => {
    const text = `Nyrstar runs plants in Rotterdam and Hobart. Antimony from the Rotterdam and Amsterdam mills rose.${FIELD}`;
    expect(found(text).filter((f) => /^(?:Hobart|Rotterdam|Amsterdam) /.test(f))).toEqual([
      'Rotterdam region-rotterdam',
      'Hobart region-hobart',
      'Rotterdam region-rotterdam',
      'Amsterdam region-amsterdam',
    ]);
  });
});

describe('a vein after a site’s name', () => {
  it('is prose: the mention ends before it', () => {
    const text = `Ore from the Shepherd veins at Costerfield made up 58% of antimony feed.${FIELD}`;
    expect(found(text)).toContain('Shepherd project-shepherd');
  });
});
