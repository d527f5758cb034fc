/**
 * Issue 11: the ways real news writes a known name, each a general mechanism of the one spotter
 * (small hand-made dictionaries, so curators' edits never move these tests).
 */
import { describe, expect, it } from 'vitest';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity, mentionsBy } from './entities';

const company = (id: string, name: string, aliases: Parameters<typeof entity>[3] = [], extra: object = {}) => ({
  ...entity(id, name, 'company', aliases),
  ...extra,
});

const spotter = createSpotter(
  [
    company('company-mp', 'MP Materials', [], { listings: [{ exchange: 'NYSE', ticker: 'MP' }], country: 'country-us' }),
    company('company-lynas', 'Lynas Rare Earths', ['Lynas'], { listings: [{ exchange: 'ASX', ticker: 'LYC' }] }),
    company('company-zhenghai', 'Zhenghai Magnetic Material', [], { listings: [{ exchange: 'SZSE', ticker: '300224' }] }),
    company('company-are', 'American Rare Earths', []),
    company('company-realloys', 'REAlloys', []),
    company('company-boliden', 'Boliden', []),
    company('company-usac', 'United States Antimony Corporation', []),
    company('company-maaden', 'Saudi Arabian Mining Company', ["Ma'aden"]),
    entity('government-src', 'Saskatchewan Research Council', 'government'),
    entity('government-miit', 'Ministry of Industry and Information Technology', 'government'),
    entity('government-treasury', 'U.S. Treasury', 'government'),
    entity('region-saskatchewan', 'Saskatchewan', 'region'),
    entity('region-wyoming', 'Wyoming', 'region'),
    entity('region-ningbo', 'Ningbo', 'region'),
    entity('region-washington', 'Washington, D.C.', 'region', [{ text: 'Washington', requires: ['country-us'] }]),
    entity('country-us', 'United States', 'country', [{ text: 'US', case: 'exact' }]),
    entity('country-canada', 'Canada', 'country'),
    entity('material-dysprosium', 'dysprosium', 'material', [{ text: 'Dy', case: 'exact', symbol: true }]),
    entity('material-terbium', 'terbium', 'material', [{ text: 'Tb', case: 'exact', symbol: true }]),
    entity('material-neodymium', 'neodymium', 'material', [{ text: 'Nd', case: 'exact', symbol: true }]),
    entity('material-gold', 'gold', 'material', [{ text: 'gold', requires: ['kind:material'] }]),
    entity('project-independence', 'Independence facility', 'project', [{ text: 'Independence', requires: ['company-mp'] }]),
    entity('project-caldeira', 'Caldeira project', 'project', [{ text: 'Caldeira', requires: ['company-mp'] }]),
    entity('government-doe', 'US Department of Energy', 'government', [{ text: 'Department of Energy', requires: ['country-us'] }]),
  ],
  { stopPhrases: ['US$', 'gold medal'] },
);

const found = mentionsBy(spotter);

describe('legal suffixes belong to the name', () => {
  it('covers Inc., Ltd, Corp., Co., Ltd. and a comma before them', () => {
    expect(found('REAlloys Inc. and Lynas Rare Earths Ltd and MP Materials, Inc. met.')).toEqual([
      ['REAlloys Inc.', 'company-realloys'],
      ['Lynas Rare Earths Ltd', 'company-lynas'],
      ['MP Materials, Inc.', 'company-mp'],
    ]);
    expect(found('Zhenghai Magnetic Material Co., Ltd. and Boliden AB')).toEqual([
      ['Zhenghai Magnetic Material Co., Ltd.', 'company-zhenghai'],
      ['Boliden AB', 'company-boliden'],
    ]);
    // A project's name before a legal suffix is a company's (`Keliber Oy`): no project there.
    expect(found('Independence Oy and MP Materials').map(([t]) => t)).toEqual(['MP Materials']);
    // European and Asian forms: a limited partnership with a GmbH partner, a French SAS, an Indian Pvt Ltd.
    expect(found('Boliden GmbH & Co. KG, Lynas SAS and REAlloys Pvt. Ltd. signed; Lynas S.r.l. too.')).toEqual([
      ['Boliden GmbH & Co. KG', 'company-boliden'],
      ['Lynas SAS', 'company-lynas'],
      ['REAlloys Pvt. Ltd.', 'company-realloys'],
      ['Lynas S.r.l.', 'company-lynas'],
    ]);
  });

  it('takes the holding or group company a known name and a legal suffix frame, and a bare `Group` or `Holdings` (the corpora always mark them)', () => {
    expect(found('Zhenghai Magnetic Material Group Co., Ltd. and Boliden Holdings AB signed.')).toEqual([
      ['Zhenghai Magnetic Material Group Co., Ltd.', 'company-zhenghai'],
      ['Boliden Holdings AB', 'company-boliden'],
    ]);
    // Annotators mark `Holdings` with the name every time (11 names in the corpora: `Guangdong Rising Holdings`, `Dowa Holdings`).
    expect(found('Boliden Group said Lynas Group Limited agreed; Boliden Holdings did not.')).toEqual([
      ['Boliden Group', 'company-boliden'],
      ['Lynas Group Limited', 'company-lynas'],
      ['Boliden Holdings', 'company-boliden'],
    ]);
  });

  it("takes South Africa's bracketed `(Pty) Ltd`", () => {
    expect(found('Boliden (Pty) Ltd and Lynas Rare Earths (Proprietary) Limited signed.')).toEqual([
      ['Boliden (Pty) Ltd', 'company-boliden'],
      ['Lynas Rare Earths (Proprietary) Limited', 'company-lynas'],
    ]);
    // `Company` before a legal form belongs to it; never the lower-case noun.
    expect(found('Boliden Company (Pty) Ltd and Lynas Rare Earths Company Ltd signed; Boliden company staff.')).toEqual([
      ['Boliden Company (Pty) Ltd', 'company-boliden'],
      ['Lynas Rare Earths Company Ltd', 'company-lynas'],
      ['Boliden', 'company-boliden'],
    ]);
  });

  it('leaves a sentence its full stop after `Ltd`, not after `Inc.` or in a heading or an address', () => {
    expect(
      found('This announcement was authorised for release by the Board of Lynas Rare Earths Ltd.\nIt was bought by Boliden (Pty) Ltd. Then it sold.'),
    ).toEqual([
      ['Lynas Rare Earths Ltd', 'company-lynas'],
      ['Boliden (Pty) Ltd', 'company-boliden'],
    ]);
    expect(
      found(
        'It was bought by REAlloys Inc. Then Lynas Rare Earths Ltd. said it sold.\nAbout Boliden Ltd.\nContact: Investor Relations, Lynas Rare Earths Ltd.',
      ),
    ).toEqual([
      ['REAlloys Inc.', 'company-realloys'],
      ['Lynas Rare Earths Ltd.', 'company-lynas'],
      ['Boliden Ltd.', 'company-boliden'],
      ['Lynas Rare Earths Ltd.', 'company-lynas'],
    ]);
    expect(found('Lynas Rare Earths Ltd. (ASX: LYC) signed.')[0]).toEqual(['Lynas Rare Earths Ltd.', 'company-lynas']);
  });

  it('takes `Co.` and `Co` as American news writes them (`General Motors Co.`), not `Co-` or `Corp`s start', () => {
    expect(found('Boliden Co. and Lynas Rare Earths Co (LYC) signed; the Lynas Co-op')).toEqual([
      ['Boliden Co.', 'company-boliden'],
      ['Lynas Rare Earths Co', 'company-lynas'],
      // Its ASX ticker, bare in brackets (blind-132's rule: the dictionary lists Lynas as `ASX: LYC`).
      ['LYC', 'company-lynas'],
      ['Lynas', 'company-lynas'],
    ]);
  });

  it('reads a known name written with another legal word (`United States Antimony Corp` is the Corporation)', () => {
    const local = createSpotter(
      [
        company('company-usac', 'United States Antimony Corporation', []),
        entity('country-us', 'United States', 'country'),
        company('company-maaden', 'Saudi Arabian Mining Company', []),
      ],
      {
        localNames: true,
      },
    );
    const byText = (t: string) => local.findMentions(t).map((m) => [m.text, m.entityId]);
    expect(byText('Shares of United States Antimony Corp rose as rare earth and antimony output grew.')).toEqual([
      ['United States Antimony Corp', 'company-usac'],
    ]);
    expect(byText('The United States signed a rare earth deal with Saudi Arabian Mining Co. on Tuesday.')).toEqual([
      ['United States', 'country-us'],
      ['Saudi Arabian Mining Co.', 'company-maaden'],
    ]);
    // Another company whose name only starts the same stays its own.
    const other = byText('Shares of United States Rare Metals Corp rose as rare earth output grew.').map(([, id]) => id);
    expect(other).not.toContain('company-usac');
    expect(other).toContain('local:company:Rare Metals');
  });

  it('takes a suffix in a capitals headline, but not a verb or a two-letter word there', () => {
    expect(found('LYNAS RARE EARTHS LTD RISES')).toEqual([['LYNAS RARE EARTHS LTD', 'company-lynas']]);
    expect(found('Lynas limited its output; BOLIDEN AB SAYS')).toEqual([
      ['Lynas', 'company-lynas'],
      ['BOLIDEN', 'company-boliden'],
    ]);
    expect(found('Lynas Incentive plan')).toEqual([['Lynas', 'company-lynas']]);
  });

  it("takes a bare `Company` after a known company's name, not in capitals or inside a longer word", () => {
    expect(found('Lynas Company said Boliden Company’s smelter and the Lynas company grew.')).toEqual([
      ['Lynas Company', 'company-lynas'],
      ['Boliden Company', 'company-boliden'],
      ['Lynas', 'company-lynas'],
    ]);
    expect(found('LYNAS COMPANY NEWS: Lynas Companyville')).toEqual([
      ['LYNAS', 'company-lynas'],
      ['Lynas', 'company-lynas'],
    ]);
  });

  it('takes a legal form written before the name (`PT … Tbk`, `JSC …`), not a word that ends in one', () => {
    expect(found('PT Boliden Tbk and JSC Lynas signed; OPT Boliden did not.')).toEqual([
      ['PT Boliden Tbk', 'company-boliden'],
      ['JSC Lynas', 'company-lynas'],
      ['Boliden', 'company-boliden'],
    ]);
  });

  it("takes a Chinese state group's `Corp., Ltd.`, a Balkan `d.o.o.`, a Peruvian `S.A.A.` and a Turkish `A.Ş.`", () => {
    expect(found('Zhenghai Magnetic Material Group Corp., Ltd. and Boliden d.o.o. signed; Lynas S.A.A. and REAlloys A.Ş. did not.')).toEqual([
      ['Zhenghai Magnetic Material Group Corp., Ltd.', 'company-zhenghai'],
      ['Boliden d.o.o.', 'company-boliden'],
      ['Lynas S.A.A.', 'company-lynas'],
      ['REAlloys A.Ş.', 'company-realloys'],
    ]);
  });

  it('takes the plural of a name before its suffix (`… Materials Co., Ltd.`)', () => {
    expect(found('Ningbo Zhenghai Magnetic Materials Co., Ltd. (300224.SZ) said')).toEqual([
      ['Ningbo Zhenghai Magnetic Materials Co., Ltd.', 'company-zhenghai'],
      ['300224.SZ', 'company-zhenghai'],
    ]);
  });
});

describe('listings and article-defined short forms', () => {
  it('reads a known listing in every way papers write it', () => {
    expect(found('MP Materials (NYSE: MP) and (NYSE:MP); Lynas (ASX: LYC), LYC.AX')).toEqual([
      ['MP Materials', 'company-mp'],
      ['NYSE: MP', 'company-mp'],
      ['NYSE:MP', 'company-mp'],
      ['Lynas', 'company-lynas'],
      ['ASX: LYC', 'company-lynas'],
      ['LYC.AX', 'company-lynas'],
    ]);
  });

  it('learns a short form and a ticker the article defines, for that article only', () => {
    const text = 'American Rare Earths Limited (ASX: ARR | OTCQX: AMRRY) ("ARR" or the "Company") owns Halleck Creek. ARR said the Company would drill.';
    expect(found(text)).toEqual([
      ['American Rare Earths Limited', 'company-are'],
      ['ASX: ARR', 'company-are'],
      ['OTCQX: AMRRY', 'company-are'],
      ['ARR', 'company-are'],
      ['ARR', 'company-are'],
    ]);
    // Not outside the article that defined it, and never the generic defined term.
    expect(found('ARR said the Company would drill.')).toEqual([]);
  });

  it('never takes one English word after "the" for a name: the "Framework", the "Reserve"; an acronym after "the" stays one', () => {
    expect(found('The Saskatchewan Research Council (the "Council") drills. Under the Council, rare earths grow.')).toEqual([
      ['Saskatchewan Research Council', 'government-src'],
    ]);
    expect(found('The Saskatchewan Research Council (the "Framework") drills. Under the Framework, rare earths grow.')).toEqual([
      ['Saskatchewan Research Council', 'government-src'],
    ]);
    expect(found('The Saskatchewan Research Council (the "SRC") drills. SRC grows rare earths.')).toEqual([
      ['Saskatchewan Research Council', 'government-src'],
      ['SRC', 'government-src'],
      ['SRC', 'government-src'],
    ]);
  });

  it('takes an acronym in brackets only when it abbreviates the name', () => {
    expect(found('the Saskatchewan Research Council (SRC) and SRC again')).toEqual([
      ['Saskatchewan Research Council', 'government-src'],
      ['SRC', 'government-src'],
      ['SRC', 'government-src'],
    ]);
    expect(found('The Ministry of Industry and Information Technology (MIIT) set quotas; MIIT tracks ore.').map(([t]) => t)).toEqual([
      'Ministry of Industry and Information Technology',
      'MIIT',
      'MIIT',
    ]);
    expect(found('the Saskatchewan Research Council (XYZ) and XYZ')).toEqual([['Saskatchewan Research Council', 'government-src']]);
    expect(found('the Saskatchewan Research Council (2025)')).toEqual([['Saskatchewan Research Council', 'government-src']]);
  });
});

describe('styling variants', () => {
  it('matches a distinctive name whatever its internal capitals, and the dotted form of an acronym in a name', () => {
    expect(found('REalloys and Realloys; M.P. Materials')).toEqual([
      ['REalloys', 'company-realloys'],
      ['Realloys', 'company-realloys'],
      ['M.P. Materials', 'company-mp'],
    ]);
  });
});

describe('governments and their places', () => {
  it('reads a place\u2019s government as the place', () => {
    expect(found('The Government of Saskatchewan and the Canada government; State of Wyoming leases; Wyoming State Government')).toEqual([
      ['Government of Saskatchewan', 'region-saskatchewan'],
      ['Canada', 'country-canada'],
      ['State of Wyoming', 'region-wyoming'],
      ['Wyoming State Government', 'region-wyoming'],
    ]);
    // A capitalised `Government` is part of the title; in lower case it is prose after the place's
    // name, which every corpus annotator left out of the span (`U.S. government`, `Kedah state
    // government`, `Balochistan government`: eight of eight in 46 corpora).
    expect(found('The Canada government, the Wyoming state government and the Saskatchewan provincial government agreed.')).toEqual([
      ['Canada', 'country-canada'],
      ['Wyoming', 'region-wyoming'],
      ['Saskatchewan', 'region-saskatchewan'],
    ]);
    // `the` before a country's name is part of the form: `Government of the United States`.
    expect(found('The Government of the United States and the GOVERNMENT OF THE United States agree.')).toEqual([
      ['Government of the United States', 'country-us'],
      ['GOVERNMENT OF THE United States', 'country-us'],
    ]);
  });

  it('counts a country body as naming its country (the `requires` rule)', () => {
    const withBody = createSpotter([
      { ...entity('government-treasury', 'U.S. Treasury', 'government'), country: 'country-us' },
      entity('country-us', 'United States', 'country'),
      entity('region-washington', 'Washington, D.C.', 'region', [{ text: 'Washington', requires: ['country-us'] }]),
    ]);
    expect(withBody.findMentions('The U.S. Treasury and Washington.').map((m) => m.text)).toEqual(['U.S. Treasury', 'Washington']);
    expect(withBody.findMentions('George Washington.').map((m) => m.text)).toEqual([]);
  });

  it('reads a shared short name (`Parliament`) as the body of the country the article names most', () => {
    const bodies = createSpotter([
      entity('country-australia', 'Australia', 'country'),
      entity('country-uk', 'United Kingdom', 'country', [{ text: 'UK', case: 'exact' }]),
      entity('government-au-parliament', 'Parliament of Australia', 'government', [{ text: 'Parliament', ambiguous: true, requires: ['country-australia'] }]),
      entity('government-uk-parliament', 'UK Parliament', 'government', [{ text: 'Parliament', ambiguous: true, requires: ['country-uk'] }]),
    ]);
    const ids = (t: string) => bodies.findMentions(t).map((m) => `${m.text} ${m.entityId}`);
    expect(ids('Australia will ask Parliament to fund it; Australia and the UK agree.')).toEqual([
      'Australia country-australia',
      'Parliament government-au-parliament',
      'Australia country-australia',
      'UK country-uk',
    ]);
    // Neither country named more: both readings stay, as before; neither named: none.
    expect(ids('Australia and the UK: Parliament votes.')).toHaveLength(4);
    expect(ids('Parliament votes.')).toEqual([]);
  });

  it('leaves a shared short name unread when the article is about a country whose body the dictionary lacks', () => {
    const bodies = createSpotter([
      entity('country-australia', 'Australia', 'country'),
      entity('country-pakistan', 'Pakistan', 'country'),
      entity('country-uk', 'United Kingdom', 'country', [{ text: 'UK', case: 'exact' }]),
      entity('country-india', 'India', 'country'),
      entity('country-us', 'United States', 'country', [{ text: 'US', case: 'exact' }]),
      entity('government-au-parliament', 'Parliament of Australia', 'government', [{ text: 'Parliament', ambiguous: true, requires: ['country-australia'] }]),
      entity('government-uk-parliament', 'UK Parliament', 'government', [{ text: 'Parliament', ambiguous: true, requires: ['country-uk'] }]),
      entity('government-india-parliament', 'Parliament of India', 'government', [{ text: 'Parliament', ambiguous: true, requires: ['country-india'] }]),
      entity('government-us-doe', 'US Department of Energy', 'government', [{ text: 'Department of Energy', ambiguous: true, requires: ['country-us'] }]),
    ]);
    const ids = (t: string) => bodies.findMentions(t).map((m) => `${m.text} ${m.entityId}`);
    // A body only one country's has keeps its reading however much the article names another.
    expect(ids('Pakistan and Pakistan: the Department of Energy and the US. Pakistan waits.')).toContain('Department of Energy government-us-doe');
    // Pakistan, named three times, is what the article is about; Australia comes up once in passing.
    expect(ids('Pakistan and Pakistan: terms go to Parliament, as with Australia. Pakistan waits.')).toEqual([
      'Pakistan country-pakistan',
      'Pakistan country-pakistan',
      'Australia country-australia',
      'Pakistan country-pakistan',
    ]);
    // Australia as much in the article: its Parliament.
    expect(ids('Pakistan and Australia: terms go to Parliament. Australia waits.')).toContain('Parliament government-au-parliament');
  });

  it("gives a province's and its country's shared name to the province when it owns the name or the article is about it", () => {
    const both = createSpotter([
      entity('country-canada', 'Canada', 'country'),
      { ...entity('region-ontario', 'Ontario', 'region'), country: 'country-canada' },
      entity('policy-canada-cms', 'Canadian Critical Minerals Strategy', 'policy', [
        { text: 'Critical Minerals Strategy', ambiguous: true, requires: ['country-canada'] },
      ]),
      entity('policy-ontario-cms', 'Ontario Critical Minerals Strategy', 'policy', [
        { text: 'Critical Minerals Strategy', ambiguous: true, requires: ['region-ontario'] },
      ]),
    ]);
    const strategy = (t: string) =>
      both
        .findMentions(t)
        .filter((m) => m.text === 'Critical Minerals Strategy')
        .map((m) => m.entityId);
    // Its owner named right before it, though Canada is as near and named more.
    expect(strategy("Canada and Canada: Ontario's Critical Minerals Strategy, says Canada.")).toEqual(['policy-ontario-cms']);
    // Named far from both: Ontario three times against Canada once (each Ontario is in Canada too).
    const filler = ' The plan sets out roads, power lines, training, permits and a timetable for the years ahead, with money for each of them.';
    expect(strategy(`Ontario, Ontario and Ontario mine nickel for Canada.${filler} The Critical Minerals Strategy is new.`)).toEqual(['policy-ontario-cms']);
    expect(strategy(`Canada, Canada and Canada mine nickel in Ontario.${filler} The Critical Minerals Strategy is new.`)).toEqual(['policy-canada-cms']);
  });

  it("reads a legislature's bare name as a generic body however few countries' bodies share it, unless its country owns it", () => {
    const bodies = createSpotter([
      entity('country-panama', 'Panama', 'country'),
      entity('country-south-korea', 'South Korea', 'country', ['Korea']),
      entity('government-korea-assembly', 'National Assembly of South Korea', 'government', [
        { text: 'National Assembly', ambiguous: true, requires: ['country-south-korea'] },
      ]),
    ]);
    const ids = (t: string) => bodies.findMentions(t).map((m) => `${m.text} ${m.entityId}`);
    // An article about Panama that names Korea in passing: Panama's assembly, which the dictionary lacks.
    expect(ids('Panama and Panama: the National Assembly must vote, as Korea did. Panama waits.')).not.toContain('National Assembly government-korea-assembly');
    // Korea's own assembly, named with it, however much the article names Panama.
    expect(ids("Panama and Panama: South Korea's National Assembly voted. Panama waits.")).toContain('National Assembly government-korea-assembly');
    // An article about Korea: its assembly.
    expect(ids('Korea and Korea: the National Assembly must vote, as Panama did. Korea waits.')).toContain('National Assembly government-korea-assembly');
  });
});

describe('materials in context', () => {
  it('reads symbols in a list or before a material noun, never alone', () => {
    expect(found('Magnet oxides (Nd, Dy and Tb) and separated Dy oxide').map(([t]) => t)).toEqual(['Nd', 'Dy', 'Tb', 'Dy']);
    expect(found('dysprosium (Dy) prices').map(([t]) => t)).toEqual(['dysprosium', 'Dy']);
    expect(found('The Nd grade of the Tb series')).toEqual([]);
  });

  it('reads a distinctive rare earth symbol alone in an article that names its element', () => {
    expect(found('Leaching recovered dysprosium and terbium. Recovery was 72% for Dy and 70% for Tb.').map(([t]) => t)).toEqual([
      'dysprosium',
      'terbium',
      'Dy',
      'Tb',
    ]);
    // Named only by another element: the lone symbol stays out.
    expect(found('Leaching recovered terbium. Recovery was 72% for Dy.').map(([t]) => t)).toEqual(['terbium']);
  });

  it('reads an everyday word as a material only beside an unambiguous one', () => {
    expect(found('gold and silver in a game')).toEqual([]);
    expect(found('gold and dysprosium')).toEqual([
      ['gold', 'material-gold'],
      ['dysprosium', 'material-dysprosium'],
    ]);
  });
});

describe('stop phrases and shouted headlines', () => {
  it('never reads a name inside a stop phrase', () => {
    expect(found('up to US$456 million from the US')).toEqual([['US', 'country-us']]);
    expect(found('a gold medal beside dysprosium')).toEqual([['dysprosium', 'material-dysprosium']]);
  });

  it('keeps a conditional word out of an all-caps run, but not a name', () => {
    expect(found('MP Materials. U.S. RARE EARTH MAGNET INDEPENDENCE')).toEqual([['MP Materials', 'company-mp']]);
    expect(found('MP Materials opened its Independence facility; MP MATERIALS RISES')).toEqual([
      ['MP Materials', 'company-mp'],
      // The name's lower-case `facility` is prose (see `withoutProseWord`).
      ['Independence', 'project-independence'],
      ['MP MATERIALS', 'company-mp'],
    ]);
    // A conditional name no English word spells, or of several words, reads the same shouted.
    expect(found('MP Materials, US. LIFTS CALDEIRA RESOURCE; DEPARTMENT OF ENERGY AWARD TO MP').map(([t]) => t)).toEqual([
      'MP Materials',
      'US',
      'CALDEIRA',
      'DEPARTMENT OF ENERGY',
    ]);
  });
});

describe('a home city before a company name', () => {
  it('is part of the company\u2019s name (`Ningbo Zhenghai …`), but not after a comma', () => {
    expect(found('Ningbo Zhenghai Magnetic Material rose').map(([t, id]) => [t, id])).toEqual([['Ningbo Zhenghai Magnetic Material', 'company-zhenghai']]);
    expect(found('Ningbo, Zhenghai Magnetic Material').map(([, id]) => id)).toEqual(['region-ningbo', 'company-zhenghai']);
  });
});

describe('capitals, projects and longer names', () => {
  const s = createSpotter(
    [
      entity('country-china', 'China', 'country'),
      entity('country-us', 'United States', 'country', [{ text: 'US', case: 'exact' }]),
      { ...entity('region-beijing', 'Beijing', 'region'), seatOf: 'country-china', country: 'country-china' },
      entity('region-texas', 'Texas', 'region'),
      entity('region-england', 'England', 'region'),
      entity('country-saudi-arabia', 'Saudi Arabia', 'country', ['Saudi']),
      entity('company-viridis', 'Viridis Mining and Minerals', 'company', ['Viridis']),
      entity('project-colossus', 'Colossus', 'project', [
        { text: 'Colossus project', case: 'any' },
        { text: 'Colossus neodymium clay deposit', case: 'any' },
        { text: 'Colossus', requires: ['company-viridis'] },
      ]),
      entity('project-nolans', 'Nolans', 'project'),
      entity('government-mofcom', 'Ministry of Commerce (China)', 'government', ["China's Ministry of Commerce"]),
      entity('material-neodymium', 'neodymium', 'material'),
    ],
    { requireField: true },
  );
  const got = (t: string) => s.findMentions(t).map((m) => [m.text, m.entityId]);

  it('reads a capital as its government outside a phrase of place', () => {
    expect(got('Neodymium: Beijing tightened rare earth controls after talks in Beijing; Beijing-based firms.')).toEqual([
      ['Neodymium', 'material-neodymium'],
      ['Beijing', 'country-china'],
      ['Beijing', 'region-beijing'],
      ['Beijing', 'region-beijing'],
    ]);
    expect(got('BEIJING, Oct 9 - neodymium and other rare earths')[0]).toEqual(['BEIJING', 'region-beijing']);
    // A capital's possessive is what its government does or holds, whatever word of place comes
    // before (`in Beijing's efforts` is in the efforts).
    expect(got("Neodymium features in Beijing’s efforts and buyers move away from Beijing's suppliers of rare earths.")).toEqual([
      ['Neodymium', 'material-neodymium'],
      ['Beijing', 'country-china'],
      ['Beijing', 'country-china'],
    ]);
    // After `a`, the capital describes a thing of the city: `a Beijing brokerage`.
    expect(got('Neodymium, said an analyst at a Beijing brokerage, leads the rare earths.')[1]).toEqual(['Beijing', 'region-beijing']);
    // A contact line gives an address.
    expect(got('Neodymium output rose with other rare earths.\nMedia contact: Office of the Minister, Beijing.')[1]).toEqual(['Beijing', 'region-beijing']);
    // A release from two cities: both are its dateline.
    expect(got('BEIJING and HOUSTON, Nov. 18, 2026 — neodymium and other rare earths')[0]).toEqual(['BEIJING', 'region-beijing']);
    expect(got('HOUSTON and BEIJING, Nov. 18, 2026 — neodymium and other rare earths')[0]).toEqual(['BEIJING', 'region-beijing']);
    // `ex-China`: the market outside China names no place.
    expect(got('Neodymium: ex-China prices rose; Ex-China names rallied in China on rare earths.').map(([t]) => t)).toEqual(['Neodymium', 'China']);
    // A government release's dateline in sentence case; moving to a city.
    expect(got('Beijing, 26 November\nNeodymium output rose, and workers moved to Beijing to mine rare earths.')).toEqual([
      ['Beijing', 'region-beijing'],
      ['Neodymium', 'material-neodymium'],
      ['Beijing', 'region-beijing'],
    ]);
  });

  /** The entity each `Beijing` of `t` is read as. */
  const beijing = (t: string) =>
    got(t)
      .filter(([name]) => name === 'Beijing')
      .map(([, id]) => id);

  it('reads `the government in Beijing`, `officials in Beijing` as the government, `factories in Beijing` as the city', () => {
    const ids = beijing;
    expect(ids('Neodymium exporters wait while the government in Beijing and officials in Beijing decide on rare earths.')).toEqual([
      'country-china',
      'country-china',
    ]);
    expect(ids('Neodymium: lawmakers in Beijing, policymakers in Beijing and the authorities in Beijing agreed on rare earths.')).toEqual([
      'country-china',
      'country-china',
      'country-china',
    ]);
    expect(ids('Neodymium factories in Beijing and a government office in Beijing closed, and so did rare earth mines.')).toEqual([
      'region-beijing',
      'region-beijing',
    ]);
  });

  it('reads who in or outside a capital thinks or knows, and whom or what it sends, as its government', () => {
    const china = 'country-china';
    const city = 'region-beijing';
    // `many in Beijing`, `nobody in Beijing`, `anyone outside Beijing`: the press summing up a government.
    expect(
      beijing('Neodymium: many in Beijing called it a warning, nobody in Beijing believes it, and few outside Beijing know the rare earths quota.'),
    ).toEqual([china, china, china]);
    // Backers and hawks in a capital are its government, as partners there are.
    expect(beijing('Neodymium miners courted their backers in Beijing and the hawks in Beijing; rare earths.')).toEqual([china, china]);
    // A letter, a delegation, stimulus or a quota from a capital comes from its government.
    expect(
      beijing(
        'Neodymium buyers await the next letter from Beijing, a delegation from Beijing, stimulus from Beijing and the quota release from Beijing; rare earths.',
      ),
    ).toEqual([china, china, china, china]);
    // A scene-setting `In Beijing,` before a body's name; a framing `hailed in Beijing as`.
    expect(beijing('Neodymium output fell. In Beijing, the State Council approved new rare earths quotas.')).toEqual([china]);
    expect(beijing('Neodymium deals were hailed in Beijing as a win, and ore treated in Beijing as feed; rare earths.')).toEqual([china, city]);
    // A capital named as a market is the city: its listing, dealers, vaults, the afternoon price;
    // `Beijing brokers` the verb is the government.
    expect(beijing('Neodymium: its Beijing listing rose, Beijing dealers and tight Beijing vaults lifted the Beijing afternoon price; rare earths.')).toEqual([
      city,
      city,
      city,
      city,
    ]);
    expect(beijing('Neodymium talks that Beijing brokers stalled; rare earths.')).toEqual([china]);
    // A list of capitals does not run back across a sentence's end to a word of place.
    expect(beijing('Neodymium, said an analyst in Shanghai. Washington and Beijing agreed on rare earths.')).toEqual([china]);
    // People who are simply there stay in the city; so do goods and trains from it.
    expect(beijing('Neodymium traders in Beijing and the workers outside Beijing shipped cargoes from Beijing; rare earths.')).toEqual([city, city, city]);
  });

  it('reads a list of names after a word of place as places, and partners in a capital as its government', () => {
    const china = 'country-china';
    const city = 'region-beijing';
    // `in` governs the whole list: `advisers in London and Beijing`, `offices in Perth, Houston and Beijing`.
    expect(beijing('Neodymium buyers appointed advisers in London and Beijing, and opened offices in Perth, Houston and Beijing; rare earths.')).toEqual([
      city,
      city,
    ]);
    // Without a word of place before the list, the capital still acts: `talks between Washington and Beijing`.
    expect(beijing('Neodymium: talks between Washington and Beijing resumed; pressure from Tokyo and Beijing grew on rare earths.')).toEqual([china, china]);
    // Partners, counterparts and allies in a capital are its government, as officials there are.
    expect(beijing('Neodymium: we thank our partners in Berlin and Beijing, and counterparts in Beijing agreed on rare earths.')).toEqual([china, china]);
    // A date before the capital is no list: `in December, Beijing admitted`.
    expect(beijing('Neodymium: a plan unveiled in December, Beijing admitted, changed rare earths.')).toEqual([china]);
    // A ministry in a capital is the government, as officials there are; what it imposes or pays comes from it.
    expect(beijing('Neodymium: the trade ministry in Beijing waits for an update from Beijing and money from Beijing; rare earths.')).toEqual([
      china,
      china,
      china,
    ]);
    // The capital's province or area is a place: `the Madinah and Beijing regions`, `the Beijing area`.
    expect(beijing('Neodymium belts run through the Madinah and Beijing regions and the Beijing area; rare earths.')).toEqual([city, city]);
    // One name, a comma and `and` join two clauses, not a list: the word of place before governs the first only.
    expect(beijing('Neodymium buyers need a source outside Texas, and Beijing has one to offer; rare earths.')).toEqual([china]);
    expect(beijing('Neodymium buyers need sources outside Texas and Beijing; rare earths.')).toEqual([city]);
    // Offers and promises from a capital come from its government.
    expect(beijing('Neodymium miners weigh offers from Beijing and promises from Beijing; rare earths.')).toEqual([china, china]);
    expect(beijing('Neodymium miners read the message from Beijing; rare earths.')).toEqual([china]);
    // A fact sheet's field of place names the city.
    expect(beijing('Neodymium producer, rare earths.\n- Head office: Beijing\n- Headquarters: Beijing')).toEqual([city, city]);
  });

  it('reads how a capital takes something (`seen in Beijing as`, `policy in Washington`) as its government', () => {
    const china = 'country-china';
    const city = 'region-beijing';
    const cases: [why: string, text: string, readings: string[]][] = [
      [
        'a verb of reception before `in`',
        'Neodymium deals will be read in Beijing as a choice, were welcomed in Beijing and are watched closely in Beijing; rare earths.',
        [china, china, china],
      ],
      [
        "a word of policy or of a government's mood before `in`",
        'Neodymium: policy in Beijing shifted, the mood in Beijing soured and there was alarm in Beijing about rare earths.',
        [china, china, china],
      ],
      [
        'a policy word and its noun before `in`',
        'Neodymium output follows a policy shift in Beijing and policy circles in Beijing, not a shift in Beijing traffic; rare earths.',
        [china, china, city],
      ],
      [
        'asked of the capital, then `from` (coming from the city stays the city)',
        'Neodymium buyers want from Beijing what they got, face pressure from Beijing and flew from Beijing; rare earths.',
        [china, china, city],
      ],
      [
        'imposed by the capital, then `from` (shipped from the city stays the city)',
        'Neodymium: the controls from Beijing and curbs from Beijing hit magnets shipped from Beijing; rare earths.',
        [china, china, city],
      ],
      [
        'addressed to the capital',
        'Neodymium: a pitch aimed squarely at Beijing, a warning to Beijing, and a flight at Beijing airport; rare earths.',
        [china, china, city],
      ],
      [
        'where something happens stays the city',
        'Neodymium contracts were signed in Beijing, unveiled in Beijing and made in Beijing; rare earths.',
        [city, city, city],
      ],
    ];
    for (const [why, text, readings] of cases) expect(beijing(text), why).toEqual(readings);
  });

  it('takes a capitalised project word into the name, and leaves a lower-case one out', () => {
    expect(got('Viridis said the Nolans Project and the Colossus project, and Colossus, need neodymium.')).toEqual([
      ['Viridis', 'company-viridis'],
      ['Nolans Project', 'project-nolans'],
      ['Colossus', 'project-colossus'],
      ['Colossus', 'project-colossus'],
      ['neodymium', 'material-neodymium'],
    ]);
  });

  it('leaves the lower-case words for what a project yields out with its project word', () => {
    expect(got('Viridis drills the Colossus neodymium clay deposit for neodymium.')).toEqual([
      ['Viridis', 'company-viridis'],
      ['Colossus', 'project-colossus'],
      ['neodymium', 'material-neodymium'],
      ['neodymium', 'material-neodymium'],
    ]);
  });

  it("splits a place's possessive off a body's name", () => {
    expect(got("China's Ministry of Commerce restricted neodymium and other rare earths")).toEqual([
      ['China', 'country-china'],
      ['Ministry of Commerce', 'government-mofcom'],
      ['neodymium', 'material-neodymium'],
    ]);
  });

  it('does not read a place that opens the name of something else', () => {
    expect(got('England Airpark and Texas Instruments use neodymium and other rare earths in Texas').map(([t]) => t)).toEqual(['neodymium', 'Texas']);
  });

  it('reads a country named by its adjective as the adjective before a noun, and as the country in a compound or alone', () => {
    expect(got('The Saudi side and Saudi Aramco buy neodymium and other rare earths; a Saudi partner signed.').map(([t]) => t)).toEqual(['neodymium']);
    expect(got('The U.S.-Saudi venture will refine neodymium and other rare earths, and exports went to Saudi.').map(([t]) => t)).toEqual([
      'Saudi',
      'neodymium',
      'Saudi',
    ]);
    expect(got('Saudi Arabia buys neodymium and other rare earths.').map(([t]) => t)).toEqual(['Saudi Arabia', 'neodymium']);
  });
});

describe('a page about something else', () => {
  const s = createSpotter(
    [
      entity('region-tokyo', 'Tokyo', 'region'),
      entity('country-japan', 'Japan', 'country'),
      { ...entity('company-samsung', 'Samsung Electronics', 'company', ['Samsung']), general: true },
      entity('company-lynas', 'Lynas Rare Earths', 'company', ['Lynas']),
    ],
    { requireField: true },
  );

  it('gets no highlights, unless it has two signs of the field (companies of the field, its words, its trade\u2019s words)', () => {
    expect(s.findMentions('Neon signs glow in Tokyo and across Japan; Samsung makes the screens.')).toEqual([]);
    // One sign alone is not enough (a yacht called Iluka, a jeweller called Lynas): a company of the
    // field and a word of the trade are.
    expect(s.findMentions('Lynas ships from Japan.')).toEqual([]);
    expect(s.findMentions('Lynas ships ore to its refinery in Japan.').map((m) => m.text)).toEqual(['Lynas', 'Japan']);
    expect(s.findMentions('Japan stockpiles rare earths.').map((m) => m.text)).toEqual(['Japan']);
    expect(s.findMentions('Tokyo studies mining rules for its mineral deposits.').map((m) => m.text)).toEqual(['Tokyo']);
    expect(s.findMentions('A recipe rich in minerals, from Tokyo.')).toEqual([]);
  });
});
