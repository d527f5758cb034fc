/**
 * Issue 11, in the session of the hundred-and-eleventh and hundred-and-twelfth blind corpora: two
 * bodies joined by `and the`, Chile's `SCM`, a project's name before `Partnership`, a B3 code on
 * its own, a fact sheet's label for who governs, a capital's reading freed of its condition beside
 * a conditional one, and a currency named for its country. Small hand-made dictionaries, so
 * curators' edits never move these tests; the corpora are never edited.
 */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/catalog/schema';
import { createSpotter } from '../../../lib/spotter/matcher';
import { pageModelOf } from '../page/fake-page';
import { capital, entity, foundBy } from './entities';

const FIELD = '\n\nCopper, diamonds and steel: mining, refining, export controls and the supply chain.';
const ENTITIES: Entity[] = [
  entity('material-copper', 'copper', 'material'),
  entity('material-steel', 'steel', 'material'),
  entity('country-botswana', 'Botswana', 'country'),
  entity('country-canada', 'Canada', 'country'),
  entity('country-australia', 'Australia', 'country'),
  entity('country-us', 'United States', 'country', [{ text: 'U.S.' }, { text: 'US', case: 'exact' }]),
  entity('region-british-columbia', 'British Columbia', 'region', ['B.C.']),
  {
    ...entity('government-botswana-mme', 'Ministry of Minerals and Energy (Botswana)', 'government', [
      { text: 'Ministry of Minerals and Energy', requires: ['country-botswana'] },
    ]),
    country: 'country-botswana',
  },
  {
    ...entity('government-botswana-dom', 'Department of Mines (Botswana)', 'government', [{ text: 'Department of Mines', requires: ['country-botswana'] }]),
    country: 'country-botswana',
  },
  entity('company-collahuasi', 'Compañía Minera Doña Inés de Collahuasi', 'company'),
  entity('company-newmont', 'Newmont', 'company'),
  entity('company-ferbasa', 'Ferbasa', 'company', []),
  entity('company-kestrel', 'Kestrel Mining', 'company'),
  entity('project-galore-creek', 'Galore Creek', 'project'),
  capital('region-ottawa', 'Ottawa', 'country-canada'),
  {
    ...entity('region-victoria-bc', 'Victoria (British Columbia)', 'region', [{ text: 'Victoria', ambiguous: true, requires: ['region-british-columbia'] }]),
    seatOf: 'region-british-columbia',
    country: 'country-canada',
  },
  {
    ...entity('region-victoria', 'Victoria (Australia)', 'region', [{ text: 'Victoria', ambiguous: true, requires: ['country-australia'] }]),
    country: 'country-australia',
  },
];
ENTITIES.find((e) => e.id === 'company-ferbasa')!.listings = [{ exchange: 'B3', ticker: 'FESA4' }];
ENTITIES.find((e) => e.id === 'company-kestrel')!.listings = [{ exchange: 'TSX', ticker: 'KESTR' }];
const spotter = createSpotter(ENTITIES, { requireField: true, localNames: true });
const read = foundBy(spotter);
const with_ = (text: string) => read(text + FIELD);

describe('the hundred-and-eleventh and -twelfth corpora’s forms', () => {
  it('reads two bodies joined by `and the` as two, each known by its own name', () => {
    const got = with_('In Botswana, Lucara informed the Ministry of Minerals and Energy and the Department of Mines of the new schedule.');
    expect(got).toContain('Ministry of Minerals and Energy government-botswana-mme');
    expect(got).toContain('Department of Mines government-botswana-dom');
    expect(got.some((m) => m.includes(' and the Department'))).toBe(false);
  });

  it('takes Chile’s `SCM` into a company’s name', () => {
    expect(with_('Compañía Minera Doña Inés de Collahuasi SCM raised copper output.')).toContain(
      'Compañía Minera Doña Inés de Collahuasi SCM company-collahuasi',
    );
  });

  it('leaves a project’s name before `Partnership` to the partnership', () => {
    const got = with_('The Galore Creek Partnership, owned by Newmont, studies copper at Galore Creek.');
    expect(got.filter((m) => m.startsWith('Galore Creek project-galore-creek'))).toHaveLength(1);
    expect(got).toContain('Newmont company-newmont');
  });

  it('reads a code of letters and a share class on its own as its company; a code of letters alone needs the company named', () => {
    expect(with_('Movers outside the table\n- FESA4 -2.7%, on weaker ferroalloy prices\n- KESTR +1.1%')).toEqual(
      expect.arrayContaining(['FESA4 company-ferbasa']),
    );
    expect(with_('Movers outside the table\n- KESTR +1.1%').some((m) => m.startsWith('KESTR company-kestrel'))).toBe(false);
    expect(with_('Kestrel Mining rose.\n- KESTR +1.1%')).toContain('KESTR company-kestrel');
  });

  it('reads a fact sheet’s label for who governs as the government, and a market’s section label as the city', () => {
    expect(with_('Who regulates\nOttawa: the Department of Fisheries enforces the rules on mine effluent.')).toContain('Ottawa country-canada');
    expect(with_('Markets\nOttawa: copper traders were quiet.')).toContain('Ottawa region-ottawa');
  });

  it('gives a capital freed of its condition one reading, not also a conditional one of the same span, on the page as in the article', async () => {
    const lines = ['Newmont runs copper mines in B.C. and Australia.', 'Ottawa and Victoria signed a cooperation agreement in 2025.', FIELD.trim()];
    const got = with_(lines.slice(0, 2).join(' '));
    expect(got.filter((m) => m.startsWith('Victoria '))).toEqual(['Victoria region-british-columbia']);
    const page = await pageModelOf(lines, spotter);
    expect(page.ordered.filter((m) => m.text === 'Victoria').map((m) => m.entityId)).toEqual(['region-british-columbia']);
  });

  it('reads a currency named for its country as no mention of the country', () => {
    const got = with_('All amounts are in U.S. dollars. Copper sold to the U.S. rose; US dollar bonds fell.');
    expect(got.filter((m) => m.endsWith('country-us'))).toEqual(['U.S. country-us']);
  });
});
