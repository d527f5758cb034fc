/**
 * Issue 11, in the session of the ninety-seventh and ninety-eighth blind corpora: an acronym an
 * article makes of a name's initials means that entity in the article, even where the dictionary
 * gives the same letters to another; a project's name written long (`Tuvatu Alkaline Gold Project`)
 * is the known project (small hand-made dictionaries, so curators' edits never move these tests;
 * the corpora themselves are never edited).
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, localMentions, mentionsBy } from './entities';

const found = mentionsBy(
  createSpotter(
    [
      entity('country-kosovo', 'Kosovo', 'country'),
      entity('material-zinc', 'zinc', 'material'),
      entity('organisation-icmm', 'International Council on Mining and Metals', 'organisation', ['ICMM']),
      entity('government-kosovo-icmm', 'Independent Commission for Mines and Minerals', 'government'),
      entity('government-us-doe', 'US Department of Energy', 'government', ['DOE']),
      entity('government-ghana-energy', 'Department of Energy', 'government'),
    ],
    { requireField: true },
  ),
);
const FIELD = '\n\nNeodymium and zinc: rare earth mining, refining, export controls and the supply chain.';
const of = (text: string, form: string) =>
  found(text + FIELD)
    .filter(([t]) => t === form)
    .map(([, id]) => id);

describe('an acronym an article makes of a name’s initials', () => {
  it('means the entity it was made for, in the bracket and after it', () => {
    const text = 'Kosovo’s Independent Commission for Mines and Minerals (ICMM) licenses zinc exploration. The ICMM said in April it had two new applications.';
    expect(of(text, 'ICMM')).toEqual(['government-kosovo-icmm', 'government-kosovo-icmm']);
  });

  it('leaves the dictionary’s reading of the letters where the article defines nothing', () => {
    expect(of('The ICMM said its members would report zinc and copper output under the new standard.', 'ICMM')).toEqual(['organisation-icmm']);
  });

  it('leaves the dictionary’s reading when the letters are not the initials of three words or more', () => {
    // `Department of Energy (DOE)` is an acronym of two words: brackets that short are not sure enough.
    expect(of('The Department of Energy (DOE) in Accra set zinc export rules; the DOE said more would follow.', 'DOE')).toEqual([
      'government-us-doe',
      'government-us-doe',
    ]);
  });
});

describe('a known project’s name written long', () => {
  const spotter = createSpotter(
    [
      entity('country-fiji', 'Fiji', 'country'),
      entity('material-gold', 'gold', 'material'),
      entity('project-tuvatu', 'Tuvatu gold project', 'project', ['Tuvatu']),
      entity('region-nadi', 'Nadi', 'region'),
    ],
    { requireField: true, localNames: true },
  );
  const longForm = mentionsBy(spotter);
  const text = (name: string) => `Lion One Metals Limited (TSX-V: LIO) reports gold output from its ${name} in Fiji. The ${name} milled 4,100 tonnes.` + FIELD;

  it('is that project, the whole name marked', () => {
    const got = longForm(text('Tuvatu Alkaline Gold Project')).filter(([t]) => t.startsWith('Tuvatu'));
    expect(got).toEqual([
      ['Tuvatu Alkaline Gold Project', 'project-tuvatu'],
      ['Tuvatu Alkaline Gold Project', 'project-tuvatu'],
    ]);
  });

  it('stays a name of its own when the known name is of another kind (a town’s project is not the town)', () => {
    expect(localMentions(spotter, text('Nadi Gold Project'))).toContain('project Nadi Gold Project');
  });
});

describe('a capital where its legislature votes', () => {
  const read = mentionsBy(
    createSpotter(
      [
        entity('country-costa-rica', 'Costa Rica', 'country'),
        entity('material-gold', 'gold', 'material'),
        { ...entity('region-san-jose', 'San José', 'region'), seatOf: 'country-costa-rica', country: 'country-costa-rica' },
      ],
      { requireField: true },
    ),
  );
  const ids = (text: string) => read(text + FIELD).flatMap(([t, id]) => (t === 'San José' ? [id] : []));

  it('is its government after a vote or lawmakers in it', () => {
    expect(ids('Costa Rica’s gold miners wait for a vote in San José on the Crucitas bill.')).toEqual(['country-costa-rica']);
    expect(ids('Costa Rica’s gold rules: lawmakers in San José passed the bill in May.')).toEqual(['country-costa-rica']);
  });

  it('is the city where people meet or work in it', () => {
    expect(ids('Costa Rica’s gold miners met bankers in San José on Monday.')).toEqual(['region-san-jose']);
  });
});

describe('a known body whose name ends in a legal suffix', () => {
  const spotter = createSpotter(
    [
      entity('country-us', 'United States', 'country', ['U.S.']),
      entity('material-uranium', 'uranium', 'material'),
      entity('government-us-dfc', 'US International Development Finance Corporation', 'government', [
        { text: 'Development Finance Corporation', requires: ['country-us'] },
      ]),
    ],
    { requireField: true, localNames: true },
  );
  const read = mentionsBy(spotter);
  const text = 'The U.S. Development Finance Corporation will lend to the uranium mine.' + FIELD;

  it('is that body where its context is named, not a company the article introduces', () => {
    expect(read(text).filter(([t]) => t.includes('Development'))).toEqual([['Development Finance Corporation', 'government-us-dfc']]);
    expect(localMentions(spotter, text)).toEqual([]);
  });
});

describe('a directorate general written either way round', () => {
  const read = mentionsBy(
    createSpotter(
      [
        entity('country-mexico', 'Mexico', 'country'),
        entity('material-lithium', 'lithium', 'material'),
        entity('government-mexico-dgm', 'Directorate General of Mines (Mexico)', 'government', [
          { text: 'Directorate General of Mines', requires: ['country-mexico'] },
        ]),
        entity('government-turkiye-mapeg', 'General Directorate of Mining and Petroleum Affairs', 'government'),
      ],
      { requireField: true },
    ),
  );
  const bodies = (text: string) => read(text + FIELD).filter(([, id]) => id.startsWith('government-'));

  it('is the same body, with the rule its name carries', () => {
    expect(bodies('Mexico’s General Directorate of Mines cancelled nine lithium concessions.')).toEqual([
      ['General Directorate of Mines', 'government-mexico-dgm'],
    ]);
    expect(bodies('The Directorate General of Mining and Petroleum Affairs licenses lithium in Türkiye.')).toEqual([
      ['Directorate General of Mining and Petroleum Affairs', 'government-turkiye-mapeg'],
    ]);
    // Its rule holds: without Mexico named, the short name is no body.
    expect(bodies('The General Directorate of Mines in Lima cancelled nine lithium concessions.')).toEqual([]);
  });
});

describe('lead, a verb too, in a guidance list', () => {
  const read = mentionsBy(
    createSpotter(
      [
        entity('material-zinc', 'zinc', 'material'),
        entity('material-copper', 'copper', 'material'),
        entity('material-lead', 'lead', 'material', [{ text: 'lead', symbol: true }]),
      ],
      { requireField: true },
    ),
  );
  const leads = (text: string) => read(text + FIELD).filter(([, id]) => id === 'material-lead').length;
  const guidance = (bullet: string) =>
    `2026 guidance\n${bullet}Copper: 13,000 to 14,000 tonnes\n${bullet}Zinc in concentrate: 18,000 to 20,000 tonnes\n${bullet}Lead in concentrate: 26,000 to 28,000 tonnes`;

  it('is the metal where it opens a line that a quantity ends, with a bullet or without', () => {
    expect(leads(guidance(''))).toBe(1);
    expect(leads(guidance('- '))).toBe(1);
    expect(leads(guidance('\u2022 '))).toBe(1);
  });

  it('takes no quantity from the line before it', () => {
    expect(leads('Zinc output reached 20,000 tonnes\nLead times for new copper mines are long.')).toBe(0);
  });
});
