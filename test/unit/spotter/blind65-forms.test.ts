/**
 * Issue 11, after the sixty-fifth and sixty-sixth blind corpora: a capitalised compound adjective
 * before a company's name (`State-controlled PT Timah Tbk`), and a person whose first of two
 * surnames is a place's name (`Héctor Lagos Urrutia`), a capital that is a port on a route or in a
 * table, and a spelt-out `Proprietary Limited`. People and the lead's company are invented; the
 * places, Timah and Assmang are real.
 */
import { describe, expect, it } from 'vitest';
import { seedSpotter } from '../seed-spotter';
import { foundBy, localMentions } from './entities';

const seed = seedSpotter();
const local = (text: string) => localMentions(seed, text);
const found = foundBy(seed);
const LEAD = 'Kestrel Copper mines copper and molybdenum in Chile, where lithium and rare earths are also found.';

describe('forms the sixty-fifth and sixty-sixth blind corpora showed (issue 11)', () => {
  it('a capitalised compound adjective is prose, not the first word of the name after it', () => {
    const tin = 'Tin rose on the LME. State-controlled PT Timah Tbk (IDX: TINS) received seized smelters.';
    expect(found(tin)).toContain('PT Timah Tbk company-timah');
    expect(local(tin).some((m) => m.includes('State-controlled'))).toBe(false);
    const based = `${LEAD} Toronto-based Aldergrove Nickel Corp. bought a stake, and Chinese-owned Qingshan Holding was named.`;
    expect(local(based).some((m) => /based|owned/.test(m))).toBe(false);
  });

  it("a person whose first of two surnames is a place's one word, where the sentence makes the run a person", () => {
    const said = `${LEAD} "The workers want a share," said Héctor Lagos Urrutia, a union leader at the mine.`;
    expect(local(said)).toContain('person Héctor Lagos Urrutia');
    expect(found(said).some((m) => m.startsWith('Lagos '))).toBe(false);
    // Without a person's context the place stays a place.
    const prose = `${LEAD} Kestrel Copper ships its concentrate through Lagos to buyers in Asia.`;
    expect(found(prose)).toContain('Lagos region-lagos');
  });

  it('a capital that goods pass through, placed in its country, or listed in a table is the city, not its government', () => {
    const ports = `${LEAD} Exports leave through Richards Bay, Durban and Maputo. Ore also reaches the sea faster through Buchanan than through Conakry.`;
    expect(found(ports)).toContain('Maputo region-maputo');
    expect(found(ports)).toContain('Conakry region-conakry');
    expect(found(`${LEAD} Trucks run to Maputo in Mozambique.`)).toContain('Maputo region-maputo');
    expect(found(`${LEAD}\n| Product | Ports |\n| Chrome ore | Richards Bay, Maputo |`)).toContain('Maputo region-maputo');
    // Acting, it stays the government; a date after `in` is no place.
    expect(found(`${LEAD} Maputo wants a bigger share of the rail fees.`)).toContain('Maputo country-mozambique');
    expect(found(`${LEAD} Beijing in December tightened its export controls.`)).toContain('Beijing country-china');
  });

  it("a spelt-out `Proprietary Limited` belongs to the company's name", () => {
    const text = 'Assmang Proprietary Limited (Assmang), owned equally by African Rainbow Minerals and Assore, mines manganese.';
    expect(found(text)).toContain('Assmang Proprietary Limited company-assmang');
  });

  it("a councillor's `Cllr` is a title before the name, not part of it", () => {
    const text = `${LEAD} Cllr Jordan Marsh said the council would back the Kestrel Copper refinery.`;
    expect(local(text)).toContain('person Jordan Marsh');
    expect(local(text).some((m) => m.includes('Cllr'))).toBe(false);
  });

  it('a known project, a trade word and a legal suffix name the company holding the project', () => {
    const text = `${LEAD} Tembo Nickel is owned 84% by Kabanga Nickel Limited ("KNL"), which holds the Kabanga nickel project in Tanzania.`;
    expect(local(text)).toContain('company Kabanga Nickel Limited');
    expect(found(text)).toContain('Kabanga Nickel Limited local:company:Kabanga Nickel');
    expect(found(text)).toContain('KNL local:company:Kabanga Nickel');
  });

  it('`Pte Limited` spelt out is a legal suffix, and a short word after the first stays in a short name', () => {
    // Invented companies (the dictionary has since gained the real Vatukoula Gold Mines and Lion One).
    const text = `${LEAD} The mine is run by Wairiki Gold Mines Pte Limited. Kerrin One Metals Limited (ASX: OOM) runs Navua; Kerrin One expects more gold.`;
    expect(found(text)).toContain('Wairiki Gold Mines Pte Limited local:company:Wairiki Gold Mines');
    expect(found(text)).toContain('Kerrin One local:company:Kerrin One Metals');
    expect(found(text).some((m) => m.startsWith('Kerrin local:'))).toBe(false);
  });

  it('a river or a creek is not made a place by its head word', () => {
    const text = `${LEAD} Tailings travelled down the Doce River to the sea, and Harshaw Creek ran orange below the Kestrel Copper mine.`;
    expect(local(text).some((m) => /River|Creek/.test(m))).toBe(false);
    // A division's word still makes one.
    expect(local(`${LEAD} Kestrel Copper mines in Tarapacá Province and ships from Iquique.`).some((m) => m.startsWith('region'))).toBe(true);
  });
});
