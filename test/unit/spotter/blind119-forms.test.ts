/**
 * Issue 11, from the hundred-and-nineteenth and hundred-and-twentieth blind corpora: a release's
 * heading of a mine's name and `Operations`, a capital's own market after its possessive, a capital
 * the article calls a city or names as a market, Portuguese-speaking Africa's `Limitada`, a company's name ending in
 * `Company`, a curator's lower-case form beside a capitalised one, a hyphenated group of metals after
 * a list, and steel as a material of the field. Small hand-made dictionaries, so curators' edits never move these tests; the corpora are
 * never edited.
 */
import { describe, expect, it } from 'vitest';
import { composeDictionary } from '../../../lib/catalog/compose';
import { createSpotter } from '../../../lib/spotter/matcher';
import { capital, entity, foundBy, localMentions } from './entities';

const FIELD = '\n\nCopper, gold and diamonds: mining, refining, export controls and the supply chain.';
const spotter = createSpotter(
  [
    entity('material-copper', 'copper', 'material'),
    entity('material-gold', 'gold', 'material'),
    entity('material-diamond', 'diamond', 'material'),
    entity('material-iron-ore', 'iron ore', 'material'),
    {
      ...entity('material-steel', 'steel', 'material', [{ text: 'steel', requires: ['kind:material'] }]),
      general: true,
    },
    entity('country-botswana', 'Botswana', 'country'),
    entity('country-sierra-leone', 'Sierra Leone', 'country'),
    entity('country-uk', 'United Kingdom', 'country'),
    entity('organisation-aim', 'AIM', 'organisation', [{ text: 'AIM', case: 'exact' }]),
    entity('company-gemfields', 'Gemfields', 'company'),
    entity('project-mount-polley', 'Mount Polley mine', 'project', ['Mount Polley']),
    entity('project-trail', 'Trail Operations', 'project'),
    entity('project-red-chris', 'Red Chris', 'project'),
    capital('region-gaborone', 'Gaborone', 'country-botswana'),
    capital('region-london', 'London', 'country-uk'),
  ],
  { requireField: true, localNames: true },
);
const found = foundBy(spotter);

describe('a mine and `Operations` in a heading', () => {
  it('is the mine when the line is the name and `Operations` alone: the section of a release', () => {
    const got = found('Imperial Metals reports its quarter\nMount Polley Operations\nMount Polley milled copper and gold ore.' + FIELD);
    expect(got).toContain('Mount Polley project-mount-polley');
    expect(got).not.toContain('Mount Polley Operations project-mount-polley');
    expect(found('Red Chris Operations\nRed Chris lies in the north.' + FIELD)[0]).toBe('Red Chris project-red-chris');
  });

  it('keeps `Operations` in a sentence, where it is the name', () => {
    expect(found('The concentrate went to Mount Polley Operations for blending.' + FIELD)).toContain('Mount Polley Operations project-mount-polley');
  });
});

describe('a capital named as a city', () => {
  it("is the city before its market: `London's AIM market`", () => {
    const got = found("Gemfields' shares trade on London's AIM market." + FIELD);
    expect(got).toContain('London region-london');
    expect(got).toContain('AIM organisation-aim');
  });

  it("stays the government before what the government does: `London's sanctions`", () => {
    expect(found("London's sanctions on copper traders bit." + FIELD)).toContain('London country-uk');
  });

  it('is the city where the article says so: `Gaborone, the capital, has hosted …`', () => {
    expect(found("Gaborone, the capital, has hosted De Beers' rough sales since 2013." + FIELD)).toContain('Gaborone region-gaborone');
    expect(found('Gaborone, the country’s largest city, grew fast.' + FIELD)).toContain('Gaborone region-gaborone');
  });

  it("is the city before a shared `-listed` (`London- and Johannesburg-listed`) and as a market's price (`a premium of about 4% over London`)", () => {
    expect(found('London- and Johannesburg-listed copper miners rose.' + FIELD)).toContain('London region-london');
    expect(found('Comex copper kept a premium of about 4% over London this week.' + FIELD)).toContain('London region-london');
    expect(found('New York gold traded at a discount to London.' + FIELD)).toContain('London region-london');
  });

  it('acts for its government otherwise', () => {
    expect(found('Gaborone has asked for a larger share of the diamonds.' + FIELD)).toContain('Gaborone country-botswana');
  });
});

describe("companies' names", () => {
  it('end in `Limitada`, the Portuguese private company', () => {
    expect(localMentions(spotter, 'MRM is 75% owned by Gemfields and 25% by Mwiriti Limitada, a local partner.' + FIELD)).toContain('company Mwiriti Limitada');
  });

  it('end in `Company` where a word of their own names them, a known place opening them or not', () => {
    const text = 'The British-owned Sierra Leone Development Company mined iron ore, first by Emperor Gold Mining Company.' + FIELD;
    const got = localMentions(spotter, text);
    expect(got).toContain('company Sierra Leone Development Company');
    expect(got).toContain('company Emperor Gold Mining Company');
    expect(found(text)).not.toContain('Sierra Leone country-sierra-leone');
  });

  it('not where only trade words stand before `Company`, nor `the Company` of a release', () => {
    expect(localMentions(spotter, 'Shares are held by the National Mining Company. The Company said copper output rose.' + FIELD)).toEqual([]);
  });
});

describe("a curator's forms of one entity", () => {
  it('keeps a form in lower case after its first word beside the same words capitalised, and drops one only in capitals', () => {
    const forms = composeDictionary({
      catalog: [],
      generated: [],
      lexicon: [
        {
          about: 'test',
          entities: [entity('project-kabanga', 'Kabanga Nickel Project', 'project')],
          // A patch's forms join the entity's own where they are new (`withAliases`).
          patches: [{ id: 'project-kabanga', aliases: ['Kabanga nickel project', 'KABANGA NICKEL PROJECT', 'Kabanga mine'].map((text) => ({ text })) }],
          stopPhrases: [],
        },
      ],
    }).entities[0]!.aliases.map((a) => a.text);
    expect(forms).toEqual(['Kabanga nickel project', 'Kabanga mine']);
    // The lower-case form is what matches a sentence's `the Kabanga nickel project` (the mention ends
    // before the lower-case words for what the site is).
    const spot = foundBy(
      createSpotter([
        { ...entity('project-kabanga', 'Kabanga Nickel Project', 'project'), aliases: forms.map((text) => ({ text })) },
        entity('material-nickel', 'nickel', 'material'),
      ]),
    );
    expect(spot('Nickel from the Kabanga nickel project.')).toContain('Kabanga project-kabanga');
  });
});

describe('a group of metals after a list', () => {
  it('keeps `platinum-group metals` whole after `cobalt and`: a hyphenated group shares no head with the element before', () => {
    const spot = foundBy(
      createSpotter([
        entity('material-cobalt', 'cobalt', 'material'),
        entity('material-platinum', 'platinum', 'material'),
        entity('material-pgm', 'platinum group metals', 'material', ['platinum-group metal']),
        entity('material-terbium', 'terbium', 'material', [{ text: 'Tb', case: 'exact' }]),
        entity('material-dysprosium', 'dysprosium', 'material', [{ text: 'Dy', case: 'exact' }]),
        entity('material-tb-oxide', 'terbium oxide', 'material', ['Tb oxide']),
      ]),
    );
    expect(spot('It holds cobalt and platinum-group metals.')).toEqual(['cobalt material-cobalt', 'platinum-group metals material-pgm']);
    // A pair's shared form word still leaves the element (`Dy and Tb oxides`).
    expect(spot('It sells Dy and Tb oxides.')).toEqual(['Dy material-dysprosium', 'Tb material-terbium']);
  });
});

describe('steel, a material of the field that everyday writing names too', () => {
  it('counts beside another material of the field', () => {
    expect(found('Iron ore fell as Chinese steel output slowed.' + FIELD)).toContain('steel material-steel');
  });

  it('does not by itself make a page one about the field', () => {
    expect(found('The band played steel guitar and the kettle was steel.')).toEqual([]);
  });
});
