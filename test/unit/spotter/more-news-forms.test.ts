/**
 * Issue 11, after the blind corpus: general forms it showed the spotter missed or misread (small
 * hand-made dictionaries, so curators' edits never move these tests).
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, mentionsBy } from './entities';

const spotter = createSpotter(
  [
    entity('company-meteoric', 'Meteoric Resources', 'company'),
    entity('company-lynas', 'Lynas Rare Earths', 'company', ['Lynas']),
    entity('country-canada', 'Canada', 'country'),
    entity('country-australia', 'Australia', 'country'),
    entity('material-dysprosium', 'dysprosium', 'material', [{ text: 'Dy', case: 'exact', symbol: true }]),
    entity('material-terbium', 'terbium', 'material', [{ text: 'Tb', case: 'exact', symbol: true }]),
    entity('material-yttrium', 'yttrium', 'material', [{ text: 'Y', case: 'exact', symbol: true }]),
    { ...entity('material-potash', 'potash', 'material'), general: true },
    entity('material-gold', 'gold', 'material', [{ text: 'gold', requires: ['kind:material'] }]),
    entity('country-china', 'China', 'country'),
    entity('project-wicheeda', 'Wicheeda', 'project'),
    entity('company-neo', 'Neo Performance Materials', 'company'),
    entity('region-narva', 'Narva', 'region'),
    entity('project-narva', 'Narva magnet plant', 'project', [{ text: 'Narva', requires: ['company-neo'] }]),
    entity('region-motori', 'Motori', 'region'),
    entity('project-motori', 'Motori', 'project'),
  ],
  { requireField: true },
);

const found = mentionsBy(spotter);

describe('forms the blind corpus showed', () => {
  it('an element defined by its symbol in brackets is that element all through the article', () => {
    expect(found('Heavy rare earths such as dysprosium (Dy) and terbium (Tb) matter. The ore is poor in Dy, rich in Tb.')).toEqual([
      ['dysprosium', 'material-dysprosium'],
      ['Dy', 'material-dysprosium'],
      ['terbium', 'material-terbium'],
      ['Tb', 'material-terbium'],
      ['Dy', 'material-dysprosium'],
      ['Tb', 'material-terbium'],
    ]);
    // Not a symbol of that element: the bracket defines nothing.
    expect(found('Rare earths: dysprosium (DY-1 grade) and terbium (Tx) were scarce. Tx is a code.')).toEqual([
      ['dysprosium', 'material-dysprosium'],
      ['terbium', 'material-terbium'],
    ]);
  });

  it('a place before a legal suffix is part of a company name, not the place', () => {
    expect(found('Rare earths samples went to SGS Canada Inc. and Lynas Australia Pty Ltd for tests in Canada.')).toEqual([
      ['Lynas', 'company-lynas'],
      ['Canada', 'country-canada'],
    ]);
  });

  it('NL (an Australian no-liability company) belongs to the name', () => {
    expect(found('Rare earths explorer Meteoric Resources NL drilled in Australia.')).toEqual([
      ['Meteoric Resources NL', 'company-meteoric'],
      ['Australia', 'country-australia'],
    ]);
  });

  it('an everyday material (general) does not by itself make a page about the field', () => {
    expect(found('Feed tomatoes with a high-potash liquid; the borders turn to gold; a China vase.')).toEqual([]);
    // On a page about the field it is marked as usual.
    expect(found('Critical minerals lists now include potash and gold.')).toEqual([
      ['potash', 'material-potash'],
      ['gold', 'material-gold'],
    ]);
  });

  it('a project name takes what it produces and its capitalised kind, not prose', () => {
    expect(found('Rare earths: the Wicheeda Rare Earth Element Project is in Canada.')).toEqual([
      ['Wicheeda Rare Earth Element Project', 'project-wicheeda'],
      ['Canada', 'country-canada'],
    ]);
    // Two products joined, and a Canadian release's `Property`.
    expect(found('Rare earths: the Wicheeda Rare Earth and Fluorspar Deposit lies on the Wicheeda Property.')).toEqual([
      ['Wicheeda Rare Earth and Fluorspar Deposit', 'project-wicheeda'],
      ['Wicheeda Property', 'project-wicheeda'],
    ]);
    expect(found('Rare earths: the Wicheeda rare earth project and the Wicheeda Rare Earths deposit.')).toEqual([
      ['Wicheeda', 'project-wicheeda'],
      ['Wicheeda', 'project-wicheeda'],
    ]);
  });

  it('a town that names a plant is the town after a word of place, the plant elsewhere', () => {
    expect(found('Rare earths: Neo Performance Materials opened its plant in Narva, and the Narva line is running.')).toEqual([
      ['Neo Performance Materials', 'company-neo'],
      ['Narva', 'region-narva'],
      ['Narva', 'project-narva'],
    ]);
    expect(found('Rare earths: Neo Performance Materials said the Narva magnet plant is running.')).toEqual([
      ['Neo Performance Materials', 'company-neo'],
      // A lower-case kind stays out of a project's span (`the Colossus project`).
      ['Narva', 'project-narva'],
    ]);
    // Where the plant's form needs no context: still the town after a word of place.
    expect(found('Rare earths mud lies off Motori; the Motori trial begins.')).toEqual([
      ['Motori', 'region-motori'],
      ['Motori', 'project-motori'],
    ]);
  });
});

describe('forms the nineteenth blind corpus showed', () => {
  const s = createSpotter(
    [
      entity('country-saudi-arabia', 'Saudi Arabia', 'country', ['Kingdom of Saudi Arabia']),
      entity('country-morocco', 'Morocco', 'country', ['Kingdom of Morocco']),
      entity('country-united-kingdom', 'United Kingdom', 'country'),
      entity('country-chile', 'Chile', 'country'),
      entity('government-chile-corfo', 'CORFO', 'government'),
      entity('government-japan-jogmec', 'JOGMEC', 'government'),
      entity('organisation-nato', 'NATO', 'organisation'),
      entity('material-lithium', 'lithium', 'material'),
      entity('material-neodymium', 'neodymium', 'material'),
    ],
    { requireField: true },
  );
  const got = (t: string) => s.findMentions(t).map((m) => [m.text, m.entityId]);

  it('a country named by its style is `the Kingdom` after it, unless two kingdoms are named', () => {
    expect(got('The Kingdom of Saudi Arabia mines lithium. The Kingdom sits at the crossroads of the United Kingdom and neodymium rare earths.')).toEqual([
      ['Kingdom of Saudi Arabia', 'country-saudi-arabia'],
      ['lithium', 'material-lithium'],
      ['Kingdom', 'country-saudi-arabia'],
      ['United Kingdom', 'country-united-kingdom'],
      ['neodymium', 'material-neodymium'],
    ]);
    // Not before the style is given, and not when the article names two kingdoms.
    expect(got('The Kingdom mines lithium and neodymium rare earths.').map(([t]) => t)).toEqual(['lithium', 'neodymium']);
    expect(
      got('The Kingdom of Saudi Arabia and the Kingdom of Morocco trade lithium; the Kingdom buys neodymium rare earths.').filter(([t]) => t === 'Kingdom'),
    ).toEqual([]);
  });

  it('an acronym of five letters or more said as a word is read in title case too (`Corfo`), a short one is not (`Nato`)', () => {
    expect(got('Chile’s Corfo and CORFO signed lithium deals with Jogmec; Nato watched neodymium rare earths.')).toEqual([
      ['Chile', 'country-chile'],
      ['Corfo', 'government-chile-corfo'],
      ['CORFO', 'government-chile-corfo'],
      ['lithium', 'material-lithium'],
      ['Jogmec', 'government-japan-jogmec'],
      ['neodymium', 'material-neodymium'],
    ]);
    // Title case only: `corfo` and `CoRFO` are not the acronym.
    expect(got('corfo and CoRFO sell lithium and neodymium rare earths.').map(([t]) => t)).toEqual(['lithium', 'neodymium']);
  });
});

describe('a stop phrase is no name the article introduces', () => {
  const entities = [entity('company-lynas', 'Lynas Rare Earths', 'company', ['Lynas']), entity('material-neodymium', 'neodymium', 'material')];
  const text = 'Lynas showed neodymium in the Oval Office, and the Mining Office later approved the rare earths plant.';
  const names = (stopPhrases: string[]) =>
    createSpotter(entities, { stopPhrases, requireField: true, localNames: true })
      .findMentions(text)
      .map((m) => m.text);
  it('the same headed phrase is a local body without the stop phrase, and nothing with it', () => {
    expect(names([])).toContain('Oval Office');
    expect(names(['Oval Office'])).not.toContain('Oval Office');
    // Other names the article introduces are still found.
    expect(names(['Oval Office'])).toContain('Mining Office');
  });
});

describe('a quantity of a material that is also a common word', () => {
  const s = createSpotter(
    [entity('country-zambia', 'Zambia', 'country'), entity('material-copper', 'copper', 'material', [{ text: 'copper', requires: ['kind:material'] }])],
    { requireField: true },
  );
  const got = (t: string) => s.findMentions(t).map((m) => m.text);
  it('`tonnes of copper` is the commodity alone; a copper kettle beside no other material is not', () => {
    expect(got('Zambia wants to mine 3 million tonnes of copper a year, its rare earths too.')).toEqual(['Zambia', 'copper']);
    expect(got('Zambia sells a copper kettle and rare earths.')).toEqual(['Zambia']);
  });
});
