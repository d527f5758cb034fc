/**
 * Issue 11, in the session of the hundred-and-fifth and hundred-and-sixth blind corpora: a
 * partnership's spelled-out legal form (`the Pebble Limited Partnership`), an all-capitals name
 * written in its own styling (`DRDGOLD` as `DRDGold`), and a sentence's opening word of place
 * before a town listed with another (`Around Rustenburg and Marikana`). Small hand-made
 * dictionaries, so curators' edits never move these tests; the corpora are never edited.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/catalog/schema';
import { createSpotter } from '../../../lib/spotter/matcher';
import { capital, entity, foundBy } from './entities';

const FIELD = '\n\nPlatinum, gold and copper: mining, refining, export controls and the supply chain.';
const ENTITIES: Entity[] = [
  entity('material-gold', 'gold', 'material'),
  entity('material-copper', 'copper', 'material'),
  entity('material-platinum', 'platinum', 'material'),
  entity('country-south-africa', 'South Africa', 'country'),
  entity('country-mongolia', 'Mongolia', 'country'),
  entity('country-kazakhstan', 'Kazakhstan', 'country'),
  entity('country-us', 'United States', 'country'),
  entity('company-northern-dynasty', 'Northern Dynasty Minerals', 'company', ['Northern Dynasty']),
  entity('company-drdgold', 'DRDGOLD', 'company'),
  entity('company-sibanye', 'Sibanye-Stillwater', 'company'),
  entity('region-rustenburg', 'Rustenburg', 'region'),
  entity('region-marikana', 'Marikana (town)', 'region', [{ text: 'Marikana', ambiguous: true, requires: ['country-south-africa'] }]),
  entity('project-marikana', 'Marikana operations', 'project', [{ text: 'Marikana', ambiguous: true, requires: ['company-sibanye'] }]),
  capital('region-ulaanbaatar', 'Ulaanbaatar', 'country-mongolia'),
  capital('region-astana', 'Astana', 'country-kazakhstan'),
  capital('region-washington', 'Washington', 'country-us'),
];
const read = foundBy(createSpotter(ENTITIES, { requireField: true, localNames: true }));
const with_ = (text: string) => read(text + FIELD);

describe('legal forms spelled out', () => {
  it('takes `Limited Partnership` whole into the name of a company the article introduces', () => {
    const got = with_('Northern Dynasty and its subsidiary, the Pebble Limited Partnership, are still in federal court over the copper and gold mine.');
    expect(got.some((m) => m.startsWith('Pebble Limited Partnership local:company:'))).toBe(true);
  });
});

describe('an all-capitals name in its own styling', () => {
  it('finds `DRDGOLD` written `DRDGold` or `Drdgold`, never in lower case, and makes no company of the article’s own of it', () => {
    const got = with_('DRDGold rose 4% on the gold price, and Drdgold’s tailings plant ran at capacity; drdgold is no name.');
    expect(got.filter((m) => m.endsWith(' company-drdgold'))).toEqual(['DRDGold company-drdgold', 'Drdgold company-drdgold']);
    expect(got.some((m) => m.includes('local:'))).toBe(false);
  });
});

describe('a sentence’s opening word of place before a list of places', () => {
  it('makes the listed town the town, not the mine named after it', () => {
    const got = with_('Sibanye-Stillwater mines platinum in South Africa. Around Rustenburg and Marikana the mines follow the reef.');
    expect(got).toContain('Marikana region-marikana');
  });

  it('leaves a clause’s opening place and a date’s opening out of it: the capitals after them act', () => {
    const got = with_('In Mongolia, Ulaanbaatar has offered copper blocks to investors. In November, Astana and Washington announced a joint venture.');
    expect(got).toContain('Ulaanbaatar country-mongolia');
    expect(got).toContain('Astana country-kazakhstan');
    expect(got).toContain('Washington country-us');
  });
});

describe('a speaker set off by what they are', () => {
  it('is a person of the article’s own when a verb of speech follows the description', () => {
    const got = with_('As Sophie Nanalook, a set-net fisher in Dillingham, told me last summer, the copper mine would ruin the river.');
    expect(got).toContain('Sophie Nanalook local:person:Sophie Nanalook');
  });

  it('is not a person when the description is a company’s', () => {
    const got = with_('Kestrel Halvard, a Canadian gold explorer, said on Monday that drilling would resume.');
    expect(got.some((m) => m.includes('local:person:'))).toBe(false);
  });
});

describe('a chemical class before `mineral`', () => {
  it('describes the mineral and is no mention of the material; the rock, its exports and its mineralisation are', () => {
    const spotter = createSpotter(
      [
        entity('material-monazite', 'monazite', 'material'),
        entity('material-neodymium', 'neodymium', 'material'),
        entity('material-phosphate-rock', 'phosphate rock', 'material', [{ text: 'phosphate', requires: ['kind:material'] }]),
      ],
      { requireField: true },
    );
    const got = foundBy(spotter)(
      'Monazite, a phosphate mineral that carries neodymium, is mined with apatite. Phosphate exports rose, and phosphate mineralisation was found.' + FIELD,
    ).filter((m) => m.endsWith('material-phosphate-rock'));
    expect(got).toEqual(['Phosphate material-phosphate-rock', 'phosphate material-phosphate-rock']);
  });
});

describe('from blind-107 and -108', () => {
  const spotter = createSpotter(
    [
      entity('material-gold', 'gold', 'material'),
      entity('country-tanzania', 'Tanzania', 'country'),
      entity('country-guyana', 'Guyana', 'country'),
      capital('region-dodoma', 'Dodoma', 'country-tanzania'),
      entity('region-essequibo', 'Essequibo', 'region'),
    ],
    { requireField: true },
  );
  const found = (text: string) => foundBy(spotter)(text + FIELD);

  it('reads `the tone in` a capital as its government’s, like its mood', () => {
    expect(found('Since 2021 the tone in Dodoma has softened toward gold miners.')).toContain('Dodoma country-tanzania');
  });

  it('leaves a place’s name before `River` to the river', () => {
    const got = found('Gold diggers work the Essequibo River, in Guyana, and the Essequibo region beyond it.');
    expect(got.filter((m) => m.startsWith('Essequibo '))).toEqual(['Essequibo region-essequibo']);
  });
});

describe('a point of the compass after a known name', () => {
  it('is no site of its own (`the Chambishi Southeast deposit`), while a new name with one is (`the Halvard West deposit`)', () => {
    const spotter = createSpotter(
      [entity('material-copper', 'copper', 'material'), entity('region-chambishi', 'Chambishi', 'region'), entity('company-cnmc', 'CNMC', 'company')],
      { requireField: true, localNames: true },
    );
    const got = foundBy(spotter)('CNMC is sinking a new copper shaft at the Chambishi Southeast deposit, and Kestrel drills the Halvard West deposit.' + FIELD);
    expect(got.some((m) => m.startsWith('Southeast '))).toBe(false);
    expect(got).toContain('Halvard West local:project:Halvard West');
  });
});

describe('a project’s name before a body’s head', () => {
  it('belongs to the body (`the Platreef Community Trust`), not the mine', () => {
    const spotter = createSpotter([entity('material-platinum', 'platinum', 'material'), entity('project-platreef', 'Platreef', 'project')], {
      requireField: true,
    });
    const got = foundBy(spotter)('Distributions to the Platreef Community Trust begin once the Platreef platinum mine ramps up.' + FIELD);
    expect(got.filter((m) => m.endsWith('project-platreef'))).toEqual(['Platreef project-platreef']);
  });
});

describe('an oblast’s or krai’s English title', () => {
  it('is found capitalised (`Amur Region`) from the entity’s name alone', () => {
    const spotter = createSpotter([entity('material-gold', 'gold', 'material'), entity('region-amur', 'Amur Oblast', 'region')], { requireField: true });
    expect(foundBy(spotter)('Gold miners in the Amur Region expect more rail capacity.' + FIELD)).toContain('Amur Region region-amur');
  });
});
