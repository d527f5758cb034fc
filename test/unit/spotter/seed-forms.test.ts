// Forms of the real dictionary that depend on the article: `the Commonwealth` is Australia's
// federal government in Australian news, and nothing in a page about the Commonwealth of Nations.
import { describe, expect, it } from 'vitest';
import { isCommonWord } from '../../../lib/text/common-words';
import { readSeedDictionary } from '../../../seeds/dictionary';
import { seedSpotter } from '../seed-spotter';

const spotter = seedSpotter();
const ids = (text: string, form: string) =>
  spotter
    .findMentions(text)
    .filter((m) => m.text === form)
    .map((m) => m.entityId);

describe('the Commonwealth', () => {
  it("is Australia's government where the article is about Australia", () => {
    expect(ids('The Commonwealth will lend A$200 million to Arafura Rare Earths for the Nolans project in Australia.', 'Commonwealth')).toEqual([
      'country-australia',
    ]);
    expect(ids('Australia will hold rare earth oxides in a reserve; the Commonwealth expects to buy neodymium from 2026.', 'Commonwealth')).toEqual([
      'country-australia',
    ]);
  });

  it('is not Australia in the Commonwealth Games, Commonwealth countries, the Commonwealth Bank or without Australia', () => {
    const text =
      'Australia won medals at the Commonwealth Games. Commonwealth countries such as Canada mine rare earths, and the Commonwealth Bank lent to Lynas.';
    expect(ids(text, 'Commonwealth')).toEqual([]);
    expect(ids('Lithium and rare earth refiners in the Commonwealth of Massachusetts and the Commonwealth said nothing.', 'Commonwealth')).toEqual([]);
  });
});

describe('the lexicon of metals, alloys and oxides', () => {
  const found = (text: string) => spotter.findMentions(text).map((m) => [m.text, m.entityId]);
  it('a ferroalloy written with or without its hyphen, never the element inside it', () => {
    expect(found('Rare earths were quiet. Ferro-niobium was unchanged; ferronickel and ferro-chrome slipped.')).toEqual([
      ['Ferro-niobium', 'material-ferroniobium'],
      ['ferronickel', 'material-ferronickel'],
      ['ferro-chrome', 'material-ferrochrome'],
    ]);
  });
  it('a metal or alloy by its traded name, the plural of an element oxide as the elements', () => {
    expect(found('Rare earths: NdPr metal, Praseodymium-neodymium metal and a dysprosium-iron alloy.')).toEqual([
      ['NdPr metal', 'material-ndpr-metal'],
      ['Praseodymium-neodymium metal', 'material-ndpr-metal'],
      ['dysprosium-iron alloy', 'material-dyfe'],
    ]);
    expect(found('Rare earths: dysprosium and terbium oxides; terbium oxide.')).toEqual([
      ['dysprosium', 'material-dysprosium'],
      ['terbium', 'material-terbium'],
      ['terbium oxide', 'material-terbium-oxide'],
    ]);
  });
});

describe('tin and lead, everyday words first', () => {
  it('are the commodity beside their market, and then alone (`tin has doubled`, `Sn`), in a tin report', () => {
    const text = 'TIN WEEKLY\n\nLME tin rose 2% as Alphamin Resources cut output. Tin prices climbed; tin has doubled this year. Sn stocks fell.';
    expect(ids(text, 'tin')).toEqual(['material-tin', 'material-tin']);
    expect(ids(text, 'Tin')).toEqual(['material-tin']);
    expect(ids(text, 'Sn')).toEqual(['material-tin']);
  });

  it('are not the metal where no market names it, and `lead` the verb never follows a lead market', () => {
    expect(ids('Lynas will mine rare earths; the workers ate from a tin plate.', 'tin')).toEqual([]);
    expect(ids('Lead prices rose at the LME, which could lead to higher zinc output, analysts said of rare earths.', 'lead')).toEqual([]);
  });
});

describe('projects named with common words', () => {
  const dictionary = readSeedDictionary();
  // A name that says what is mined (`Resolution Copper`) names the mine; one of plain words may be a place or a club.
  const materials = new Set(dictionary.entities.filter((e) => e.kind === 'material').map((e) => e.name.toLowerCase()));
  const plain = (f: { text: string }) => {
    const words = f.text.split(/[\s-]+/).map((w) => w.toLowerCase());
    return !words.some((w) => materials.has(w)) && words.every((w) => isCommonWord(w) || /^(?:project|mine|facility|operations)$/.test(w));
  };

  it('never open a page by themselves: a travel piece through Mountain Pass or Round Top is not about rare earths', () => {
    const unruled = dictionary.entities
      .filter((e) => e.kind === 'project')
      .flatMap((e) => {
        const forms = [{ text: e.name }, ...e.aliases];
        // An alias with the name's own text replaces it (the trie's rule).
        const ruled = (t: string) => forms.some((f) => f.text === t && 'requires' in f && f.requires?.length);
        return forms.filter((f) => plain(f) && !ruled(f.text) && !/\s(?:facility|Operations)$/.test(f.text)).map((f) => `${e.id}: ${f.text}`);
      });
    expect(unruled).toEqual([]);
    const travel = 'The road climbs toward Mountain Pass, then Round Top and Strange Lake; we ate apple pie off old china with a silver fork in Georgia.';
    expect(spotter.findMentions(travel)).toEqual([]);
  });

  it('are the mine beside their owner or a material', () => {
    expect(ids('MP Materials ships rare earth concentrate from Mountain Pass.', 'Mountain Pass')).toEqual(['project-mountain-pass']);
    expect(ids('Neodymium from Round Top and Strange Lake may reach rare earth magnet makers.', 'Strange Lake')).toEqual(['project-strange-lake']);
  });
});

describe("a region's bare name before a lower-case head", () => {
  it('is the region where its country is named (`the Songwe region`, `Chobe district`), and nothing elsewhere', () => {
    expect(ids('Rare earth explorers in Tanzania are drilling in the Songwe region this year.', 'Songwe')).toEqual(['region-songwe']);
    expect(ids('Rare earth explorers in Botswana are drilling in the Chobe district.', 'Chobe')).toEqual(['region-chobe']);
    // Without its country, a bare name is left alone (Songwe Hill is a Malawian project, named in full).
    expect(ids('Rare earth explorers in Malawi are drilling at Songwe this year.', 'Songwe')).toEqual([]);
  });
});

describe('stock indices', () => {
  const found = (text: string) => spotter.findMentions(text).map((m) => [m.text, m.entityId]);
  // The S&P benchmarks are entities of their own (blind-129, -135 and -136 mark them; blind-49 and
  // -121 left them alone, the earlier reading, when they were stop phrases).
  it('an S&P index is itself, a Chinese composite nothing; neither names an exchange or city inside it; the exchange and the city alone still count', () => {
    expect(
      found(
        'Lithium stocks. The S&P/ASX 200 fell 0.4% and the S&P/TSX Composite Index gained; the Shanghai Composite Index slipped. Pilbara Minerals rose on the ASX, and in Shanghai lithium carbonate rose.',
      ),
    ).toEqual([
      ['Lithium', 'material-lithium'],
      ['S&P/ASX 200', 'organisation-sp-asx-200'],
      ['S&P/TSX Composite Index', 'organisation-sp-tsx-composite'],
      ['Pilbara Minerals', 'company-pilbara-minerals'],
      ['ASX', 'organisation-asx'],
      ['Shanghai', 'region-shanghai'],
      ['lithium carbonate', 'material-lithium-carbonate'],
    ]);
  });
});

describe("China's reserve agency", () => {
  it('is named by its old name, the State Reserve Bureau, and its short form after it', () => {
    const found = spotter.findMentions("China's State Reserve Bureau (SRB) bought rare earths from Lynas; the SRB also holds cobalt and neodymium.");
    expect(found.filter((m) => m.entityId === 'government-china-strategic-reserves').map((m) => m.text)).toEqual(['State Reserve Bureau', 'SRB', 'SRB']);
    // The short form alone is not the agency: it has other meanings.
    expect(spotter.findMentions('The SRB approved rare earth permits for Lynas in China.').filter((m) => m.text === 'SRB')).toEqual([]);
  });
});

describe('chrome, the metal’s trade name', () => {
  it('is chromium opening a sentence and in a headline in capitals, as in lower case (blind-141)', () => {
    const text = 'PLATINUM LIFTS NORTHAM; CHROME MINERS LAG\nChrome is the opposite story for South African miners: chrome ore prices fell as PGM prices rose.';
    expect(
      spotter
        .findMentions(text)
        .filter((m) => /^chrome$/i.test(m.text))
        .map((m) => `${m.text} ${m.entityId}`),
    ).toEqual(['CHROME material-chromium', 'Chrome material-chromium']);
  });

  it('is never the browser', () => {
    const text = 'Chrome prices fell, Northam Platinum said. Install the Google Chrome extension; the Chrome browser reads the page.';
    expect(
      spotter
        .findMentions(text)
        .filter((m) => /^chrome$/i.test(m.text))
        .map((m) => m.text),
    ).toEqual(['Chrome']);
  });
});
