/**
 * The topic gate (lib/spotter/topic.ts): a page is about the field on two points of evidence
 * (anchors, the field's words, the trade's words), so a band called Rare Earth, a song called
 * Lithium, a kitchen's gas burner made by a trading house, a yacht called Iluka or a jeweller called
 * Lynas does not light up a festival review, a cooking column, a sailing report or a jewellery
 * column, while the plainest news brief still does. Sentences are invented; the dictionary is the
 * seed catalog's.
 */
import { describe, expect, it } from 'vitest';
import { seedSpotter } from '../seed-spotter';
import { extractArticle } from '../../../lib/facts/extract';
import { commonNounAsName, tradeWordNames, wordPoints } from '../../../lib/spotter/topic';

const spotter = seedSpotter();
const found = (text: string): string[] => extractArticle(text, { published: '2026-12-01', sourceId: 'topic-test' }, spotter).mentions.map((m) => m.text);

describe('names of other things do not make a page about the field', () => {
  it('a kitchen column that names a gas burner made by a trading house (a company every household meets: general)', () => {
    expect(found('Bring a little Iwatani gas burner to the cabin. Turkey leftovers go in the pot, and a Brazil nut loaf keeps for a week.')).toEqual([]);
  });
  it('a festival review with a band called Rare Earth and songs called Lithium and Titanium', () => {
    expect(
      found('The band played a cover of Lithium, then a set in the style of Rare Earth. A DJ mixed Titanium late on; the crowd came from Japan and Georgia.'),
    ).toEqual([]);
  });
  it('a film review of a film called "Rare Earth", with a son called Cobalt and a Mountain Pass Motel', () => {
    expect(
      found(
        'There is a moment in \u201cRare Earth\u201d when Ruth kneels in a dry field. Her son Cobalt wants to sell to a developer in Mountain Pass. \u201cRare Earth\u201d opens on Friday; the lead wears a silver suit and a copper ring, bought in Japan.',
      ),
    ).toEqual([]);
  });
  it('a council report: lead, iron and copper pipes, a cafe called Rare Earth, and shares in mining', () => {
    // Materials as what everyday things are made of are no commodity; a field word opening a name
    // (a cafe, a label) or written as a possessive (a band's song) is no field word.
    expect(
      found(
        'The council will replace old lead and cast iron water mains in two suburbs, with copper service pipes where needed. The Rare Earth Cafe keeps its outdoor licence. The fund keeps its deposits with Westpac (ASX: WBC) and holds no shares in mining or gas companies.',
      ),
    ).toEqual([]);
    expect(found('She sang Rare Earth\u2019s biggest hit on the band\u2019s tour of Japan; the drummer, a former miner, wore a tin crown.')).toEqual([]);
    // The maker of a work after `by` (a band's cover, beside one trade word): no field word.
    expect(found('After an old mining song, the band played a cover of "Get Ready" by Rare Earth for the landlord, Victor Chile, in Boston.')).toEqual([]);
    // The same words as the field's own, with the trade word, still make a page about the field.
    expect(found('After an old mining song, the band talked about rare earth prices with the landlord, Victor Chile, in Boston.').length).toBeGreaterThan(0);
  });
});

describe('a word of the trade capitalised mid-sentence is part of a name', () => {
  it('a school basketball report about a team called the Miners, with players who share names with capitals', () => {
    // Blind-46's off-topic report: the team's name five times made it a page about mining.
    const report =
      'The Hollow Creek Miners needed overtime to beat the Titans. Forward Lincoln Abara added 15 points, and Paris Gentry scored 27 for the Titans. ' +
      'Give the Miners credit. The Miners improve to 11-4. Victoria Abara ran the scoreboard.';
    expect(found(report)).toEqual([]);
    expect(wordPoints('The Hollow Creek Miners beat the Ridgemoor Smelters; the Miners improve to 11-4.')).toBe(0);
  });
  it('a council report with a Miners Row and a Miners Welfare Club: `Miners` inside a name counts nothing', () => {
    // Blind-67's off-topic council report: two names that go on after `Miners` made it a page about mining.
    const report =
      'On Miners Row, the cast iron drainage grates have failed. Requests for grit bins from the Ashcombe Miners Welfare Club were assessed. ' +
      'The council could set a gold standard for repairs. Cllr India Barnes thanked Georgia Penrose; suggestions include Turkey Trot.';
    expect(wordPoints(report)).toBe(0);
    expect(found(report)).toEqual([]);
    // A company named for the trade still counts: `Aldergrove Mining Corp` is a name that goes on.
    expect(wordPoints('Shares of Aldergrove Mining Corp rose after its smelter restarted.')).toBe(2);
  });
  it('a school sports day whose houses are called Miners and Metals: the name opening a sentence or a results line is the house too', () => {
    // Blind-53's off-topic report: `Miners lifted the Copper Cup` and `- Miners: 412` counted as the
    // trade's word although the report writes `the verdict went to Miners` mid-sentence.
    const report =
      'Mrs Delphine Ashcroft-Bell opened sports day. The four houses - Miners, Metals, Mercury and Apple - lined up. India Blackwood-Nye took the gold medal.\n' +
      'Metals and Miners were level on the final bend. The verdict went to Miners by the width of a trainer.\n' +
      'Final points\n- Miners: 412\n- Metals: 398\n' +
      'Miners lifted the Copper Cup for the first time in four years.';
    expect(found(report)).toEqual([]);
    expect(wordPoints('Miners lifted the Copper Cup.', 2, tradeWordNames(['The verdict went to Miners by a trainer.']))).toBe(0);
    // A name elsewhere spares only that word, in any case or number: `Mining` still counts.
    expect(wordPoints('Miners cut output. Mining resumed.', 2, tradeWordNames(['The verdict went to Miners by a trainer.']))).toBe(1);
    expect(wordPoints('A retired lead miner sat down.', 2, tradeWordNames(['The Orebury Miners play at home.']))).toBe(0);
  });
  it("a weather column whose football team is the Miners, with a lead miner's son and metals as colours and coins", () => {
    // Blind-56's off-topic weather column: 10 false highlights at first sight.
    const column =
      'Frost reaches the Vale\n\nBy Georgia Lark\n\nBy seven the sky turns the colour of a copper kettle, with hail the size of a nickel. ' +
      "The Orebury Miners' home game against the Harrowfield Metals should go ahead; the stand has an iron frame. " +
      "Chad Barlow, a retired lead miner's son, swears by the rooks. India Frome asks about red skies.";
    expect(found(column)).toEqual([]);
  });
  it('the same words in lower case, or opening a sentence or a headline, still count', () => {
    expect(wordPoints('Rival miners beat the smelters to it.')).toBe(2);
    expect(wordPoints('MINERS EDGE TITANS')).toBe(1);
    expect(wordPoints('Prices fell. Miners cut output.')).toBe(1);
  });
});

describe('capitals that run on into prose name something else', () => {
  it('a band called Rare Earth in a sentence-case headline and body, beside metals used as colours and sales', () => {
    expect(
      found(
        'REVIEW: Rare Earth and a silver-haired pianist win over the harbour crowd\n\nThe quartet Rare Earth, four students from Japan, played under cobalt blue lights in copper-coloured shirts. Their platinum-selling rivals went first; with luck Rare Earth will return.',
      ),
    ).toEqual([]);
    // Each rule alone: the metals as colours are no material, and the band's name is no field word.
    expect(wordPoints('REVIEW: Rare Earth and a silver-haired pianist win.')).toBe(0);
    expect(wordPoints('The quartet Rare Earth, four students, played.')).toBe(0);
    expect(found('The pianist wore a silver-haired wig under cobalt blue lights; Japan won the prize, a miner said.')).toEqual([]);
  });
  it('a title-case headline or a name of the field still counts', () => {
    expect(wordPoints('Rare Earths, Lithium Lead Gains in Asia')).toBe(2);
    expect(wordPoints('Rare Earth and Lithium Stocks Rally')).toBe(2);
    expect(wordPoints('Rare earth prices rose.')).toBe(2);
    // The end of a company's name running on into prose counts as before (`Lynas Rare Earths reported…`).
    expect(found('Supply news\nLynas Rare Earths reported higher sales this quarter.')).toEqual(['Lynas Rare Earths']);
    expect(wordPoints('The band The Rare Earth played.')).toBe(0);
    expect(found('The Rare Earth Bill passed after miners in Japan lobbied.')).toEqual(['Rare Earth Bill', 'Japan']);
    // A metal beside its market in lower case is still the metal.
    expect(found('Silver prices rose as cobalt output fell, miners said.')).toEqual(['Silver', 'cobalt']);
  });
});

describe('the plainest news about the field still counts', () => {
  it('a brief with the field words in lower case', () => {
    expect(found('China tightened rare earth export rules on Friday, and Japan protested.')).toEqual(['China', 'Japan']);
  });
  it('two companies of the chain, or one and a word of the trade', () => {
    expect(found('Lynas and MP Materials reported higher sales in Japan.')).toEqual(['Lynas', 'MP Materials', 'Japan']);
    expect(found('Lynas reported higher sales in Japan, the miner said.')).toEqual(['Lynas', 'Japan']);
  });
  it('but not one company alone, nor a surname that is a company\u2019s name', () => {
    // A yacht called Iluka in a sailing report; a jeweller called Sarah Lynas beside tungsten rings.
    expect(found('The yacht Iluka finished second, and Japan won.')).toEqual([]);
    expect(found('Sarah Lynas sells titanium and tungsten bands to buyers from Japan.')).toEqual([]);
  });
  it('a capitalised field word and a word of the trade', () => {
    // The finder reads the bill as a name the article introduces.
    expect(found('The Rare Earth Bill passed after miners in Japan lobbied.')).toEqual(['Rare Earth Bill', 'Japan']);
  });
  it('materials named as commodities (their prices, output, sales), with a word of the trade', () => {
    expect(found('Tungsten prices slid again this week, miners said.')).toEqual(['Tungsten']);
    expect(found('Exports of tungsten concentrate fell, and the smelter cut shifts.')).toEqual(['tungsten']);
  });
  it('a common word that is a material (nickel, gold) counts beside a word of its market, even with no other material', () => {
    expect(found('Indonesia cut nickel ore quotas for 2026, and smelters expect higher prices, the miners said.')).toEqual(['Indonesia', 'nickel']);
    expect(found('Three-month nickel rose on the LME as Indonesian smelters cut output, miners said.')).toEqual(['nickel', 'LME']);
    // Not as a medal or a coin.
    expect(found('Lynas won a gold medal for its rare earth plant, and its chief kept a nickel for luck.')).toEqual(['Lynas']);
    // Diamonds are a material beside others (the plural's `s` inside, as for every name), but
    // diamond drilling is how explorers core rock.
    expect(found('Namibia exports diamonds, uranium and zinc. Lynas reported 40 diamond holes and diamond drilling at its rare earth project.')).toEqual([
      'Namibia',
      'diamonds',
      'uranium',
      'zinc',
      'Lynas',
    ]);
  });
  it('a common noun capitalised at the start of a sentence counts', () => {
    expect(found('Lithium prices fell in Chile as miners cut output. Neodymium rose.')).toEqual(['Lithium', 'Chile', 'Neodymium']);
  });
  it('materials together are one point: they need a company of the chain or a word of the field or the trade beside them', () => {
    // A fishing report (tungsten jigs, neodymium magnets, a lithium battery), a health column.
    expect(found('Switch to tungsten jig heads; kids pull junk up with neodymium magnets, and a lithium battery runs the sounder.')).toEqual([]);
    expect(found('Iron, zinc and magnesium matter in winter; lithium needs regular blood tests.')).toEqual([]);
    expect(found('Lynas sells neodymium and praseodymium to Japan.')).toEqual(['Lynas', 'neodymium', 'praseodymium', 'Japan']);
  });
  it('Iluka the New South Wales town is not the miner', () => {
    expect(found('Bream are biting along the Iluka breakwall, and tungsten jigs sink fast off Yamba.')).toEqual([]);
  });
});

describe('the pieces', () => {
  it('a field word is enough alone, but one point when capitalised mid-sentence; a trade word, one', () => {
    expect(wordPoints('prices of rare earths rose')).toBe(2);
    expect(wordPoints('in the style of Rare Earth')).toBe(1);
    expect(wordPoints('CHINA CURBS RARE EARTHS')).toBe(1);
    expect(wordPoints('RARE EARTHS: WHAT NEXT')).toBe(2);
    expect(wordPoints('Prices rose. Rare earths led.')).toBe(2);
    expect(wordPoints('the smelter and the offtake')).toBe(2);
    expect(wordPoints('a recipe rich in minerals')).toBe(1);
    expect(wordPoints('nothing here')).toBe(0);
    // A capitalised field word that opens another name, or is a possessive, names something else.
    expect(wordPoints('lunch at the Rare Earth Cafe')).toBe(0);
    expect(wordPoints('a cover of Rare Earth\u2019s hit')).toBe(0);
    expect(wordPoints("a cover of Rare Earth's hit")).toBe(0);
    expect(wordPoints('the Rare Earth Bill passed')).toBe(1);
    expect(wordPoints('the Rare Earth Strategy')).toBe(1);
    // A title in quotation marks (a film, a song, a book) names a work.
    expect(wordPoints('a film called \u201cRare Earth\u201d opened')).toBe(0);
    expect(wordPoints('the book "Rare Earths" sold well')).toBe(0);
    expect(wordPoints("Review: 'Rare Earth' digs deep")).toBe(0);
    expect(wordPoints('"rare earths are the new oil," he said')).toBe(2);
    // Here `Minerals` is also a word of the trade: one more point.
    expect(wordPoints('the Critical Minerals Strategy')).toBe(2);
  });
  it('a common noun capitalised mid-sentence names something else', () => {
    expect(commonNounAsName('lithium', 'a cover of Lithium', 11)).toBe(true);
    expect(commonNounAsName('cobalt', 'ON THE COBALT STAGE', 7)).toBe(true);
    expect(commonNounAsName('lithium', 'Lithium prices', 0)).toBe(false);
    expect(commonNounAsName('lithium', 'fell. “Lithium is', 7)).toBe(false);
    expect(commonNounAsName('lithium', 'a lithium price', 2)).toBe(false);
    // A name written with a capital (`NdPr`, `Lynas`) is never a common noun.
    expect(commonNounAsName('NdPr', 'of NdPr oxide', 3)).toBe(false);
  });
});
