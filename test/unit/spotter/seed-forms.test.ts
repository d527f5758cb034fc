// Forms of the real dictionary that depend on the article: `the Commonwealth` is Australia's
// federal government in Australian news, and nothing in a page about the Commonwealth of Nations.
import { describe, expect, it } from 'vitest';
import { createSeedSpotter } from '../../../seeds/dictionary';

const spotter = createSeedSpotter();
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
  it('a metal or alloy by its traded name, the plural of an element oxide as the elements', () => {
    expect(found('NdPr metal, Praseodymium-neodymium metal and a dysprosium-iron alloy.')).toEqual([
      ['NdPr metal', 'material-ndpr-metal'],
      ['Praseodymium-neodymium metal', 'material-ndpr-metal'],
      ['dysprosium-iron alloy', 'material-dyfe'],
    ]);
    expect(found('dysprosium and terbium oxides; terbium oxide.')).toEqual([
      ['dysprosium', 'material-dysprosium'],
      ['terbium', 'material-terbium'],
      ['terbium oxide', 'material-terbium-oxide'],
    ]);
  });
});
