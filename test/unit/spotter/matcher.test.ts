import { describe, expect, it } from 'vitest';
import { createSpotter, type SpotMatch } from '../../../lib/spotter/matcher';
import { inferCaseRule } from '../../../lib/spotter/trie';
import { ENTITIES, entity } from './entities';

const spotter = createSpotter(ENTITIES);

/** `[entityId, text]` of each mention, after the ambiguity rules; checks every offset on the way. */
function found(text: string, options?: Parameters<typeof spotter.scan>[1]): [string, string][] {
  const mentions = spotter.findMentions(text, options);
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return mentions.map((m) => [m.entityId, m.text]);
}

describe('case rules', () => {
  it('keeps the pronoun and the verb out, acronyms exact', () => {
    expect(found('He told us that prices are rising.')).toEqual([]);
    expect(found('Us and them; the Usa team.')).toEqual([]);
    expect(found('The US said American Rare Earths (ARE) are ready.')).toEqual([
      ['country-us', 'US'],
      ['company-are', 'American Rare Earths'],
      ['company-are', 'ARE'],
    ]);
    expect(found('The DOD and the DoD.')).toEqual([['government-dod', 'DoD']]);
  });

  it('accepts names in ALL CAPS headlines but not acronyms in an all-caps run', () => {
    expect(found('AMERICAN RARE EARTHS: WE ARE HERE')).toEqual([['company-are', 'AMERICAN RARE EARTHS']]);
    expect(found('CHINA BANS EXPORTS TO THE US AND JAPAN')).toEqual([
      ['country-china', 'CHINA'],
      ['country-japan', 'JAPAN'],
    ]);
    // Two capital tokens are normal prose; punctuation ends a run (lists of acronyms).
    expect(found('A US firm, and the US, EU and JOGMEC agreed.')).toEqual([
      ['country-us', 'US'],
      ['country-us', 'US'],
      ['organisation-eu', 'EU'],
      ['government-jogmec', 'JOGMEC'],
    ]);
    expect(found('American Rare Earths: “WE ARE HERE?” BAN: ARE WE READY? WHY THE US WANTS')).toEqual([['company-are', 'American Rare Earths']]);
    // An acronym no English word spells reads the same shouted.
    expect(found('REFINERS SEEK EU BACKING AS JOGMEC BUYS')).toEqual([
      ['organisation-eu', 'EU'],
      ['government-jogmec', 'JOGMEC'],
    ]);
    expect(found('American Rare Earths. WHY ARE. ARE: and (ARE) US DOE and US, EU')).toEqual([
      ['company-are', 'American Rare Earths'],
      ['company-are', 'ARE'],
      ['company-are', 'ARE'],
      ['company-are', 'ARE'],
      ['country-us', 'US'],
      ['country-us', 'US'],
      ['organisation-eu', 'EU'],
    ]);
    expect(found('LYNAS RARE EARTHS and MP MATERIALS')).toEqual([
      ['company-lynas', 'LYNAS RARE EARTHS'],
      ['company-mp-materials', 'MP MATERIALS'],
    ]);
  });

  it('name case: the first letter of each word as written (or all caps), never lower case', () => {
    expect(found('lynas and mp materials and Mp Materials')).toEqual([]);
    expect(found('an apple a day; Apple bought')).toEqual([['company-apple', 'Apple']]);
  });

  // Issue 11: the styling of a distinctive name varies (`REAlloys`, `REalloys`); a first capital
  // kept cannot turn it into an English word, so the letters after it are free. A short acronym
  // word stays exact (`Mp Materials` is not MP Materials); `styled` frees long acronyms (`Jogmec`).
  it("name case: letters after a word's first capital are free when the word has a lower-case letter", () => {
    const s = createSpotter([
      entity('company-realloys', 'REAlloys', 'company'),
      entity('material-ndfeb', 'NdFeB', 'material'),
      entity('government-jogmec', 'Japan Organization for Metals and Energy Security', 'government', [{ text: 'JOGMEC', case: 'styled' }]),
      entity('organisation-safe', 'Securing America’s Future Energy', 'organisation', [{ text: 'SAFE', case: 'exact' }]),
    ]);
    const got = (t: string) => s.findMentions(t).map((m) => m.text);
    expect(got('REAlloys, REalloys, Realloys, REALLOYS; not realloys or rEalloys')).toEqual(['REAlloys', 'REalloys', 'Realloys', 'REALLOYS']);
    expect(got('NdFeB, NDFEB, Ndfeb, ndfeb')).toEqual(['NdFeB', 'NDFEB', 'Ndfeb']);
    expect(got('JOGMEC and Jogmec, not jogmec')).toEqual(['JOGMEC', 'Jogmec']);
    expect(got('SAFE, but Safe and safe are words')).toEqual(['SAFE']);
    expect(found('LyNas')).toEqual([['company-lynas', 'LyNas']]);
  });

  it('any case for common nouns', () => {
    expect(found('Neodymium, NEODYMIUM and neodymium')).toEqual([
      ['material-neodymium', 'Neodymium'],
      ['material-neodymium', 'NEODYMIUM'],
      ['material-neodymium', 'neodymium'],
    ]);
  });

  it('infers the rule as the catalog schema says', () => {
    expect(inferCaseRule('US')).toBe('exact');
    expect(inferCaseRule('U.S.')).toBe('exact');
    expect(inferCaseRule('NdPr')).toBe('name');
    expect(inferCaseRule('neodymium')).toBe('any');
  });
});

describe('possessives and plurals', () => {
  it('covers only the name before a possessive', () => {
    expect(found("China's, China’s and Chinaโs")).toEqual([
      ['country-china', 'China'],
      ['country-china', 'China'],
      ['country-china', 'China'],
    ]);
    expect(found("Lynas’s plant, Lynas’ plant and JOGMEC's loan")).toEqual([
      ['company-lynas', 'Lynas'],
      ['company-lynas', 'Lynas'],
      ['government-jogmec', 'JOGMEC'],
    ]);
    const [m] = spotter.scan('Chinaโs grip');
    expect(m).toMatchObject({ start: 0, end: 5, text: 'China' });
  });

  it('accepts plurals for materials and companies only, as the rules allow', () => {
    // The plural's ending belongs to the mention: a highlight never stops inside a word.
    expect(found('magnets, rare earth magnets and REEs')).toEqual([
      ['material-magnet', 'magnets'],
      ['material-magnet', 'rare earth magnets'],
      ['material-ree', 'REEs'],
    ]);
    expect(found('fluxes and fluxs')).toEqual([
      ['material-flux', 'fluxes'],
      ['material-flux', 'fluxs'],
    ]);
    // Countries take no plural; `noPlural` is honoured; an acronym takes only a lower-case s.
    expect(found('the USs, Apples, REES and magnetsx')).toEqual([]);
    expect(found('MAGNETS')).toEqual([['material-magnet', 'MAGNETS']]);
  });
});

describe('longest match and word boundaries', () => {
  it('lets the longest match win', () => {
    expect(found('USA Rare Earth and the USA')).toEqual([
      ['company-usa-rare-earth', 'USA Rare Earth'],
      ['country-us', 'USA'],
    ]);
    expect(found('the U.S. Department of Defense, not the U.S.')).toEqual([
      ['government-dod', 'U.S. Department of Defense'],
      ['country-us', 'U.S.'],
    ]);
  });

  it('falls back to a shorter candidate when the longest fails its case rule', () => {
    expect(found('every element USA makes')).toEqual([['country-us', 'USA']]);
    expect(found('Element USA makes')).toEqual([['company-element-usa', 'Element USA']]);
  });

  it('never starts or ends inside a word', () => {
    expect(found('Lynasty, USAF, xChina, China2, sUS, MPMaterials')).toEqual([]);
    expect(found('US-China talks (Japan)')).toEqual([
      ['country-us', 'US'],
      ['country-china', 'China'],
      ['country-japan', 'Japan'],
    ]);
    // A script written without spaces is a boundary (UAX #29).
    expect(found('中国China公司')).toEqual([['country-china', 'China']]);
    expect(found('Chinaé Lynasß')).toEqual([]);
  });
});

describe('typographic variants', () => {
  it('folds dashes, apostrophes and spaces, keeping the original text and offsets', () => {
    expect(found('Pr–Nd, Pr‑Nd and praseodymium—neodymium')).toEqual([
      ['material-pr-nd', 'Pr–Nd'],
      ['material-pr-nd', 'Pr‑Nd'],
      ['material-pr-nd', 'praseodymium—neodymium'],
    ]);
    expect(found('MP\u00A0Materials and MP \u202F Materials')).toEqual([
      ['company-mp-materials', 'MP\u00A0Materials'],
      ['company-mp-materials', 'MP \u202F Materials'],
    ]);
  });

  it('treats a line break as a paragraph break unless told it is a space', () => {
    expect(found('MP\nMaterials')).toEqual([]);
    expect(found('MP\n   Materials', { lineBreaks: 'soft' })).toEqual([['company-mp-materials', 'MP\n   Materials']]);
  });

  it('reads through soft hyphens and zero-width characters inside a name', () => {
    expect(found('Ly\u00ADnas and MP\u200B Materials')).toEqual([
      ['company-lynas', 'Ly\u00ADnas'],
      ['company-mp-materials', 'MP\u200B Materials'],
    ]);
    expect(found('Ly\u00ADnasty')).toEqual([]);
  });
});

describe('ambiguity rules', () => {
  it('drops a short form whose required entity is not named unambiguously', () => {
    const alone = spotter.scan('Vulcan opened a plant.');
    expect(alone).toEqual([{ entityId: 'company-vulcan', text: 'Vulcan', start: 0, end: 6, requires: ['company-vulcan'] }]);
    expect(spotter.resolveContext(alone)).toEqual([]);
    expect(found('Vulcan Elements said on Monday that Vulcan will expand.')).toEqual([
      ['company-vulcan', 'Vulcan Elements'],
      ['company-vulcan', 'Vulcan'],
    ]);
  });

  it('emits one match per entity sharing an ambiguous alias; context picks', () => {
    const s = createSpotter([
      entity('planet-mercury', 'planet Mercury', 'region', [{ text: 'Mercury', ambiguous: true, requires: ['org-nasa'] }]),
      entity('material-mercury', 'mercury metal', 'material', [{ text: 'Mercury', ambiguous: true, requires: ['material-gold'] }]),
      entity('org-nasa', 'NASA', 'organisation'),
      entity('material-gold', 'gold', 'material'),
    ]);
    const ids = (text: string): string[] => s.findMentions(text).map((m) => m.entityId);
    expect(s.scan('Mercury').map((m) => [m.entityId, m.start, m.end])).toEqual([
      ['planet-mercury', 0, 7],
      ['material-mercury', 0, 7],
    ]);
    expect(ids('Mercury rose.')).toEqual([]);
    expect(ids('NASA saw Mercury.')).toEqual(['org-nasa', 'planet-mercury']);
    expect(ids('Mercury and gold.')).toEqual(['material-mercury', 'material-gold']);
    expect(ids('NASA, gold, Mercury.')).toEqual(['org-nasa', 'material-gold', 'planet-mercury', 'material-mercury']);
  });

  it('judges context over the whole document, and only unambiguous matches give it', () => {
    const s = createSpotter([
      entity('a', 'Alpha Corp', 'company', [{ text: 'Alpha', requires: ['b'] }]),
      entity('b', 'Beta Corp', 'company', [{ text: 'Beta', requires: ['a'] }]),
    ]);
    // Each short form only vouches for the other: neither counts.
    expect(s.findMentions('Alpha and Beta')).toEqual([]);
    // Matches from several blocks, offsets laid end to end, as the content script does.
    const first: SpotMatch[] = s.scan('Alpha rose.');
    const second: SpotMatch[] = s.scan('Beta Corp fell.').map((m) => ({ ...m, start: m.start + 12, end: m.end + 12 }));
    expect(s.resolveContext([...first, ...second])).toEqual([
      { entityId: 'a', text: 'Alpha', start: 0, end: 5 },
      { entityId: 'b', text: 'Beta Corp', start: 12, end: 21 },
    ]);
  });
});

describe('edges', () => {
  it('handles empty catalogs, empty text and astral characters', () => {
    expect(createSpotter([]).findMentions('China')).toEqual([]);
    expect(found('')).toEqual([]);
    // Emoji and a CJK Extension B ideograph are boundaries; a mathematical bold letter is not.
    expect(found('😀China 𝐀China China😀 𠀀China').map(() => 'China')).toHaveLength(3);
    expect(spotter.scan('😀China 𝐀China').map((m) => m.start)).toEqual([2]);
  });

  // How fast it builds is the benchmark's business (`npm run bench`), never a timed assertion here.
  it('builds a 250-entity spotter that finds the last and the first', () => {
    const many = Array.from({ length: 250 }, (_, i) => entity(`e-${i}`, `Entity Number ${i} Holdings`, 'company', [`ENT${i}`, `entity ${i} metal`]));
    const s = createSpotter(many);
    expect(s.findMentions('ENT7 and Entity Number 249 Holdings').map((m) => m.entityId)).toEqual(['e-7', 'e-249']);
  });
});
