// Issue 13, learning on save: the candidate finder on short articles written for each rule, and on
// the things it must never propose (precision first). Expected names were written before tuning;
// each text names a known entity (MP Materials) so it counts as an article of the field.
import { describe, expect, it } from 'vitest';
import { countOccurrences, countPlaces, findCandidates, type NameCandidate } from '../../../lib/spotter/candidates';
import { createSpotter } from '../../../lib/spotter/matcher';
import { normaliseArticleText } from '../../../lib/text/normalise';
import { ENTITIES } from './entities';

const spotter = createSpotter(ENTITIES);
const known = new Set(ENTITIES.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]).map((t) => t.toLowerCase()));
const kinds = new Map(ENTITIES.map((e) => [e.id, e.kind] as const));
function find(raw: string, exclude: string[] = []): NameCandidate[] {
  const text = normaliseArticleText(raw);
  return findCandidates(text, spotter.findMentions(text), { isKnown: (t) => known.has(t.toLowerCase()), kindOf: (id) => kinds.get(id), exclude });
}
const names = (raw: string, exclude?: string[]) => find(raw, exclude).map((c) => c.name);

describe('what the finder proposes', () => {
  it('a name defined with a ticker or exchange code, with the article’s short forms as aliases', () => {
    const [c] = find('Kestrel Mining Corp. (TSXV: KMC) ("Kestrel" or the "Company") said it will sell oxide to MP Materials. Kestrel expects output in 2027.');
    expect(c).toMatchObject({
      name: 'Kestrel Mining',
      kind: 'company',
      aliases: ['TSXV: KMC', 'KMC', 'KMC.V', 'Kestrel'],
      evidence: ['ticker', 'legal-suffix'],
    });
    expect(c!.count).toBe(4); // four places: the name (holding `Kestrel`), the ticker, `"Kestrel"`, `Kestrel expects` (`KMC.V`, the wire's form of the listing, is not written)
    expect(c!.sentence).toMatch(/^Kestrel Mining Corp\. \(TSXV: KMC\)/);
  });

  it('a capitalised name with a legal suffix, without the suffix', () => {
    expect(find('MP Materials signed an offtake with Arafura Rare Earths Ltd on Monday.')).toMatchObject([
      { name: 'Arafura Rare Earths', kind: 'company', evidence: ['legal-suffix'] },
    ]);
    expect(names('MP Materials and Ningbo Zhenghai Magnetic Materials Co., Ltd. agreed terms.')).toEqual(['Ningbo Zhenghai Magnetic Materials']);
    // A bare common word keeps its suffix: `Apple` alone would be no name.
    expect(names('MP Materials supplies Bridge Inc. and Fjord Inc. with magnets.')).toEqual(['Bridge Inc.', 'Fjord']);
  });

  it('a short form defined in parentheses, with its kind from the name’s head word', () => {
    expect(find('MP Materials met the Mining and Minerals Regulatory Authority (MMRA) in Lilongwe; the MMRA approved the licence.')).toMatchObject([
      { name: 'Mining and Minerals Regulatory Authority', kind: 'government', aliases: ['MMRA'], count: 3 },
    ]);
  });

  it('a project or deposit name, without its head word', () => {
    expect(find('MP Materials will buy concentrate from the Halleck Creek Project in Wyoming.')).toMatchObject([
      { name: 'Halleck Creek', kind: 'project', aliases: ['Halleck Creek Project'] },
    ]);
    expect(find('Ore from the Kvanefjeld deposit and the Tarn Hollow mine would go to MP Materials.').map((c) => [c.name, c.kind])).toEqual([
      ['Kvanefjeld', 'project'],
      ['Tarn Hollow', 'project'],
    ]);
  });

  it('people introduced with a title or quoted, with the role the article gives', () => {
    expect(find('"We are ready," said Mara Lindqvist, chief executive of Borealis, which buys from MP Materials.')).toMatchObject([
      { name: 'Mara Lindqvist', kind: 'person', role: 'chief executive of Borealis' },
    ]);
    expect(names('Energy Minister Chris Bowen welcomed the MP Materials deal.')).toEqual(['Chris Bowen']);
    expect(names('MP Materials shares rose after Jane Q. Doe said the plant was on time.')).toEqual(['Jane Q. Doe']);
  });

  it('a capitalised name of two words or more that the article repeats (and not one it names once)', () => {
    expect(find('Borealis Magnetics will buy from MP Materials. Borealis Magnetics plans a plant.')).toMatchObject([
      { name: 'Borealis Magnetics', kind: 'company', count: 2, evidence: ['repeated'] },
    ]);
    expect(names('Borealis Magnetics will buy from MP Materials.')).toEqual([]);
  });

  it('counts whole words only, as written or in capitals, and a place named by two forms once', () => {
    expect(countOccurrences('Kestrel, KESTREL and Kestrels; kestrel.', 'Kestrel')).toBe(2);
    expect(countPlaces('Kestrel Mining (TSXV: KMC); KMC and Kestrel.', ['Kestrel Mining', 'Kestrel', 'TSXV: KMC', 'KMC'])).toBe(4);
  });
});

describe('what the finder never proposes', () => {
  it('common words that only open a sentence', () => {
    expect(names('Shares of MP Materials rose. Analysts Expect More. However Traders said MP Materials was cheap. Analysts Expect More.')).toEqual([]);
  });
  it('months, weekdays and dates', () => {
    expect(names('On Monday March 3 MP Materials said. By Tuesday March 4 MP Materials had more. Monday March 3 again.')).toEqual([]);
  });
  it('the Company and other defined terms', () => {
    expect(names('MP Materials (the "Company") and the Offering (the "Offering") closed. The Company said the Offering closed.')).toEqual([]);
  });
  it('datelines and photo credits; a byline and a credit line give their people only', () => {
    const raw = [
      'SYDNEY, Feb 17 (Reuters) - MP Materials said on Tuesday it would sell magnets.',
      'Photo: Jane Ortega/Harbour Images',
      'A worker at the MP Materials plant (Photo: Jane Ortega, Harbour Images) in California.',
    ].join('\n');
    expect(names(raw)).toEqual([]);
    // Annotators of the blind corpora mark the people a byline or a wire's credit line names (75 of
    // 94 such names): the finder proposes them, and nothing else on those lines.
    expect(names(['By Jane Ortega and Tom Wilde', raw, 'Reporting by Jane Ortega in Sydney; Editing by Tom Wilde'].join('\n'))).toEqual([
      'Jane Ortega',
      'Tom Wilde',
    ]);
  });
  it('the names of the site and the byline the caller excludes', () => {
    expect(
      names('Minerals Daily learned that MP Materials will sign. Minerals Daily asked Jane Ortega. Jane Ortega said no.', ['Minerals Daily', 'Jane Ortega']),
    ).toEqual([]);
  });
  it('names the dictionary knows, and known names with a suffix', () => {
    expect(names('Lynas Rare Earths Ltd and MP Materials Corp. (NYSE: MP) and MP Materials again. Lynas Rare Earths said.')).toEqual([]);
  });
  it('demonyms and words of prose in capitals', () => {
    expect(
      names('Australian Miners and Chinese Refiners buy from MP Materials. Australian Miners said so. Rare Earth Supply Chain Resilience matters.'),
    ).toEqual([]);
  });
  it('headings', () => {
    expect(names('Kestrel Motors Signs Magnet Pact With Partner\nMP Materials will supply magnets to a carmaker.')).toEqual([]);
  });
  it('anything in an article that names nothing Lodestone knows (off the field)', () => {
    expect(names('Phoenix X2 Review: the Phoenix X2 has a titanium frame. Phoenix X2 owners love it.')).toEqual([]);
  });
  it('a person’s portfolio after a title (`Minister of Natural Resources`)', () => {
    expect(names("Malaysia's Acting Minister of Natural Resources and Environmental Sustainability, Zahari, said MP Materials was welcome.")).toEqual([]);
  });
});
