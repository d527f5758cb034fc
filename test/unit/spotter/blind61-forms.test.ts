/**
 * Issue 11, after the sixty-first and sixty-second blind corpora: tickers after a material's word,
 * a listed name opening a paragraph, a product's initials that count its little words, `and`
 * before a body `of` a place, a place that `of` follows, and a law every country has. Companies,
 * bodies and people are invented.
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { seedSpotter } from '../seed-spotter';
import { entity, foundBy, localMentions, mentionsBy } from './entities';

const seed = seedSpotter();
const local = (text: string) => localMentions(seed, text);
const found = foundBy(seed);

describe('forms the sixty-first and sixty-second blind corpora showed (issue 11)', () => {
  it("a ticker after a company whose name ends in a metal's word is the company's, never the metal's", () => {
    const text = 'Gold miners rose this week. Wheaton Precious Metals (NYSE: WPM) rose 1.1% and Kestrel Gold (Nasdaq: KSTG) 0.4% as gold hit a record.';
    expect(local(text)).toEqual(['company Kestrel Gold', 'company Nasdaq: KSTG']);
    expect(found(text).filter((m) => m.includes('KSTG'))).toEqual(['Nasdaq: KSTG local:company:Kestrel Gold']);
  });

  it('a listed name opening a paragraph keeps its common words (`Gold Fields (NYSE: GFI) rose`)', () => {
    const text =
      'Gold miners rose again as gold hit a record and copper followed.\n\nGold Harbour (NYSE: GHB) rose 2.2% in New York. Gold Harbour also reported copper output.';
    expect(local(text)).toEqual(['company Gold Harbour', 'company NYSE: GHB', 'company Gold Harbour']);
    expect(found(text)).toContain('NYSE: GHB local:company:Gold Harbour');
    // Without the listing the same words opening the sentence are prose.
    expect(local('Gold miners rose again as gold hit a record and copper followed.\n\nGold Harbour rose 2.2% in New York.')).toEqual([]);
  });

  it("a product's initials may count its little words (`Muriate of potash (MOP)`), opening a sentence too", () => {
    const spot = createSpotter([
      entity('material-potash', 'potash', 'material', ['muriate of potash']),
      entity('material-lithium-hydroxide', 'lithium hydroxide', 'material', ['lithium hydroxide monohydrate']),
    ]);
    const ids = mentionsBy(spot);
    expect(ids('Muriate of potash (MOP) held at $355 a tonne. MOP sales rose.')).toEqual([
      ['Muriate of potash', 'material-potash'],
      ['MOP', 'material-potash'],
      ['MOP', 'material-potash'],
    ]);
    // Or skip them (`lithium hydroxide monohydrate (LHM)`), as before.
    expect(ids('Buyers want lithium hydroxide monohydrate (LHM). LHM prices fell.').map(([t]) => t)).toEqual(['lithium hydroxide monohydrate', 'LHM', 'LHM']);
    // Initials that do not fit are no definition.
    expect(ids('Muriate of potash (MPX) held firm. MPX sales rose.').map(([t]) => t)).toEqual(['Muriate of potash']);
  });

  it('`and` before a body `of` a place joins two names (`Minerven and the Central Bank of …`)', () => {
    const text =
      "Venezuela's gold and coltan mining is under sanctions, and lithium buyers avoid it. In 2019 the US designated Kestrelven and the Kestrel Development Bank of Venezuela.";
    expect(local(text)).toEqual(['company Kestrel Development Bank of Venezuela']);
    expect(found(text).some((m) => m.startsWith('Kestrelven and'))).toBe(false);
  });

  it('a known region that `of` follows is not the start of a longer name (`New Valley Governorate of the Western Desert`)', () => {
    const text =
      'Egypt offers phosphate, tantalum and gold blocks to miners. Bids are open near Safaga and in the New Valley Governorate of the Western Desert, where lithium brines and rare earths are tested.';
    expect(found(text)).toContain('New Valley Governorate region-new-valley');
    expect(local(text)).toEqual([]);
  });

  it('a law every country has (`Mining Law`) is not the one of a country met in passing, but an international code keeps its body', () => {
    const spot = createSpotter([
      entity('country-indonesia', 'Indonesia', 'country'),
      entity('country-dominican-republic', 'Dominican Republic', 'country'),
      entity('country-us', 'United States', 'country', [{ text: 'US', case: 'exact' }]),
      entity('policy-indonesia-minerba-law', 'Law No. 4 of 2009', 'policy', [{ text: 'Mining Law', ambiguous: true, requires: ['country-indonesia'] }]),
      entity('organisation-isa', 'International Seabed Authority', 'organisation', [{ text: 'ISA', case: 'exact' }]),
      entity('policy-isa-mining-code', 'ISA Mining Code', 'policy', [{ text: 'Mining Code', requires: ['organisation-isa'] }]),
    ]);
    const ids = (t: string) => mentionsBy(spot)(t).map(([, id]) => id);
    const dominican =
      'The Dominican Republic mines gold. The Dominican Republic competes with Indonesia on ferronickel. The Mining Law of the Dominican Republic dates from 1971.';
    expect(ids(dominican)).not.toContain('policy-indonesia-minerba-law');
    expect(ids('Indonesia mines nickel. Indonesia bans ore exports under its Mining Law.')).toContain('policy-indonesia-minerba-law');
    const seabed = 'The US wants seabed nodules. The US will not wait; the US says the ISA is slow. Its Council has not agreed the Mining Code.';
    expect(ids(seabed)).toContain('policy-isa-mining-code');
  });
});
