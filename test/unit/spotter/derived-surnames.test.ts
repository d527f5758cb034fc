/**
 * A person the dictionary knows is named by surname after the full name (`Mavunde said`), as news
 * writes it: the surname is derived from the name (derived-forms.ts), and counts only once the
 * full name is in the same document. Not where the surname is an English word (`Cook`, `Masters`),
 * nor for names whose order varies (Malaysia, Vietnam…). Chinese and Korean names are written
 * surname first (`Choi Yun-beom` … `Choi said`). Invented people, but for a few real names.
 */
import { describe, expect, it } from 'vitest';
import { derivedForms } from '../../../lib/spotter/derived-forms';
import { createSpotter } from '../../../lib/spotter/matcher';
import { entity } from './entities';

const person = (id: string, name: string, country?: string) => ({ ...entity(id, name, 'person'), ...(country ? { country } : {}) });
const surnames = (e: ReturnType<typeof person>) =>
  derivedForms(e)
    .filter((a) => !a.text.includes(' '))
    .map((a) => [a.text, a.requires]);

describe('surnames of known people', () => {
  it('derives the last word, required to follow the full name', () => {
    expect(surnames(person('person-halvard-ostrowski', 'Halvard Ostrowski', 'country-poland'))).toEqual([['Ostrowski', ['person-halvard-ostrowski']]]);
  });
  it('not an English word, not a one-word name, not where the surname may come first', () => {
    expect(surnames(person('person-tim-cook', 'Tim Cook', 'country-us'))).toEqual([]);
    expect(surnames(person('person-kent-masters', 'Kent Masters', 'country-us'))).toEqual([]);
    expect(surnames(person('person-madonna', 'Madonna'))).toEqual([]);
    expect(surnames(person('person-liew-chin-tong', 'Liew Chin Tong', 'country-malaysia'))).toEqual([]);
    // Only people: a company's last word is no short name.
    expect(derivedForms(entity('company-kestrel-ostrowski', 'Kestrel Ostrowski', 'company')).filter((a) => !a.text.includes(' '))).toEqual([]);
  });
  it('Chinese and Korean names: the first word, when it is a common surname and no English word', () => {
    expect(surnames(person('person-wang-wentao', 'Wang Wentao', 'country-china'))).toEqual([['Wang', ['person-wang-wentao']]]);
    expect(surnames(person('person-choi-yun-beom', 'Choi Yun-beom', 'country-south-korea'))).toEqual([['Choi', ['person-choi-yun-beom']]]);
    expect(surnames(person('person-kim-dong-myung', 'Kim Dong-myung', 'country-south-korea'))).toEqual([['Kim', ['person-kim-dong-myung']]]);
    // Given name first (an English given name), or a surname that is an English word.
    expect(surnames(person('person-robin-zeng', 'Robin Zeng', 'country-china'))).toEqual([]);
    expect(surnames(person('person-he-lifeng', 'He Lifeng', 'country-china'))).toEqual([]);
    expect(surnames(person('person-song-ming', 'Song Ming', 'country-china'))).toEqual([]);
    const s = createSpotter([person('person-choi-yun-beom', 'Choi Yun-beom', 'country-south-korea'), entity('company-korea-zinc', 'Korea Zinc', 'company')]);
    expect(s.findMentions('Korea Zinc chairman Choi Yun-beom spoke. Choi said the smelter would open.').map((m) => m.text)).toEqual([
      'Korea Zinc',
      'Choi Yun-beom',
      'Choi',
    ]);
    expect(s.findMentions('Korea Zinc said Choi would speak.').map((m) => m.text)).toEqual(['Korea Zinc']);
  });
  it('the surname is marked after the full name, and not without it', () => {
    const s = createSpotter([person('person-halvard-ostrowski', 'Halvard Ostrowski', 'country-poland'), entity('company-lynas', 'Lynas', 'company')]);
    expect(s.findMentions('Lynas hired Halvard Ostrowski. Ostrowski said rare earths rose.').map((m) => m.text)).toEqual([
      'Lynas',
      'Halvard Ostrowski',
      'Ostrowski',
    ]);
    expect(s.findMentions('Lynas said Ostrowski rose.').map((m) => m.text)).toEqual(['Lynas']);
  });
});

describe("a company's acronym after its full name", () => {
  const acronyms = (name: string, aliases: string[] = []) =>
    derivedForms(entity('company-x', name, 'company', aliases))
      .filter((a) => !a.text.includes(' '))
      .map((a) => [a.text, a.requires]);
  it('the acronym of `<acronym> <word of the trade>`, required to follow the full name', () => {
    expect(acronyms('KVZ Minerals')).toEqual([['KVZ', ['company-x']]]);
    expect(acronyms('HLMR Lithium')).toEqual([['HLMR', ['company-x']]]);
    // Not a word of the trade, not two letters, not an English word, not one the curator gave.
    expect(acronyms('KVZ Partners')).toEqual([]);
    expect(acronyms('KV Minerals')).toEqual([]);
    expect(acronyms('ARE Minerals')).toEqual([]);
    expect(acronyms('KVZ Minerals', ['KVZ'])).toEqual([]);
    const s = createSpotter([entity('company-kvz', 'KVZ Minerals', 'company')]);
    expect(s.findMentions('KVZ said it would sue. KVZ Minerals owns the lithium deposit, and KVZ will appeal.').map((m) => m.text)).toEqual([
      'KVZ',
      'KVZ Minerals',
      'KVZ',
    ]);
    expect(s.findMentions('KVZ said it would sue over the lithium deposit.')).toEqual([]);
  });
});
