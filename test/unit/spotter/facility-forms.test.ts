/**
 * Issue 11, after the sixtieth blind corpus: forms of known names that releases write (small
 * hand-made dictionaries, so curators' edits never move these tests).
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, mentionsBy } from './entities';

const spotter = createSpotter(
  [
    entity('project-kwinana-nickel-refinery', 'Kwinana nickel refinery', 'project', ['Kwinana refinery']),
    entity('company-zcmc', 'Zangezur Copper Molybdenum Combine', 'company', [{ text: 'ZCMC', case: 'exact' }]),
    { ...entity('company-wacker', 'Wacker Chemie', 'company'), listings: [{ exchange: 'FSE', ticker: 'WCH' }] },
    entity('material-nickel', 'nickel', 'material'),
    entity('material-copper', 'copper', 'material'),
    entity('material-rare-earths', 'rare earths', 'material'),
  ],
  { requireField: true },
);
const found = mentionsBy(spotter);

describe('forms of known names that releases write (issue 11)', () => {
  it('a facility the catalog writes in sentence case, in title case (`Kwinana Nickel Refinery`), and its alias', () => {
    expect(found('BHP shut the Kwinana Nickel Refinery, which made nickel and copper.')).toContainEqual([
      'Kwinana Nickel Refinery',
      'project-kwinana-nickel-refinery',
    ]);
    expect(found('BHP shut the Kwinana Refinery, which made nickel and copper.')).toContainEqual(['Kwinana Refinery', 'project-kwinana-nickel-refinery']);
    // Sentence case stays read as the catalog writes it.
    expect(found('BHP shut the Kwinana nickel refinery, which made nickel and copper.').map(([, id]) => id)).toContain('project-kwinana-nickel-refinery');
  });

  it("a closed joint-stock company's suffix (`CJSC`) is part of its formal name", () => {
    expect(found('Zangezur Copper Molybdenum Combine CJSC mines copper and nickel.')).toContainEqual([
      'Zangezur Copper Molybdenum Combine CJSC',
      'company-zcmc',
    ]);
  });

  it('a Xetra listing written `ETR:` names the company', () => {
    expect(found('Wacker Chemie (ETR: WCH) buys copper and nickel and rare earths.')).toContainEqual(['ETR: WCH', 'company-wacker']);
  });
});
