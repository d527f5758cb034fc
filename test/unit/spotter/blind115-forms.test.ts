/**
 * Issue 11, from the hundred-and-fifteenth and hundred-and-sixteenth blind corpora: a ministry
 * written in lower case by its portfolio (`the mines ministry said`), a bare name the article heads
 * as a mine when the dictionary knows it only headed (`the Koné mine`), a name after `the town of`,
 * one word of a person the article introduces opening another person's name (`Aung San Suu Kyi`),
 * a subsidiary named with its parent and a bracketed country before its suffix, a company's short
 * name after a legal form that opens it (`PT Merdeka Copper Gold Tbk` … `Merdeka`), a list-only
 * metal before its exchange (`tin on the London Metal Exchange`) and a symbol alone in a table's cell.
 * Small hand-made dictionaries, so curators' edits never move these tests.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/catalog/schema';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, foundBy } from './entities';

const FIELD = '\n\nGold, copper and nickel: mining, refining, export controls and the supply chain.';
const of = (e: Entity, country: string): Entity => ({ ...e, country });

const ENTITIES: Entity[] = [
  entity('material-gold', 'gold', 'material', [{ text: 'Au', case: 'exact', symbol: true }]),
  entity('material-copper', 'copper', 'material', [{ text: 'Cu', case: 'exact', symbol: true }]),
  entity('material-nickel', 'nickel', 'material', [{ text: 'Ni', case: 'exact', symbol: true }]),
  entity('material-tin', 'tin', 'material', [
    { text: 'tin', symbol: true, requires: ['kind:material'] },
    { text: 'Sn', case: 'exact', symbol: true },
  ]),
  entity('organisation-lme', 'London Metal Exchange', 'organisation', [{ text: 'LME', case: 'exact' }]),
  entity('country-turkiye', 'Türkiye', 'country', ['Turkey']),
  entity('country-ivory-coast', 'Ivory Coast', 'country', ["Côte d'Ivoire"]),
  entity('country-namibia', 'Namibia', 'country'),
  entity('country-indonesia', 'Indonesia', 'country'),
  entity('region-new-caledonia', 'New Caledonia', 'region'),
  of(
    entity('government-turkiye-energy', 'Ministry of Energy and Natural Resources (Türkiye)', 'government', ['Ministry of Energy and Natural Resources']),
    'country-turkiye',
  ),
  entity('region-kone', 'Koné (New Caledonia)', 'region', [{ text: 'Koné', requires: ['region-new-caledonia'] }]),
  entity('project-kone-gold', 'Koné gold project', 'project', ['Koné project']),
  entity('company-montage', 'Montage Gold', 'company'),
  entity('project-seguela', 'Séguéla gold mine', 'project', ['Séguéla']),
  entity('company-bannerman', 'Bannerman Energy', 'company', ['Bannerman']),
  entity('company-merdeka', 'Merdeka Copper Gold', 'company'),
];
const spotter = createSpotter(ENTITIES, { requireField: true, localNames: true });
const found = foundBy(spotter);
const with_ = (text: string) => found(text + FIELD);

describe('a ministry by its portfolio in lower case', () => {
  it('is the ministry of the country the article names, its qualifier read without accents', () => {
    const got = with_('Turkey has halted heap leaching at two gold mines. The energy ministry said inspections would continue.');
    expect(got).toContain('energy ministry government-turkiye-energy');
  });

  it('is nothing where its country is not named, nor in capitals at a sentence’s start', () => {
    expect(with_('In Peru the energy ministry said output rose.').some((m) => m.startsWith('energy ministry'))).toBe(false);
    expect(with_('Turkey mines gold. Energy ministry officials declined to comment.').some((m) => m.startsWith('Energy ministry'))).toBe(false);
  });
});

describe('a bare name the article heads as a mine', () => {
  it('is the project the dictionary knows only headed', () => {
    const got = with_("Côte d'Ivoire's gold output rose. Montage Gold is building the Koné mine in the north-west, where first gold is expected in 2027.");
    expect(got).toContain('Koné project-kone-gold');
  });
});

describe('a name after a word for a settlement', () => {
  it('is never the mine named after the town', () => {
    const got = with_("Fortuna's Séguéla mine produced 130,000 ounces, west of the town of Séguéla in Côte d'Ivoire.");
    expect(got.filter((m) => m === 'Séguéla project-seguela')).toHaveLength(1);
  });
});

describe('one word of a person the article introduces', () => {
  it('is not that person where it opens another person’s longer name', () => {
    const text =
      'Myanmar copper output fell, said Naw Seng Aung, a researcher in Yangon. An inquiry led by Aung San Suu Kyi let the project continue, Aung said on Monday.';
    const aung = spotter
      .findMentions(text + FIELD)
      .filter((m) => m.text === 'Aung')
      .map((m) => text.slice(m.start, m.start + 8));
    expect(aung).toEqual(['Aung sai']);
  });
});

describe('a subsidiary named with its parent and a bracketed country before its suffix', () => {
  it('is one company, with the short form it defines', () => {
    const text =
      'Bannerman Energy Ltd said its Namibian subsidiary, Bannerman Mining Resources (Namibia) (Pty) Ltd ("BMRN"), signed a water supply agreement. BMRN will pay a tariff. Uranium output in Namibia rose.';
    const got = spotter.findMentions(text + FIELD).map((m) => `${m.text} ${m.entityId}`);
    expect(got.some((m) => /^Bannerman Mining Resources \(Namibia\) \(Pty\) Ltd local:company:/.test(m))).toBe(true);
    expect(got.filter((m) => /^BMRN local:company:Bannerman Mining Resources/.test(m))).toHaveLength(2);
    expect(got).not.toContain('Bannerman company-bannerman');
  });
});

describe('a known company introduced with a legal form before its name', () => {
  it('is named again by its first word', () => {
    const got = with_('Indonesia gold miners traded lower. PT Merdeka Copper Gold Tbk slipped 1.4%. Merdeka mines gold in East Java.');
    expect(got).toContain('Merdeka company-merdeka');
  });
});

describe('a list-only metal before its exchange', () => {
  it('is the metal on the London Metal Exchange, not elsewhere', () => {
    expect(with_('Timah rose 4.4%, tracking tin on the London Metal Exchange as ore supply tightened.')).toContain('tin material-tin');
    expect(with_('Timah rose 4.4% as a tin roof was replaced at its offices on the coast.').some((m) => m.startsWith('tin '))).toBe(false);
  });
});

describe('a symbol alone in a table’s cell', () => {
  const table = [
    'Indonesian miners this week; Timah tracked tin on the London Metal Exchange.',
    '',
    '| Company | Code | Close | Main product |',
    '| Vale Indonesia | INCO | 4,480 | Ni |',
    '| Timah | TINS | 1,655 | Sn |',
    '| Amman Mineral | AMMN | 7,650 | Cu, Au |',
    '| Merdeka | MDKA | 2,390 | Au |',
  ].join('\n');

  it('reads a symbol alone in its cell as its element', () => {
    const got = with_(table);
    expect(got).toContain('Sn material-tin');
    expect(got.filter((m) => m === 'Au material-gold')).toHaveLength(2);
    expect(got).toContain('Ni material-nickel');
  });

  it('reads no symbol alone in a cell where the document does not name its element', () => {
    const other = ['Nickel miners this week.', '', '| Mine | Product | Export |', '| North | Au | No |', '| South | Ni | Yes |'].join('\n');
    const got = spotter.findMentions(`${other}\n\nNickel: mining, refining, export controls and the supply chain.`).map((m) => m.text);
    expect(got).toContain('Ni');
    expect(got).not.toContain('Au');
    expect(got).not.toContain('No');
  });
});
