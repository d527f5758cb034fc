/**
 * Issue 11, from the hundred-and-thirty-first to hundred-and-thirty-fourth blind corpora: a wire's
 * bare ticker in brackets after a listed company (`Nam Kim Steel (NKG)`), a listing at a sentence's
 * end (`quoted on AIM as AIM: SGZ.`), and a permit an authority issues, defined by its initials
 * (`Aquifer Protection Permit (the "APP")`), which is no body, and a number opening a sentence
 * before `mine workers`, which names no mine. Small hand-made dictionaries, so
 * curators' edits never move these tests; the corpora are never edited.
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, foundBy, localMentions } from './entities';

const FIELD = '\n\nSteel, zinc and copper: mining, smelting, export controls and the supply chain.';
const spotter = createSpotter(
  [
    entity('material-steel', 'steel', 'material'),
    entity('material-zinc', 'zinc', 'material'),
    entity('material-copper', 'copper', 'material'),
    { ...entity('company-nam-kim', 'Nam Kim Steel', 'company'), listings: [{ exchange: 'HOSE', ticker: 'NKG' }] },
    { ...entity('company-deo-nai', 'Deo Nai Coal', 'company'), listings: [{ exchange: 'HNX', ticker: 'TDN' }] },
    entity('company-hoa-sen', 'Hoa Sen Group', 'company'),
    { ...entity('company-scotgold', 'Scotgold Resources', 'company'), listings: [{ exchange: 'AIM', ticker: 'SGZ' }] },
    entity('government-adeq', 'Arizona Department of Environmental Quality', 'government', [{ text: 'ADEQ', case: 'exact' }]),
  ],
  { requireField: true, localNames: true },
);
const found = foundBy(spotter);

describe('a listed company’s ticker written bare in brackets', () => {
  it('is the company’s ticker, there and after, when the dictionary lists the company under it', () => {
    const text = `Nam Kim Steel (NKG) rose 3.9% and Deo Nai Coal (TDN) lost 4.1%. | NKG | 17,250 | | TDN | 9,400 |${FIELD}`;
    expect(found(text).filter((f) => f.includes('company-'))).toEqual([
      'Nam Kim Steel company-nam-kim',
      'NKG company-nam-kim',
      'Deo Nai Coal company-deo-nai',
      'TDN company-deo-nai',
      'NKG company-nam-kim',
      'TDN company-deo-nai',
    ]);
  });

  it('is not another company’s code, nor a code the dictionary does not list for it', () => {
    const text = `Nam Kim Steel (TDN) rose 3.9%. Hoa Sen Group (HSX) fell. Deo Nai Coal (NKG) lost 4.1%.${FIELD}`;
    expect(found(text).filter((f) => /^(?:TDN|HSX|NKG) /.test(f))).toEqual([]);
  });
});

describe('a listing at the end of a sentence', () => {
  it('ends before the full stop', () => {
    const text = `Scotgold Resources was formerly quoted on AIM as AIM: SGZ. Its copper and zinc ore is small.${FIELD}`;
    expect(found(text).filter((f) => f.includes('SGZ'))).toEqual(['AIM: SGZ company-scotgold']);
  });
});

describe('a document an authority issues, defined by its initials', () => {
  it('is no body: neither its name nor its short form is marked', () => {
    const text = `ADEQ issued an amendment to the Aquifer Protection Permit (the "APP") for the copper project. The amended APP covers the ponds. The Regional Mining Authority (the "RMA") reviews it.${FIELD}`;
    const local = localMentions(spotter, text);
    expect(local.filter((l) => /APP|Aquifer/.test(l))).toEqual([]);
    // A body defined the same way still is one.
    expect(local).toContain('government Regional Mining Authority');
  });
});

describe('a number written out before a site’s word', () => {
  it('counts, and names no site', () => {
    const text = `Thirteen mine workers were killed in 2025. Twenty-one copper mines closed. The Kestrel mine reopened.${FIELD}`;
    const local = localMentions(spotter, text);
    expect(local.filter((l) => /Thirteen|Twenty/.test(l))).toEqual([]);
    // A named site still is one.
    expect(local).toContain('project Kestrel');
  });
});
