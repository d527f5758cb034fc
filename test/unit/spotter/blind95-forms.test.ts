/**
 * Issue 11, in the session of the ninety-fifth and ninety-sixth blind corpora: when a capital is its
 * city and when it is its government, from the readings the ninety-six corpora before them gave, and
 * the Gulf's and Türkiye's legal suffixes the two new corpora showed (small hand-made dictionaries,
 * so curators' edits never move these tests; the corpora themselves are never edited).
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { capital, entity, foundBy, mentionsBy } from './entities';

const found = mentionsBy(
  createSpotter(
    [
      entity('country-china', 'China', 'country'),
      entity('country-poland', 'Poland', 'country'),
      entity('country-austria', 'Austria', 'country'),
      entity('country-senegal', 'Senegal', 'country'),
      entity('country-mauritania', 'Mauritania', 'country'),
      entity('country-japan', 'Japan', 'country'),
      entity('country-canada', 'Canada', 'country'),
      entity('material-neodymium', 'neodymium', 'material'),
      capital('region-beijing', 'Beijing', 'country-china'),
      capital('region-warsaw', 'Warsaw', 'country-poland'),
      capital('region-vienna', 'Vienna', 'country-austria'),
      capital('region-dakar', 'Dakar', 'country-senegal'),
      capital('region-nouakchott', 'Nouakchott', 'country-mauritania'),
      capital('region-tokyo', 'Tokyo', 'country-japan'),
      capital('region-ottawa', 'Ottawa', 'country-canada'),
      entity('country-us', 'United States', 'country'),
      capital('region-washington', 'Washington', 'country-us'),
    ],
    { requireField: true },
  ),
);
/** The ids the capitals in `text` were read as (a line on the trade after it puts the page in the field). */
const read = (text: string) =>
  found(`${text}\n\nNeodymium magnets: rare earth mining, refining, export controls and the supply chain.`).flatMap(([, id]) =>
    id === 'material-neodymium' ? [] : [id],
  );

describe('a capital named as its city', () => {
  it('where someone travels or freight goes: a visit, a delegation, people sent or coming, rail and road', () => {
    expect(read('Neodymium: during his visit to Tokyo, and after the delegation to Beijing, they sent engineers to Ottawa.')).toEqual([
      'region-tokyo',
      'region-beijing',
      'region-ottawa',
    ]);
    expect(read('Neodymium oxide goes by rail to Dakar. Buyers come to Warsaw themselves.')).toEqual(['region-dakar', 'region-warsaw']);
    // Not money going somewhere, and not what is addressed to a government.
    expect(read('Neodymium: the money goes to Beijing, and a letter to Tokyo asked for more.')).toEqual(['country-china', 'country-japan']);
  });

  it('in apposition to `capital`, and toured', () => {
    expect(read('The neodymium mine lies 300 km north of the capital Nouakchott; the president toured Dakar and Tokyo.')).toEqual([
      'region-nouakchott',
      'region-dakar',
      'region-tokyo',
    ]);
  });

  it('before its market or business, a verb-like head only with a word between', () => {
    expect(read('WEEKLY: Tokyo magnet stocks rally, Vienna steelmakers slip, neodymium lifts the Warsaw bourse')).toEqual([
      'region-tokyo',
      'region-vienna',
      'region-warsaw',
    ]);
    expect(read('Neodymium: the Beijing group bought a stake, run from its Tokyo arm.')).toEqual(['region-beijing', 'region-tokyo']);
    // `names`, `shares`, `gains` alone are verbs: the government acts.
    expect(read('Neodymium: Beijing names a new envoy; Tokyo now shares the upside; Ottawa gains leverage.')).toEqual([
      'country-china',
      'country-japan',
      'country-canada',
    ]);
  });

  it('with a full date after it, as an issue line gives it', () => {
    expect(read('Neodymium policy. Place and date: Beijing, 14 November 2025. Issued by the ministry, Tokyo, July 2026.')).toEqual([
      'region-beijing',
      'region-tokyo',
    ]);
  });

  it('as a section heading of a market report, or a market in brackets', () => {
    expect(read('Neodymium weekly\n\nVienna: steel under pressure\n\nShares fell.\n\nWARSAW\n\nCloses in euros (Vienna) and zlotys (Warsaw).')).toEqual([
      'region-vienna',
      'region-warsaw',
      'region-vienna',
      'region-warsaw',
    ]);
  });
});

describe('a capital named as its government', () => {
  it('after what a government grants, writes or decides there', () => {
    expect(
      read(
        'Neodymium: the deal still needs approval in Ottawa; a signature in Warsaw will not do; rules written in Dakar; a quota in Beijing; the Treasury in Tokyo.',
      ),
    ).toEqual(['country-canada', 'country-poland', 'country-senegal', 'country-china', 'country-japan']);
  });

  it('in a wire\u2019s scene-setter that goes on with the Pentagon, the White House or the Kremlin', () => {
    expect(read('Neodymium magnets matter. In Washington, the Pentagon has funded a magnet plant. In Tokyo, Sony shares fell.')).toEqual([
      'country-us',
      'region-tokyo',
    ]);
  });

  it('after what it opposes, lends or pushes from there', () => {
    expect(read('Neodymium: objections from Beijing, a government loan from Ottawa, licensing trouble from Tokyo; the urgency comes from Warsaw.')).toEqual([
      'country-china',
      'country-canada',
      'country-japan',
      'country-poland',
    ]);
  });
});

describe('the Gulf’s and Türkiye’s legal suffixes belong to the name', () => {
  const found = foundBy(
    createSpotter([
      entity('company-qalat', 'Qalat Aluminium', 'company'),
      entity('company-demirtas', 'Demirtaş Çelik', 'company'),
      entity('region-south-carolina', 'South Carolina', 'region', [{ text: 'S.C.', case: 'exact' }]),
    ]),
  );

  it('Bahraini, Qatari, Kuwaiti, Omani and Emirati shareholding companies, and no South Carolina inside them', () => {
    for (const suffix of ['B.S.C.', 'B.S.C. (c)', 'Q.P.S.C.', 'K.S.C.P.', 'S.A.O.G.', 'P.J.S.C.'])
      expect(found(`Qalat Aluminium ${suffix} signed the loan.`)).toEqual([`Qalat Aluminium ${suffix} company-qalat`]);
  });

  it('a Turkish joint-stock company with the words for its trade', () => {
    for (const suffix of ['A.Ş.', 'T.A.Ş.', 'Sanayi ve Ticaret A.Ş.', 'San. ve Tic. A.Ş.', 'Fabrikaları T.A.Ş.'])
      expect(found(`Demirtaş Çelik ${suffix} rose.`)).toEqual([`Demirtaş Çelik ${suffix} company-demirtas`]);
  });
});

describe('a Helsinki listing written with its Nasdaq Nordic code', () => {
  it('`HEL:` is Nasdaq Helsinki, as `STO:` and `CPH:` are Stockholm and Copenhagen', () => {
    const found = foundBy(
      createSpotter([{ ...entity('company-kivi', 'Kivi Metals', 'company'), listings: [{ exchange: 'Nasdaq Helsinki', ticker: 'KIVI' }] }]),
    );
    expect(found('Kivi Metals Oyj (HEL: KIVI) rose; HEL: KIVI is the ticker.')).toContain('HEL: KIVI company-kivi');
  });
});
