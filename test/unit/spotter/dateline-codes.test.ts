/**
 * Issue 11: a dateline's state or province code (`HALIFAX, NS, Nov. 18 —`, `Denver, CO –`) names
 * that state or province. Only there: two capitals are a word or an acronym anywhere else (`ON`,
 * `CO`, `IN`, `OR`), and a code two places share (`WA`, `NT`) is left alone.
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, mentionsBy } from './entities';

const spotter = createSpotter([
  entity('company-ucore', 'Ucore Rare Metals', 'company'),
  entity('company-mp', 'MP Materials', 'company'),
  entity('region-halifax', 'Halifax', 'region'),
  entity('region-nova-scotia', 'Nova Scotia', 'region'),
  entity('region-ontario', 'Ontario', 'region'),
  entity('region-colorado', 'Colorado', 'region'),
  entity('region-tennessee', 'Tennessee', 'region'),
  entity('region-texas', 'Texas', 'region'),
  entity('region-new-south-wales', 'New South Wales', 'region'),
  entity('region-western-australia', 'Western Australia', 'region'),
  entity('region-washington-state', 'Washington State', 'region'),
  entity('country-canada', 'Canada', 'country'),
  // No Indiana here: a code whose place the dictionary lacks names nothing.
]);

const found = mentionsBy(spotter);

describe('state and province codes in a dateline', () => {
  it('a press release dateline: city, code, date, dash', () => {
    expect(found('HALIFAX, NS, Nov. 18, 2025 — Ucore Rare Metals said it would expand.')).toEqual([
      ['HALIFAX', 'region-halifax'],
      ['NS', 'region-nova-scotia'],
      ['Ucore Rare Metals', 'company-ucore'],
    ]);
  });

  it('a city the dictionary does not know, in title case, then a dash, a slash or a bracket', () => {
    expect(found('Clarksville, TN – MP Materials will buy the plant.')).toEqual([
      ['TN', 'region-tennessee'],
      ['MP Materials', 'company-mp'],
    ]);
    expect(found('TORONTO, ON /CNW/ - Ucore Rare Metals announced a deal.')).toEqual([
      ['ON', 'region-ontario'],
      ['Ucore Rare Metals', 'company-ucore'],
    ]);
    expect(found('FORT WORTH, TX (BUSINESS WIRE) -- MP Materials said so.')).toEqual([
      ['TX', 'region-texas'],
      ['MP Materials', 'company-mp'],
    ]);
    expect(found('SYDNEY, NSW, 4 March 2026: Ucore Rare Metals said so.')).toEqual([
      ['NSW', 'region-new-south-wales'],
      ['Ucore Rare Metals', 'company-ucore'],
    ]);
  });

  it('a dateline alone in its block (a page that styles it apart)', () => {
    expect(found('DENVER, CO')).toEqual([['CO', 'region-colorado']]);
  });

  it('each line of an article may open with one', () => {
    expect(found('A headline about MP Materials\nDENVER, CO, March 3, 2026 — MP Materials grew.')).toEqual([
      ['MP Materials', 'company-mp'],
      ['CO', 'region-colorado'],
      ['MP Materials', 'company-mp'],
    ]);
  });

  it('never in prose, never as a word, never a shared or unknown code', () => {
    expect(found('MP Materials said CO emissions fell in Denver, CO, last year.')).toEqual([['MP Materials', 'company-mp']]);
    expect(found('The plant in Halifax, ON schedule, opens soon.')).toEqual([['Halifax', 'region-halifax']]);
    expect(found('Smith, ON the other hand, said MP Materials would grow.')).toEqual([['MP Materials', 'company-mp']]);
    expect(found('PERTH, WA, 4 March 2026 — Ucore Rare Metals said so.')).toEqual([['Ucore Rare Metals', 'company-ucore']]);
    expect(found('DARWIN, NT – Ucore Rare Metals said so.')).toEqual([['Ucore Rare Metals', 'company-ucore']]);
    expect(found('INDIANAPOLIS, IN – Ucore Rare Metals said so.')).toEqual([['Ucore Rare Metals', 'company-ucore']]);
    expect(found('Yes, OK — MP Materials said so.')).toEqual([['MP Materials', 'company-mp']]);
  });
});
