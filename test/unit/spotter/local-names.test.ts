/**
 * Issue 11: names an article introduces for itself (lib/spotter/local-names.ts), through the
 * seed dictionary's spotter as `kb extract` and the page use it. The names here are invented
 * (no dictionary or corpus holds them); each case is a way news introduces a new name.
 */
import { describe, expect, it } from 'vitest';
import { compileDictionary } from '../../../lib/spotter/compiled-dictionary';
import { isLocalId, LOCAL_TEXT_LIMIT, localEntityOf, localId, parseLocalId } from '../../../lib/spotter/local-names';
import { createSpotter } from '../../../lib/spotter/matcher';
import { createSeedSpotter, readSeedDictionary } from '../../../seeds/dictionary';
import { localMentions } from './entities';

const dictionary = readSeedDictionary();
const spotter = createSeedSpotter(dictionary);
/** Mentions of names the dictionary does not know: `kind text`. */
const local = (text: string, s = spotter) => localMentions(s, text);

describe('names an article introduces (issue 11)', () => {
  it('a company defined with a ticker: the name with its suffix, the ticker and the bare code, as one entity', () => {
    const text =
      'Kestrel Halvard Minerals Corp. (TSXV: KHM) said on Monday it would build a rare earth separation plant in Quebec. Shares of KHM rose 12% after Lynas agreed to buy its concentrate.';
    const found = spotter.findMentions(text).filter((m) => isLocalId(m.entityId));
    expect(found.map((m) => m.text)).toEqual(['Kestrel Halvard Minerals Corp.', 'TSXV: KHM', 'KHM']);
    expect(new Set(found.map((m) => m.entityId)).size).toBe(1);
    expect(localEntityOf(found[0]!.entityId)).toMatchObject({ kind: 'company', name: 'Kestrel Halvard Minerals' });
  });

  it('a company whose brand is written in lower case, when a legal suffix ends its name, and its quoted short form', () => {
    const text =
      'Lynas signed a rare earth offtake with kestrelwerk Magnet Trading GmbH ("kestrelwerk"). Later kestrelwerk said it wanted more. Buyers rely on kestrelwerk Magnet trading desks.';
    expect(local(text)).toEqual(['company kestrelwerk Magnet Trading GmbH', 'company kestrelwerk', 'company kestrelwerk', 'company kestrelwerk']);
    // Without a legal suffix the lower-case word opens no name, and an English word never does.
    expect(local('Lynas sold rare earth oxide to kestrelwerk Magnet Trading last year, and via Halvard Kestrin Minerals Ltd.')).toEqual([
      // The sentence's full stop after `Ltd` is not the name's (news-forms.test.ts).
      'company Halvard Kestrin Minerals Ltd',
    ]);
    // A trade noun before a name is no brand, whatever the word list holds (`state miner PT Kestra Tbk`).
    expect(local('Lynas buys rare earth tin from state miner PT Kestrawi Tbk.')).toEqual(['company PT Kestrawi Tbk']);
  });

  it('a person introduced with a title or as a speaker', () => {
    expect(local('Lynas expects rare earth prices to recover, Chief Executive Maria Ostrova told analysts on Thursday.')).toEqual(['person Maria Ostrova']);
    expect(local('"Dysprosium supply is the bottleneck," said Tomas Reinholt, an analyst at Benchmark, about Lynas.')).toContain('person Tomas Reinholt');
    // A title in lower case before the name, as wires write it; a hyphenated given name (`Yun-birm`).
    expect(local('Lynas said chairman Park Ji-hoon had approved a dysprosium study.')).toEqual(['person Park Ji-hoon']);
    expect(local('Lynas chief executive Maria Ostrova expects dysprosium prices to recover.')).toEqual(['person Maria Ostrova']);
    // A title, then the name set off by commas (an appositive), as wires write it.
    expect(local("Lynas sells dysprosium. The company's managing director, Maria Ostrova, said the plant was ready.")).toEqual(['person Maria Ostrova']);
    expect(local('Lynas sells dysprosium to Kestrel Valley, a town, where it is sold.').filter((x) => x.startsWith('person'))).toEqual([]);
    // A lower-case word before a capitalised pair is no title: `in Kestrel Valley` is not a person.
    expect(local('Lynas opened an office in Kestrel Valley to sell dysprosium.').filter((x) => x.startsWith('person'))).toEqual([]);
  });

  it('a town the sentence places, and a body after "the"', () => {
    expect(local('Lynas will process rare earths at a plant in Brackenridge, Texas, from 2027.')).toEqual(['region Brackenridge']);
    expect(local('The rare earth concentrate will leave through the port of Quelimane for Lynas in Malaysia.')).toEqual(['region Quelimane']);
    expect(local('Lynas holds rare earth licences in the Kivundo region of Tanzania.')).toEqual(['region Kivundo']);
    expect(local('Lynas is waiting for the Mineral Licensing Commission to approve the rare earths permit.')).toEqual([
      'government Mineral Licensing Commission',
    ]);
  });

  it('a dateline town in capitals before a known region; a known one stays known', () => {
    const text = 'BRACKENRIDGE, Texas, March 3, 2026 — Lynas said it would build a rare earth plant.\nSYDNEY, Australia, March 3, 2026 — Lynas said so too.';
    const found = spotter.findMentions(text).filter((m) => isLocalId(m.entityId));
    expect(found.map((m) => [m.text, localEntityOf(m.entityId)])).toEqual([
      ['BRACKENRIDGE', { id: 'local:region:Brackenridge', name: 'Brackenridge', kind: 'region' }],
    ]);
  });

  it("a project's headed name wins over the place it is named after", () => {
    const found = spotter.findMentions('Lynas owns rare earth projects in Brazil: the Goias Project, near the town of Catalao.');
    expect(found.map((m) => m.text)).toContain('Goias Project');
    expect(found.find((m) => m.text === 'Goias Project')?.entityId).toBe(localId('project', 'Goias Project'));
  });

  it("a facility's capitalised name after `the`: a plant, refinery, smelter or concentrator, not one made of prose words", () => {
    expect(local('Lynas will expand the Brackenridge Industrial Plant to make rare earth oxides.')).toEqual(['project Brackenridge Industrial Plant']);
    expect(local('Lynas ships rare earth concentrate to the Quelimane Refinery in Mozambique.')).toEqual(['project Quelimane Refinery']);
    expect(local('Lynas upgraded the Water Treatment Plant and the Rare Earth Refinery this year.')).toEqual([]);
  });

  it('takes nothing that is only capitalised, generic or already known', () => {
    // A name that is only repeated, a contract's defined term, a sentence's opening words.
    expect(local('Lynas signed rare earth offtakes. Blue Harbor Logistics will ship them; Blue Harbor Logistics owns the trucks.')).toEqual([]);
    expect(local('Lynas and Iluka signed the Offtake Agreement for rare earths under the Investment Plan.')).toEqual([]);
    expect(local('Separately, Lynas said rare earth output rose. Strong Demand In Europe lifted prices.')).toEqual([]);
    // Known names stay known: the dictionary's entity, not a second local one.
    expect(local('Lynas Rare Earths Ltd (ASX: LYC) said rare earth output rose, Chief Executive Amanda Lacaze said.')).toEqual([]);
  });

  it('finds nothing off the field, past the size of an article, or when the spotter was not asked to', () => {
    expect(local('Chief Executive Maria Ostrova opened the bakery in Brackenridge, Texas, on Sunday.')).toEqual([]);
    const long = `${'Lynas said rare earth prices rose. '.repeat(Math.ceil(LOCAL_TEXT_LIMIT / 35))}Chief Executive Maria Ostrova said so.`;
    expect(local(long)).toEqual([]);
    const plain = createSpotter(dictionary.entities, { stopPhrases: dictionary.stopPhrases, requireField: true });
    expect(local('Lynas expects rare earth prices to recover, Chief Executive Maria Ostrova said.', plain)).toEqual([]);
  });

  it('leaves out a name the reader hid', () => {
    const seed = compileDictionary(dictionary.entities, { stopPhrases: dictionary.stopPhrases });
    const text = 'Lynas expects rare earth prices to recover, Chief Executive Maria Ostrova said.';
    const open = createSpotter({ seed }, { requireField: true, localNames: true });
    expect(local(text, open)).toEqual(['person Maria Ostrova']);
    const hidden = createSpotter({ seed, hidden: [{ entityId: localId('person', 'Maria Ostrova') }] }, { requireField: true, localNames: true });
    expect(local(text, hidden)).toEqual([]);
    // A form hidden on a dictionary entity does not come back as a name the page introduces.
    const corp = 'Lynas said rare earth output rose at Kestrel Halvard Minerals Corp. (TSXV: KHM).';
    expect(local(corp, open)).toEqual(['company Kestrel Halvard Minerals Corp.', 'company TSXV: KHM']);
    const formHidden = createSpotter(
      { seed, hidden: [{ entityId: 'company-lynas', text: 'Kestrel Halvard Minerals' }] },
      { requireField: true, localNames: true },
    );
    expect(local(corp, formHidden)).toEqual([]);
  });

  it('a person named later by surname alone, or signing a technical statement with a credential', () => {
    const text =
      '"Recycling is no side project," chief executive Maria Ostrova said of Lynas. Ostrova expects dysprosium prices to recover, and Ostrova\'s board agrees.';
    expect(local(text)).toEqual(['person Maria Ostrova', 'person Ostrova', 'person Ostrova']);
    expect(
      new Set(
        spotter
          .findMentions(text)
          .filter((m) => isLocalId(m.entityId))
          .map((m) => m.entityId),
      ).size,
    ).toBe(1);
    expect(local('The rare earth resource for Lynas was reviewed by Tomas Reinholt, P.Geo., of Kestrel Consulting.')).toContain('person Tomas Reinholt');
    expect(local('The dysprosium results for Lynas were approved by Anna Vella, MAIG, a Competent Person.')).toContain('person Anna Vella');
    // A company named again by its first word, unless that word names nothing by itself.
    expect(local('Halvarden Tailings Inc. will refine rare earths for Lynas. Halvarden expects output in 2027.')).toEqual([
      'company Halvarden Tailings Inc.',
      'company Halvarden',
    ]);
    expect(local('Lynas signed with American Halvarden Inc. on rare earths. American firms agree.')).toEqual(['company American Halvarden Inc.']);
  });

  it("a project's name without the report or study it is named in, and projects that share a plural head", () => {
    expect(local('Lynas released an updated Mineral Resource Estimate for the Brumado Project in Bahia.')).toEqual(['project Brumado Project']);
    expect(local('Lynas completed a Preliminary Economic Assessment on the Tarrow Hill Project for rare earths.')).toEqual(['project Tarrow Hill Project']);
    expect(local('Infill drilling for Lynas at the Pedra Alta and Ribeirão do Ouro deposits returned high rare earth grades.')).toEqual([
      'project Pedra Alta',
      'project Ribeirão do Ouro',
    ]);
    expect(local('Lynas optioned the Kestrel Lake property and the Halvard Property, both rich in rare earths.')).toEqual([
      'project Kestrel Lake',
      'project Halvard Property',
    ]);
    // A country's one-word adjective before the head names no project (`the Kazakh deposits`, `Korean plants`).
    expect(local('The Kazakh deposits ship rare earth carbonate north, and the Korean plants wait for Lynas.')).toEqual([]);
  });

  it('a body after "and the", a plan named for what it develops, a town placed by its distance', () => {
    expect(local('Lynas met the Inuit of Kivundo and the Tarrow Regional Government about its rare earth road.')).toContain(
      'government Tarrow Regional Government',
    );
    expect(local('Lynas applied for funds under the Kivundo Plan for the Development of Critical and Strategic Minerals for its rare earths.')).toEqual([
      'policy Kivundo Plan for the Development of Critical and Strategic Minerals',
    ]);
    expect(local('The Lynas rare earth deposit lies about 130 km south of Tarrowvik, in the far north.')).toEqual(['region Tarrowvik']);
    expect(local('Lynas trucks rare earths 40 miles north-east of Kestrelburg every day.')).toEqual(['region Kestrelburg']);
  });

  it('a body named "of" known places, its defined short form, and no title before "of"', () => {
    // An invented body (the lexicon now knows the real Geological Surveys of Denmark and Greenland, and of Estonia).
    const text = 'Lynas cited the Geological Survey of Nevada and Utah (GSNU) on rare earths. GSNU mapped the dysprosium.';
    expect(local(text)).toEqual(['government Geological Survey of Nevada and Utah', 'government GSNU', 'government GSNU']);
    // A body's acronym in its own language opens with the name's capital; a company's bracket is no such acronym.
    expect(local('Lynas cited the Geological Survey of Iceland (GISL) on rare earths. GISL mapped the dysprosium.')).toEqual([
      'government Geological Survey of Iceland',
      'government GISL',
      'government GISL',
    ]);
    // Quoted too, as press releases write it (Brazil's state environment secretariats, `("SEMAD")`).
    expect(
      local(
        'Lynas filed its rare earth plans with the State Secretariat for Water and Kestrel Development ("SEKAD") in May. SEKAD rules on dysprosium in June.',
      ),
    ).toEqual(['government State Secretariat for Water and Kestrel Development', 'government SEKAD', 'government SEKAD']);
    // A coined one-word short name in quotation marks, and a French name's elided `d'`.
    expect(
      local('The Lynas rare earths permit is held by La Kestrelaise d\'Exploitation Minière ("Kestminière"). Kestminière said the rare earths were safe.'),
    ).toEqual(["organisation La Kestrelaise d'Exploitation Minière", 'organisation Kestminière', 'organisation Kestminière']);
    // Not an English word, nor one that opens with none of the name's capitals.
    expect(local('Lynas sold rare earths to Kestrel Halvard Trading Group ("Partners") and Kestrel Halvard Trading Group ("Ostrava").')).toEqual([]);
    // A legal form before the name (Indonesia's `PT`): the known places and materials after it are its words; `and` ends it.
    expect(local('Lynas sells rare earths to PT Kestrel Nickel Indonesia and PT Halvard Lithium Indonesia (Persero).')).toEqual([
      'company PT Kestrel Nickel Indonesia',
      'company PT Halvard Lithium Indonesia (Persero)',
    ]);
    // A Chinese group's `(Group) Co., Ltd.`.
    expect(local('Lynas sells rare earths to Kestrel Iron & Steel (Group) Co., Ltd. in China.')).toEqual(['company Kestrel Iron & Steel (Group) Co., Ltd.']);
    expect(local('Lynas cited Kestrel Halvard Mining Corp. (KXYZ) on rare earths.')).toEqual(['company Kestrel Halvard Mining Corp.']);
    expect(local('Lynas cited Kestrel Halvard Mining Corp. ("KXYZ") on rare earths.')).toEqual(['company Kestrel Halvard Mining Corp.']);
    // A short form made of the openings of the words (`STAte MIning COrporation`).
    // (Tanzania's STAMICO, the first example here, is in the dictionary now: an invented one instead.)
    expect(local('Lynas will partner the Kestrel Mining Corporation (KEMICO) on rare earths. KEMICO holds 16%.')).toEqual([
      'company Kestrel Mining Corporation',
      'company KEMICO',
      'company KEMICO',
    ]);
    // A membership names the person; the body after it is a name of its own.
    expect(local('The rare earth estimate for Lynas was signed by Anna Vella, a Member of the Australasian Institute of Kestrel Metallurgy.')).toEqual([
      'person Anna Vella',
      'organisation Australasian Institute of Kestrel Metallurgy',
    ]);
    expect(local('The rare earth estimate for Lynas was prepared by Tomas Reinholt, Principal of Kestrel Geoscience Ltd., of Perth.')).toEqual([
      'person Tomas Reinholt',
      'company Kestrel Geoscience Ltd.',
    ]);
  });

  it('a division named with its own word, a town before it, a compass part of a known place', () => {
    expect(local('Lynas makes rare earth magnets in Kestrelmae, Tarrow Prefecture, for export.')).toEqual(['region Kestrelmae', 'region Tarrow Prefecture']);
    expect(local('Lynas explores for rare earths in Eastern Montana and Southern Quebec.')).toEqual(['region Eastern Montana', 'region Southern Quebec']);
    // A state's word names more than places; a compass word before a company is no place.
    expect(local('Lynas said the Islamic State and the Member State rules hit rare earths; Northern Lynas fell.')).toEqual([]);
  });

  it("a company by its brand's styling, not a surname's prefix or an acronym's plural", () => {
    expect(local('Lynas and KestrelGraf agreed to ship rare earths with HalvaTec Holdings.')).toEqual(['company KestrelGraf', 'company HalvaTec Holdings']);
    expect(local('Lynas opened a plant with McTavish Holdings; the CEOs of REEs makers met on rare earths.')).toEqual([]);
    expect(local('DENVER, Jan. 5, 2026 /PRNewswire/ -- Lynas said rare earth output rose.')).toEqual([]);
  });

  it('a natural feature, a shire, a band or nation, a site named with what it yields, a body opening a sentence', () => {
    expect(local('Lynas drills for rare earths at Kestrel Lake and near Halvard Island.')).toEqual(['region Kestrel Lake', 'region Halvard Island']);
    expect(local('Lynas briefed the Shire of Tarrowbee and the Kestrel Lake Indian Band on its rare earths.')).toEqual([
      'government Shire of Tarrowbee',
      'organisation Kestrel Lake Indian Band',
    ]);
    expect(local("Lynas bought Halvard Mining's Tarrowbee graphite project and the Kivundo rare earth and niobium deposit.")).toEqual([
      'project Tarrowbee',
      'project Kivundo',
    ]);
    expect(local('Lynas applied for a rare earths licence. The Mineral Licensing Commission will decide.')).toEqual([
      'government Mineral Licensing Commission',
    ]);
  });

  it('people after a plural title, after a role even when their names are English words, and signing with a US credential', () => {
    expect(local('Senators Halvard Kestrin and Tomas Reinholt have backed a rare earth magnet bill that names Lynas.')).toEqual([
      'person Halvard Kestrin',
      'person Tomas Reinholt',
    ]);
    expect(local('Ministers Anna Vella and Peter Ostrova met Lynas about rare earths.')).toEqual(['person Anna Vella', 'person Peter Ostrova']);
    // `Rose Hill` and `Tiger Brown` are English words, but a role after the name says a person.
    expect(local('Tiger Brown, Managing Director of Lynas, said rare earth output rose. Brown added that dysprosium sold well.')).toEqual([
      'person Tiger Brown',
      'person Brown',
    ]);
    expect(local('The rare earth results for Lynas were approved by Halvard Kestrin, PG, Director of Technical Services.')).toContain('person Halvard Kestrin');
    // A role after a body's name does not make it a person: `Rare Earth Magnets, a partner of Lynas`.
    expect(local('Lynas sells dysprosium to Northern Light, a partner of the group, and to Silver Lake, a member of its board.')).toEqual([]);
  });

  it('two places joined by "and", the second ending in a head word, are two places', () => {
    expect(local('Lynas plans a rare earth plant near Brackenridge and Halvard Lake, British Columbia.')).toEqual([
      'region Brackenridge',
      'region Halvard Lake',
    ]);
    // A body's name joins common words with `and` after `of`: one name.
    expect(local('Lynas briefed the Ministry of Lands and Mining Development on rare earths.')).toEqual([
      'government Ministry of Lands and Mining Development',
    ]);
  });

  it('a person after an abbreviated title, or named with the firm they speak for', () => {
    expect(local('Sen. Halvard Kestrin, a Texas Republican, backed a rare earth magnet bill for Lynas.')).toContain('person Halvard Kestrin');
    expect(local('The dysprosium bill for Lynas was sent to the committee, whose chairman, Sen. Tiger Brown, agreed.')).toContain('person Tiger Brown');
    expect(local('On the call, Tomas Reinholt of Kestrel Securities asked Lynas about dysprosium prices.')).toEqual(
      expect.arrayContaining(['person Tomas Reinholt']),
    );
    expect(local('In Tanzania, minister Halvard Kestrin of the Ministry of Quarries said Lynas would get a rare earth licence.')).toEqual([
      'person Halvard Kestrin',
      'government Ministry of Quarries',
    ]);
    // Tanzania's Ministry of Minerals is in the dictionary: there it is no name the article introduces.
    expect(local('In Tanzania, minister Halvard Kestrin of the Ministry of Minerals said Lynas would get a rare earth licence.')).toEqual([
      'person Halvard Kestrin',
    ]);
    // The firm is known (a separate mention) or the verb is an analyst's.
    expect(local('Halvard Kestrin of Lynas asked about rare earth prices.')).toEqual(['person Halvard Kestrin']);
    expect(local('Tomas Reinholt at Kestrel Securities kept a buy rating on Lynas, a rare earths miner.')).toEqual(
      expect.arrayContaining(['person Tomas Reinholt']),
    );
    // A body's name holds `of` (`Bank of …`, `Geological Survey of …`): not a person.
    expect(local('The Halvard Survey of Kestrel said Lynas found rare earths.').filter((x) => x.startsWith('person'))).toEqual([]);
  });

  it('a town placed by `in` a known country, a service, and no abbreviation taken for a brand', () => {
    expect(local('Lynas runs a rare earth separation plant at Kestrelowo in Poland.')).toEqual(['region Kestrelowo']);
    expect(local('Lynas reports to the Korea Halvard Information Service (KHIS) on rare earths. KHIS agreed.')).toEqual([
      'government Korea Halvard Information Service',
      'government KHIS',
      'government KHIS',
    ]);
    expect(local('Lynas signed an MoU and a PhD grant on rare earths; the MoU is binding.')).toEqual([]);
  });

  it('a title of two joined by "and", a portfolio before the name, a body "of" two fields', () => {
    expect(local('Managing Director and CEO Halvard Kestrin said Lynas would buy rare earth concentrate.')).toEqual(['person Halvard Kestrin']);
    expect(local('Minister for Business and Mineral Resources Halvard Kestrin wants Lynas to refine rare earths.')).toEqual(['person Halvard Kestrin']);
    expect(local('The rare earth estimate for Lynas was signed by a Member of the Kestrel Institute of Mining and Metallurgy.')).toEqual([
      'organisation Kestrel Institute of Mining and Metallurgy',
    ]);
  });

  it('honorifics, regional adjectives, companies with "and" or a known first name before their suffix, an act with its year, credentials', () => {
    expect(local('The Minister of State for Mines, Shri Halvard Kestrin, met Lynas on rare earths.')).toEqual(['person Halvard Kestrin']);
    expect(local('Hon. Tiger Brown visited the Lynas rare earth site.')).toEqual(['person Tiger Brown']);
    expect(local('African projects are attracting rare earth buyers such as Lynas.')).toEqual([]);
    expect(local('Lynas signed with Kestrel Exploration and Consultancy Limited on rare earths.')).toEqual([
      'company Kestrel Exploration and Consultancy Limited',
    ]);
    expect(local('Lynas Technologies International Limited will refine rare earths.')).toEqual(['company Lynas Technologies International Limited']);
    expect(local('The rare earth licence was granted to Lynas under the Kestrel Mining and Minerals Act, 2022.')).toEqual([
      'policy Kestrel Mining and Minerals Act, 2022',
    ]);
    expect(local('The Lynas rare earth estimate was signed by Halvard Kestrin, BSc, MAusIMM, a Competent Person.')).toEqual(['person Halvard Kestrin']);
  });

  it('a title with its function (`Vice President Exploration of …`) names no company', () => {
    const text =
      'HalvaBay Metals Inc. ("HalvaBay") found rare earths near Lynas. The results were approved by Tomas Reinholt, P.Geo., Vice President Exploration of HalvaBay.';
    expect(local(text).filter((x) => x.startsWith('company'))).toEqual(['company HalvaBay Metals Inc.', 'company HalvaBay', 'company HalvaBay']);
  });

  it("boards and courts are bodies; a company's own board is not", () => {
    expect(local('Lynas needs a rare earth licence from the Atomic Halvard Licensing Board.')).toEqual(['government Atomic Halvard Licensing Board']);
    expect(local('Residents appealed to the Kestrel Land and Environment Court against the Lynas rare earth plant.')).toEqual([
      'government Kestrel Land and Environment Court',
    ]);
    expect(local('The Board of Directors of Lynas approved rare earth spending; the Board of Trustees agreed.')).toEqual([]);
  });

  it('a company named with a country after a known company is its subsidiary', () => {
    expect(local('Lynas Poland will refine rare earths; Mkango Resources owns Mkango Polska.')).toEqual(
      expect.arrayContaining(['company Lynas Poland', 'company Mkango Polska']),
    );
  });

  it("a listed fund's name with its code in brackets: the name, whatever words of the field it holds, and the code as its ticker", () => {
    const text =
      'Rare earth funds: the Halvard X Lithium & Battery Tech ETF (HXLB) fell 2%, the Kestrin Uranium Miners ETF (KURM) rose. HXLB and KURM traded heavily.';
    expect(local(text)).toEqual([
      'company Halvard X Lithium & Battery Tech ETF',
      'company HXLB',
      'company Kestrin Uranium Miners ETF',
      'company KURM',
      'company HXLB',
      'company KURM',
    ]);
    // No lithium and no uranium inside the funds' names.
    expect(spotter.findMentions(text).some((m) => m.text === 'Lithium' || m.text === 'Uranium')).toBe(false);
    // A code in brackets after a name that is no fund is no ticker by that alone.
    expect(local('Rare earth buyers met the Halvard Battery Group (HXQZ) on Monday.')).not.toContain('company HXQZ');
  });

  it("a fund named after a known sponsor is the fund, whatever words it holds; a known site opening a facility's name is the facility", () => {
    // Global X is in the lexicon; this fund of it (invented) is not.
    expect(local('Rare earth funds: shares of the Global X Kestrel & Battery Tech ETF (KBTX) fell. KBTX fell again.')).toEqual([
      'company Global X Kestrel & Battery Tech ETF',
      'company KBTX',
      'company KBTX',
    ]);
    // Tavan Tolgoi is a known coal deposit; its power plant is another site, named after `the` or `the planned`.
    expect(
      local('Rare earth and coal miners will buy power from the planned Tavan Tolgoi Power Plant. The cost of the Tavan Tolgoi Power Plant rose.'),
    ).toEqual(['project Tavan Tolgoi Power Plant', 'project Tavan Tolgoi Power Plant']);
  });

  it('a listing on its own in a movers list is a listed company, unless a known company holds it (blind-55)', () => {
    const text = 'Rare earth and shipping movers:\n- NASDAQ: KXQB +4.2%\n- NYSE: HVDL +3.1%\n- NYSE: MP -2.6%';
    expect(local(text)).toEqual(['company NASDAQ: KXQB', 'company NYSE: HVDL']);
    expect(spotter.findMentions(text).find((m) => m.text === 'NYSE: MP')?.entityId).toBe('company-mp-materials');
    // The exchange alone is not what the line names.
    expect(spotter.findMentions(text).some((m) => m.text === 'NASDAQ' || m.text === 'NYSE')).toBe(false);
  });

  it("a known company then words ending in an investment arm's head is the arm, another investor than its parent", () => {
    const text = 'Investors in the rare earth magnet maker include Lynas Ventures, Iluka Climate Fund and the Toyota Tech Fund. Lynas itself did not invest.';
    expect(local(text)).toEqual(['company Lynas Ventures', 'company Iluka Climate Fund', 'company Toyota Tech Fund']);
    const found = spotter.findMentions(text).map((m) => m.text);
    expect(found).toContain('Lynas');
    expect(found.filter((t) => t === 'Lynas' || t === 'Iluka' || t === 'Toyota')).toEqual(['Lynas']);
  });

  it("a company's name without its trade words, when two words or more are left, is how the article names it again", () => {
    expect(local('Lynas held rare earths through Kestrel Hollow Resources Ltd. (TSX: KHR). The group bought out Kestrel Hollow in 2022.')).toEqual([
      'company Kestrel Hollow Resources Ltd.',
      'company TSX: KHR',
      'company Kestrel Hollow',
    ]);
    // One word left: the first word, as before (`Halvardia Tailings` → `Halvardia`).
    expect(local('Halvardia Tailings Inc. sells rare earths to Lynas. Halvardia will expand.')).toEqual([
      'company Halvardia Tailings Inc.',
      'company Halvardia',
    ]);
    // Never a place's name: `Halvard Creek Minerals` is not `Halvard Creek`.
    expect(local('Halvard Creek Minerals Ltd. sells rare earths to Lynas. Halvard Creek Minerals will drill.')).toEqual([
      'company Halvard Creek Minerals Ltd.',
      'company Halvard Creek Minerals',
    ]);
  });

  it("a known element's compound the dictionary lacks is a material of the article, but not an ore's type or a list's last element", () => {
    expect(local('Lynas will make europium trifluoride and erbium nitrate; Europium trifluoride prices rose.')).toEqual([
      'material europium trifluoride',
      'material erbium nitrate',
      'material Europium trifluoride',
    ]);
    // A known compound's hydrate: `lithium carbonate tetrahydrate`.
    expect(local('Lynas will sell lithium carbonate tetrahydrate.')).toEqual(['material lithium carbonate tetrahydrate']);
    // An ore's type, and one element of a hyphenated list, are left to the element.
    expect(local('Lynas drilled a copper oxide ore body and a zinc-lead-silver oxide deposit.')).toEqual([]);
  });

  it('a town the dictionary knows only in a context the article lacks is free for the article to introduce', () => {
    // The dictionary's `Alexandria` is Egypt's city and counts only where Egypt or Cairo is named.
    expect(local('Ucore will separate rare earths at its plant in Alexandria, Louisiana.')).toEqual(['region Alexandria']);
    expect(local('Egypt will ship rare earths from Alexandria.')).toEqual([]);
  });

  it('an agreement between states, named for its parties or for trade, is a law', () => {
    // Written with an agreement the dictionary lacks (it gained the Canada–Panama one from blind-123).
    expect(local('Lynas noted the claim under the Canada-Honduras Free Trade Agreement over rare earths.')).toEqual([
      'policy Canada-Honduras Free Trade Agreement',
    ]);
    // A contract's defined term is not: `the Offtake Agreement`.
    expect(local('Lynas signed the Offtake Agreement for rare earths.')).toEqual([]);
  });

  it('a byline, a quote’s speaker and a release’s contact are people', () => {
    // A column's byline on a line of its own, and the note on its author at the end.
    expect(local('Rare earths need patience\n\nBy Maria Ostrova\n\nLynas sells dysprosium.\n\nMaria Ostrova is a columnist based in Perth.')).toEqual([
      'person Maria Ostrova',
      'person Maria Ostrova',
    ]);
    // The speaker right after a quote: `"…," Tomas Reinholt, who heads …`.
    expect(local('"We have waited for dysprosium since my father\'s time," Tomas Reinholt, who heads a cooperative, said of Lynas.')).toEqual([
      'person Tomas Reinholt',
    ]);
    // A release's contact block: the line reads like a heading but names a person.
    expect(local('Lynas sells dysprosium.\n\nInvestor and media contact:\nHalvard Kestrin, Director, Investor Relations\n+1-778-555-0142')).toEqual([
      'person Halvard Kestrin',
    ]);
    // A heading of capitalised words outside a contact block is still no person.
    expect(local('Lynas sells dysprosium.\n\nDysprosium Markets, Investor Relations\n+1-778-555-0142')).toEqual([]);
  });

  it('a byline alone and the names a wire’s credit line gives are people (blind-71 and -72)', () => {
    // A byline with nothing else on its author: the line is no prose, but its name is a person's.
    expect(local('Rare earths need patience\n\nBy Maria Ostrova\n\nLynas sells dysprosium to Japan.')).toEqual(['person Maria Ostrova']);
    expect(local('Rare earths need patience\n\nBy Maria Ostrova and Tomas Reinholt\n\nLynas sells dysprosium to Japan.')).toEqual([
      'person Maria Ostrova',
      'person Tomas Reinholt',
    ]);
    // A wire's credit line, and one after the line's first sentence.
    expect(
      local('Lynas sells dysprosium to Japan.\n\n(Reporting by Maria Ostrova; additional reporting by Tomas Reinholt in Tokyo; editing by Halvard Kestrin)'),
    ).toEqual(['person Maria Ostrova', 'person Tomas Reinholt', 'person Halvard Kestrin']);
    expect(local('Lynas sells dysprosium to Japan.\n\n(Prices in US dollars unless stated. Editing by Halvard Kestrin)')).toEqual(['person Halvard Kestrin']);
    // Capitals after `By` that are no name, and reporting inside prose, give no person.
    expect(local('Rare earths by numbers\n\nBy The Numbers\n\nLynas sells dysprosium to Japan.')).toEqual([]);
    expect(local('Lynas sells dysprosium to Japan, according to reporting by Kestrel Weekly News.').filter((x) => x.startsWith('person'))).toEqual([]);
  });

  it('two bodies that one `the` governs are two names, not one', () => {
    expect(local('Mining rare earths here needs consent from the Halvard Forest Service and Halvard Wildlife Service, Lynas said.')).toEqual([
      'government Halvard Forest Service',
      'government Halvard Wildlife Service',
    ]);
    // A body of two fields stays one: `of` before `and`.
    expect(local('Lynas wrote to the Kestrel Department of Mines and Energy about rare earths.')).toEqual([
      'government Kestrel Department of Mines and Energy',
    ]);
  });

  it('a common word opening a sentence, one word and a legal suffix: the common word is the name’s', () => {
    expect(local('Lynas sells rare earths.\nPure Vanadium Ltd, a subsidiary of Lynas, mined rare earths.')).toEqual(['company Pure Vanadium Ltd']);
    // Not before a name the dictionary knows: `Rival Lynas Ltd` is Lynas.
    expect(local('Rival Lynas Ltd sells rare earths.')).toEqual([]);
  });

  it('a name the article reads as a known entity in its context is not introduced again (`in La Paz`, Bolivia named)', () => {
    expect(local('Bolivia wants lithium and rare earths. The president took office in La Paz on Nov. 8.')).toEqual([]);
  });

  it('a known company, a word in another language and a legal suffix name its subsidiary', () => {
    expect(local('Lynas sells rare earths through Lynas Mineração Ltda. in Brazil.')).toEqual(['company Lynas Mineração Ltda.']);
    expect(local('Lynas sells rare earths through Lynas Vertriebs GmbH in Germany.')).toEqual(['company Lynas Vertriebs GmbH']);
  });

  it('a company named after its project (`Kivundo Project Pty Ltd`) is a company, with its short form', () => {
    expect(local('Lynas owns the rare earth deposit through Kivundo Project Pty Ltd ("KPPL"). KPPL will ship monazite.')).toEqual([
      'company Kivundo Project Pty Ltd',
      'company KPPL',
      'company KPPL',
    ]);
    // The project known to the dictionary stays the project; the company that holds it is new.
    const text = 'Arafura holds the Nolans Project through Nolans Project Pty Ltd ("NPPL"). NPPL will make NdPr oxide at the Nolans Project.';
    expect(spotter.findMentions(text).map((m) => `${m.text} ${m.entityId}`)).toEqual(
      expect.arrayContaining([
        'Nolans Project project-nolans',
        'Nolans Project Pty Ltd local:company:Nolans Project Pty Ltd',
        'NPPL local:company:Nolans Project Pty Ltd',
      ]),
    );
    expect(spotter.findMentions(text).filter((m) => m.entityId === 'project-nolans')).toHaveLength(2);
  });

  it('a speaker whose quote opens the next paragraph, and one who writes', () => {
    expect(
      local(
        'Lynas sells rare earths in Japan.\n\nKestrel Managing Director and Chief Executive Officer Marta Ostrowa said:\n\n"We have made supply a priority."',
      ),
    ).toEqual(['person Marta Ostrowa']);
    expect(local('Lynas sells rare earths in Japan.\n\nHelga Tammsaar writes on industrial policy from Tallinn.')).toEqual(['person Helga Tammsaar']);
  });

  it('a town a plant, a summit or a firm is in, and one a bearing is taken from', () => {
    expect(local('Lynas buys rare earth feed from a hydrometallurgical plant in Kestrova, and ships it to Japan.')).toEqual(['region Kestrova']);
    expect(local('Lynas and Japan met at a rare earth summit held in Halvarsk in April.')).toEqual(['region Halvarsk']);
    expect(local('Lynas hired a rare earth trader based in Ostromir.')).toEqual(['region Ostromir']);
    expect(local('The rare earth deposit of Lynas lies west of Kestrova in Malawi.')).toEqual(['region Kestrova']);
    // Not a place: a stake in a company, a plant in its owner's name, a company after `in`.
    expect(local('Lynas took a stake in Halvard Minerals, a rare earth miner.')).not.toContain('region Halvard Minerals');
    expect(local('Lynas said rare earth output at its plant in March rose.')).toEqual([]);
  });

  it('a town written before its state as an adjective (`a Durham, North Carolina, start-up`, `the Lakeland, Florida facility`)', () => {
    expect(local('Lynas backs a Halvarsk, North Carolina, start-up that recycles rare earth magnets.')).toEqual(['region Halvarsk']);
    expect(local('The rare earth pilot ran at the Kestrova, Florida facility of Lynas.')).toEqual(['region Kestrova']);
    expect(local('Lynas signed with the Ostromir, Texas plant for rare earth oxide.')).toEqual(['region Ostromir']);
    // Not a town: a company listed before a state in a series, a name before a verb.
    expect(local('Lynas, Texas and Japan buy rare earth oxide.')).toEqual([]);
    expect(local('Rare earth buyers such as Halvard Minerals, Texas Mineral Resources and Lynas met.')).not.toContain('region Halvard Minerals');
  });

  it('a person after `of` when a role only a person holds follows (`the arrest of Luu Anh Tuan, chairman of …`)', () => {
    expect(local('Rare earth output at Lynas fell after the arrest of Dao Kestrin Van, chairman of the miner.')).toEqual(['person Dao Kestrin Van']);
    // Who a person speaks for, after `of`, stays no person.
    expect(local('Jane Halvers of Kestrin Capital said rare earth prices at Lynas rose.')).not.toContain('person Kestrin Capital');
  });

  it('a known place opening a name the article defines by its initials (`Extremadura New Energies (ENE)`), and a Romance name the place opens', () => {
    expect(local('Its Spanish unit, Extremadura New Energies (ENE), plans a lithium hydroxide refinery for Lynas; ENE waits on rare earth permits.')).toEqual([
      'organisation Extremadura New Energies',
      'organisation ENE',
      'organisation ENE',
    ]);
    // Initials that are not the run's: the place stays itself and opens no name.
    expect(local('In Extremadura New Energies (XYZ) plans a lithium hydroxide refinery for Lynas and rare earths.')).toEqual([]);
    const text = 'Kestrel Minerals seeks permits for its San José de Valdeflórez lithium deposit, near rare earth projects Lynas studies.';
    expect(spotter.findMentions(text).some((m) => m.text === 'San José')).toBe(false);
  });

  it('a ministry named for several portfolios with commas (`Ministry of Trade, Industry and Forestry`), not a list after a ministry', () => {
    expect(local('Lynas briefed the Ministry of Trade, Industry and Forestry on rare earths.')).toEqual([
      'government Ministry of Trade, Industry and Forestry',
    ]);
    expect(local('The Ministry of Trade, Industry and Forestry said Lynas may buy rare earths.')).toContain(
      'government Ministry of Trade, Industry and Forestry',
    );
    expect(local('Lynas briefed the Department of Climate Change, Energy, Environment and Water on rare earths.')).toEqual([
      'government Department of Climate Change, Energy, Environment and Water',
    ]);
    // Portfolios the list of everyday words lacks (blind-50's Western Australian fact sheet).
    expect(local('Lynas briefed the Department of Jobs, Tourism, Science and Innovation on rare earths.')).toEqual([
      'government Department of Jobs, Tourism, Science and Innovation',
    ]);
    expect(local('Lynas briefed the Ministry of Agriculture, Forestry and Fisheries on rare earths.')).toEqual([
      'government Ministry of Agriculture, Forestry and Fisheries',
    ]);
    // A list after the ministry's name: names, not portfolios.
    expect(local('Lynas briefed the Ministry of Minerals, Halvard Kestrin and Ostrava Mining on rare earths.')).not.toContain(
      'government Ministry of Minerals, Halvard Kestrin and Ostrava Mining',
    );
  });

  it('a process named in capitals and defined by an acronym is no entity (blind-53)', () => {
    expect(local('Lynas uses Hydrogen Processing of Magnet Scrap (HPMS) to recover rare earths. HPMS is cheap.')).toEqual([]);
    expect(local('Lynas said its Solvent Extraction of Rare Earths ("SERE") started.')).toEqual([]);
    // A body named for the process keeps its name (`Ministry of Recycling`).
    expect(local('Lynas and rare earth recyclers met the Ministry of Recycling and Waste (MRW) on Monday.')).toContain(
      'government Ministry of Recycling and Waste',
    );
  });

  it('a name `of` a place that the article defines by an acronym of its own language is one body, place and all (blind-54)', () => {
    const text = 'Rare earth miners met protests. The Confederation of Highland Peoples of Ecuador (CONPAE) says a law is needed. CONPAE will march.';
    expect(local(text)).toEqual(['organisation Confederation of Highland Peoples of Ecuador', 'organisation CONPAE', 'organisation CONPAE']);
    expect(spotter.findMentions(text).some((m) => m.text === 'Ecuador')).toBe(false);
    // An acronym that does not open with the name's first capital defines nothing here.
    expect(local('Rare earth miners met protests. The Confederation of Highland Peoples of Ecuador (XONPAE) says no.')).toEqual([]);
  });

  it("a state's name then its body named for a portfolio is the body, not the state (blind-54, blind-29)", () => {
    expect(
      local('Lynas won a rare earth grant from the Minnesota Department of Employment and Economic Development and support from the Minnesota Legislature.'),
    ).toEqual(['government Minnesota Department of Employment and Economic Development', 'government Minnesota Legislature']);
    // A serial comma before the list's last portfolio.
    expect(local('Lynas briefed the Nebraska Department of Water, Energy, and Environment on rare earths.')).toEqual([
      'government Nebraska Department of Water, Energy, and Environment',
    ]);
    // A comma and `and` then another name end the body's name.
    expect(local('Lynas briefed the Nebraska Department of Water, and Halvard Kestrin said rare earths were fine.')).not.toContain(
      'government Nebraska Department of Water, and Halvard Kestrin',
    );
  });

  it('a person described by a role with a word or two before it (`a former trade official`), or as one (`is a visiting fellow`)', () => {
    expect(local('Kim Min-jun, a former trade official, said Seoul should buy stakes in rare earth mines.')).toEqual(['person Kim Min-jun']);
    expect(local('Rare earth stockpiles are insurance. Lee Seo-yeon is a visiting research fellow at a university in Seoul.')).toEqual(['person Lee Seo-yeon']);
    expect(local('For a decade Aung Kyaw Min, a Myanmar researcher, has mapped the rare earth leaching ponds.')).toEqual(['person Aung Kyaw Min']);
    // A company described so stays no person: its name ends in a company's head word.
    expect(local('Tallis Brook Minerals is a member of the rare earth industry association.').filter((x) => x.startsWith('person'))).toEqual([]);
  });

  it('a company named right after a word that says what it is (`U.S. investor Tallis Brook Capital`)', () => {
    expect(local('At the summit, U.S. investor Tallis Brook Capital signed a rare earth agreement with Kazatomprom.')).toEqual([
      'company Tallis Brook Capital',
    ]);
    expect(local('Canadian explorer Norhaven Kestrel Resources found rare earths in Quebec.')).toEqual(['company Norhaven Kestrel Resources']);
    // Only a head word of a company's name: not a place, and not words of prose alone.
    expect(local('The rare earth investor Venture Capital Partners was not named.')).toEqual([]);
  });

  it('a research group named with a place opening it (`the Mali Hka Research Collective`) is one name, not the place', () => {
    const found = spotter.findMentions('Her rare earth research group, the Kenya Soil Research Collective, works from a house in Nairobi.');
    expect(found.map((m) => m.text)).toEqual(['Kenya Soil Research Collective', 'Nairobi']);
  });

  it('a known person written with a middle initial is that person (`Madeleine C. King`)', () => {
    const found = spotter.findMentions('Resources Minister Madeleine C. King said Lynas would get rare earth support. King spoke in Perth.');
    expect(found.filter((m) => m.text.includes('King')).map((m) => [m.text, m.entityId])).toEqual([
      ['Madeleine C. King', 'person-madeleine-king'],
      ['King', 'person-madeleine-king'],
    ]);
    // Another given name is another person.
    expect(local('Lynas would get rare earth support, said Patricia C. King, an analyst at Benchmark.')).toEqual(['person Patricia C. King']);
  });

  it('a company whose name joins two words with an ampersand standing alone (`Kestrel Minerals & Uranium Corp.`)', () => {
    expect(local('Kestrel Minerals & Uranium Corp. (CSE: KMU) is drilling for rare earths near Lynas sites.')).toEqual([
      'company Kestrel Minerals & Uranium Corp.',
      'company CSE: KMU',
    ]);
  });

  it('ids carry the kind and the name, and nothing else parses as one', () => {
    expect(parseLocalId(localId('government', 'Mining Commission: Dodoma'))).toEqual({ kind: 'government', name: 'Mining Commission: Dodoma' });
    expect(localEntityOf('local:person:Maria Ostrova')).toEqual({ id: 'local:person:Maria Ostrova', name: 'Maria Ostrova', kind: 'person' });
    expect(localEntityOf('local:planet:Mars')).toBeUndefined();
    expect(localEntityOf('local:person:')).toBeUndefined();
    expect(localEntityOf('company-lynas')).toBeUndefined();
  });
});
