/**
 * The common-word and demonym lists are looked up by binary search over their sorted strings
 * (lib/text/common-words.ts): every listed word is found, its regular inflections too, and
 * nothing else (neighbours in sort order, the ends of the list, names).
 */
import { describe, expect, it } from 'vitest';
import file from '../../../lib/text/common-words.json' with { type: 'json' };
import { commonWordCount, isCommonWord, isDemonym } from '../../../lib/text/common-words';

const words = file.words.split(' ');
const demonyms = file.demonyms.split(' ');

describe('common words and demonyms, looked up in place', () => {
  it('finds every listed word and demonym, in any case', () => {
    expect(words.length).toBe(commonWordCount());
    expect(words.filter((w) => !isCommonWord(w))).toEqual([]);
    expect(words.slice(0, 50).filter((w) => !isCommonWord(w.toUpperCase()))).toEqual([]);
    expect(demonyms.filter((d) => !isDemonym(d) || !isDemonym(`${d}s`))).toEqual([]);
  });

  it('finds regular inflections and possessives, and nothing that is not listed', () => {
    expect(['Shares', 'mining', "analyst's", 'companies'].map(isCommonWord)).toEqual([true, true, true, true]);
    // Words that sort between, before and after listed ones; names; non-letters.
    const unlisted = ['aab', 'zzzz', 'Lynas', 'Ostrova', 'Kuantan', 'abandonx', '', 'rare earths', 'u.s'];
    expect(unlisted.filter((w) => isCommonWord(w))).toEqual([]);
    expect(['Australian', 'Chinese', 'Malaysians'].map(isDemonym)).toEqual([true, true, true]);
    expect(['Lynas', 'Aaa', 'Zzz', 'Texas'].filter(isDemonym)).toEqual([]);
  });
});
