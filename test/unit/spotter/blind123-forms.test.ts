/**
 * Issue 11, from the hundred-and-twenty-third and hundred-and-twenty-fourth blind corpora: a ticker
 * with an ampersand (`BMV: PE&OLES`), Cboe Canada's listing prefix (`Cboe CA: DMET`), Kosovo's and
 * Albania's `Sh.A.`, `Co. LLC` after a company's name, and a capital named where people leave for it
 * or freight is shipped to it (a place, not its government). Small hand-made dictionaries, so
 * curators' edits never move these tests; the corpora are never edited.
 */
import { describe, expect, it } from 'vitest';
import { EntitySchema } from '../../../lib/catalog/schema';
import { createSpotter } from '../../../lib/spotter/matcher';
import { capital, entity, foundBy, localMentions } from './entities';

const FIELD = '\n\nZinc, nickel and copper: mining, smelting, export controls and the supply chain.';
const ENTITIES = [
  entity('material-zinc', 'zinc', 'material'),
  entity('material-nickel', 'nickel', 'material'),
  entity('material-copper', 'copper', 'material'),
  entity('country-canada', 'Canada', 'country'),
  entity('country-dominican-republic', 'Dominican Republic', 'country'),
  entity('country-mexico', 'Mexico', 'country'),
  entity('region-quebec', 'Quebec', 'region'),
  entity('region-montreal', 'Montreal', 'region'),
  entity('region-sudbury', 'Sudbury', 'region'),
  { ...entity('company-penoles', 'Industrias Peñoles', 'company', ['Peñoles']), listings: [{ exchange: 'BMV', ticker: 'PE&OLES' }] },
  entity('company-kosovo-metals', 'Kosova Metals', 'company'),
  entity('company-lisbon-valley', 'Lisbon Valley Mining', 'company'),
  capital('region-santo-domingo', 'Santo Domingo', 'country-dominican-republic'),
  capital('region-quebec-city', 'Quebec City', 'region-quebec'),
];
const spotter = createSpotter(ENTITIES, { requireField: true, localNames: true });
const found = foundBy(spotter);

describe('a ticker with an ampersand', () => {
  it('is a listing a curator can write and the spotter reads whole', () => {
    expect(EntitySchema.safeParse(ENTITIES.find((e) => e.id === 'company-penoles')).success).toBe(true);
    expect(found(`Shares of Peñoles (BMV: PE&OLES) rose 6.8%; | Peñoles | BMV: PE&OLES | MXN 402.10 |${FIELD}`)).toEqual([
      'Peñoles company-penoles',
      'BMV: PE&OLES company-penoles',
      'Peñoles company-penoles',
      'BMV: PE&OLES company-penoles',
      'Zinc material-zinc',
      'nickel material-nickel',
      'copper material-copper',
    ]);
  });

  it('is defined by an article for a company the dictionary lacks, and never opens or closes a ticker', () => {
    const text = `Mahindra Metals Ltd (NSE: M&M) said it would buy nickel. M&M shares rose.${FIELD}`;
    expect(localMentions(spotter, text)).toEqual(['company Mahindra Metals Ltd', 'company NSE: M&M', 'company M&M']);
    const listed = (ticker: string) =>
      EntitySchema.safeParse({ ...ENTITIES.find((e) => e.id === 'company-penoles'), listings: [{ exchange: 'BMV', ticker }] }).success;
    expect([listed('&PE'), listed('PE&'), listed('PE&&OLES'), listed('PE&OLES')]).toEqual([false, false, false, true]);
  });
});

describe('Cboe Canada’s listing prefix', () => {
  it('names the company’s listing as the other exchanges’ prefixes do', () => {
    const text = `Denarius Metals Corp. ("Denarius" or the "Company") (Cboe CA: DMET; OTCQX: DNRSF) announced permits for its zinc and nickel mine. It trades on Cboe Canada under the symbol DMET. Aurum Ltd (NEO: AUR) also rose.${FIELD}`;
    const local = localMentions(spotter, text);
    expect(local).toContain('company Cboe CA: DMET');
    expect(local).toContain('company DMET');
    expect(local).toContain('company NEO: AUR');
  });
});

describe('legal suffixes', () => {
  it('Kosovo’s and Albania’s joint-stock company (`Sh.A.`) and `Co. LLC` belong to the name', () => {
    expect(found(`Kosova Metals Sh.A. mines zinc. Lisbon Valley Mining Co. LLC makes copper cathode.${FIELD}`).slice(0, 4)).toEqual([
      'Kosova Metals Sh.A. company-kosovo-metals',
      'zinc material-zinc',
      'Lisbon Valley Mining Co. LLC company-lisbon-valley',
      'copper material-copper',
    ]);
  });
});

describe('a capital people leave for, or freight is shipped to', () => {
  it('is the city, its government where it acts', () => {
    const text = `Our geologists have left for Montreal, Santo Domingo or Sudbury. Raglan's nickel concentrate travels by ice-class ship to Quebec City, then by rail to Sudbury. Quebec City has gone further: the province offers credits. Santo Domingo signed a deal.${FIELD}`;
    expect(found(text).filter((f) => /Santo Domingo|Quebec City/.test(f))).toEqual([
      'Santo Domingo region-santo-domingo',
      'Quebec City region-quebec-city',
      'Quebec City region-quebec',
      'Santo Domingo country-dominican-republic',
    ]);
  });
});
