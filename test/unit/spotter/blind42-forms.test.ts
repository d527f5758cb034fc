/**
 * Issue 11, after the forty-second blind corpus: general forms it showed the spotter missed or
 * misread (small hand-made dictionaries, so curators' edits never move these tests).
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, mentionsBy } from './entities';

const spotter = createSpotter(
  [
    entity('material-platinum', 'platinum', 'material', [{ text: 'Pt', case: 'exact', symbol: true }]),
    entity('material-palladium', 'palladium', 'material', [{ text: 'Pd', case: 'exact', symbol: true }]),
    entity('material-rare-earths', 'rare earths', 'material'),
    entity('material-uranium', 'uranium', 'material'),
    entity('country-us', 'United States', 'country', [{ text: 'US', case: 'exact' }]),
    entity('country-pakistan', 'Pakistan', 'country'),
    entity('country-south-africa', 'South Africa', 'country'),
    entity('region-california', 'California', 'region'),
    entity('region-utah', 'Utah', 'region'),
    entity('region-indiana', 'Indiana', 'region'),
    entity('region-oregon', 'Oregon', 'region'),
    entity('project-mountain-pass', 'Mountain Pass', 'project'),
    entity('project-white-mesa', 'White Mesa Mill', 'project'),
    entity('region-chicago', 'Chicago', 'region'),
    entity('company-mp-materials', 'MP Materials', 'company'),
    entity('company-ghpl', 'Government Holdings', 'company'),
    entity('company-implats', 'Impala Platinum', 'company', ['Implats', { text: 'Impala', requires: ['company-implats'], noPlural: true }]),
    entity('country-canada', 'Canada', 'country'),
    { ...entity('material-ferrocerium', 'ferrocerium', 'material'), general: true },
  ],
  { requireField: true },
);

const found = mentionsBy(spotter);

describe('forms the forty-second blind corpus showed', () => {
  it("a state's code after a known place and a comma names the state, in prose as in a dateline", () => {
    expect(found('Rare earths are mined by MP Materials at Mountain Pass, CA, and uranium is milled at White Mesa Mill, UT.')).toEqual([
      ['Rare earths', 'material-rare-earths'],
      ['MP Materials', 'company-mp-materials'],
      ['Mountain Pass', 'project-mountain-pass'],
      ['CA', 'region-california'],
      ['uranium', 'material-uranium'],
      ['White Mesa Mill', 'project-white-mesa'],
      ['UT', 'region-utah'],
    ]);
  });

  it('never a code that is an English word, nor one after a company, nor one that does not end the address', () => {
    const ids = found('Rare earths and uranium: MP Materials, CA said. A plant in Chicago, IN turn, and Mountain Pass, CA Resources.').map(([, id]) => id);
    expect(ids).not.toContain('region-california');
    expect(ids).not.toContain('region-indiana');
  });

  it("`(Private) Limited` is Pakistan's and India's legal form of a private company", () => {
    expect(found('In Pakistan, Government Holdings (Private) Limited took 25% of the rare earths and uranium venture.')[1]).toEqual([
      'Government Holdings (Private) Limited',
      'company-ghpl',
    ]);
  });

  it('`Pt` and `Pd` alone name platinum and palladium in an article that names the metals', () => {
    expect(found('South Africa and MP Materials mine platinum and palladium. Every ounce of Pt lost underground lifts Pd too.')).toEqual([
      ['South Africa', 'country-south-africa'],
      ['MP Materials', 'company-mp-materials'],
      ['platinum', 'material-platinum'],
      ['palladium', 'material-palladium'],
      ['Pt', 'material-platinum'],
      ['Pd', 'material-palladium'],
    ]);
    expect(found('In South Africa and the US, rare earths and uranium: Pt Hedland ships ore.').map(([t]) => t)).not.toContain('Pt');
  });

  it("the field's words in quotation marks are talked about, not used: one point, not enough alone", () => {
    const lesson = 'Some pupils asked about "rare earth" magnets. Their teacher showed them a lighter flint of ferrocerium.';
    expect(found(lesson)).toEqual([]);
    expect(found(lesson.replace('"rare earth"', 'rare earth'))).toEqual([['ferrocerium', 'material-ferrocerium']]);
  });

  it("a subsidiary's name opens with its parent even where the dictionary reads the parent's short name only in context", () => {
    const spot = createSpotter(
      [
        entity('company-implats', 'Impala Platinum', 'company', ['Implats', { text: 'Impala', requires: ['company-implats'], noPlural: true }]),
        entity('country-canada', 'Canada', 'country'),
        entity('material-platinum', 'platinum', 'material'),
        entity('material-rare-earths', 'rare earths', 'material'),
        entity('company-mp-materials', 'MP Materials', 'company'),
      ],
      { requireField: true, localNames: true },
    );
    const got = mentionsBy(spot)('Implats and MP Materials sell platinum and rare earths. In Canada, Impala Canada said output rose.');
    expect(got).toContainEqual(['Impala Canada', 'local:company:Impala Canada']);
    expect(got.map(([t]) => t)).not.toContain('Impala');
  });

  it("a ministry every country has (`Ministry of Finance`) is not another country's in an article about one the dictionary has none for", () => {
    const spot = createSpotter(
      [
        entity('government-china-mof', "China's Ministry of Finance", 'government', [{ text: 'Ministry of Finance', requires: ['country-china'] }]),
        entity('country-china', 'China', 'country'),
        entity('country-angola', 'Angola', 'country'),
        entity('material-rare-earths', 'rare earths', 'material'),
        entity('company-pensana', 'Pensana', 'company'),
      ],
      { requireField: true },
    );
    const ids = (t: string) => mentionsBy(spot)(t).map(([, id]) => id);
    expect(
      ids('Pensana mines rare earths in Angola. Angola wants more. Angola and China trade. The Ministry of Finance said Angola would help.'),
    ).not.toContain('government-china-mof');
    expect(ids('Pensana sells rare earths to China. China buys more. The Ministry of Finance said China would help.')).toContain('government-china-mof');
  });
});
