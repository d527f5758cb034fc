import { describe, expect, it } from 'vitest';
import { foldForMatch, matchKey, normaliseAlias } from '../../../lib/spotter/fold';

describe('foldForMatch', () => {
  it('lower-cases and folds apostrophes, dashes and spaces one unit for one', () => {
    expect(foldForMatch('China’s Chinaโs ‘x’ ʼy′ `z')).toBe("china's china's 'x' 'y' 'z");
    expect(foldForMatch('Pr–Nd Pr—Nd Pr‑Nd Pr‒Nd Pr−Nd Pr‐Nd')).toBe('pr-nd pr-nd pr-nd pr-nd pr-nd pr-nd');
    expect(foldForMatch('MP\u00A0M\u202FN\u2009O\tP\u3000Q')).toBe('mp m n o p q');
    // A Latin letter's diacritic is dropped (the fold changed in format LDC3): `Barúa` is `Barua`.
    expect(foldForMatch('ÉTAT İstanbul ẞ')).toBe('etat istanbul ß');
  });

  it('drops the diacritics of Latin letters only, one unit for one', () => {
    expect(foldForMatch('Ramón Barúa, São Paulo, Goiás, Québec, Çanakkale')).toBe('ramon barua, sao paulo, goias, quebec, canakkale');
    // Latin letters with a stroke lose it as news writes them (format LDC4: `Herøya` and `Heroya`,
    // `Đông Pao` and `Dong Pao`); ß, æ and letters of other scripts keep their own form.
    expect(foldForMatch('Herøya Łódź Đông Йошкар Æsir ß')).toBe('heroya lodz dong йошкар æsir ß');
    expect(foldForMatch('Ramón').length).toBe('Ramón'.length);
    // Format LDC5: Turkish dotless ı is i as news writes it (`Kışladağ` and `Kisladag`), the
    // ʻokina an apostrophe (`Mataʻafa`), and U+0001 (which stands for a wide unit in a packed
    // trie's labels) folds to U+FFFF, so no text matches it.
    expect(foldForMatch('Kışladağ YILDIRIM Mataʻafa')).toBe("kisladag yildirim mata'afa");
    expect(foldForMatch('a\u0001b')).toBe('a\uffffb');
  });

  it('keeps line breaks, invisible characters and astral characters as they are', () => {
    const text = 'A\nB\u00ADC\u200BD😀𝐀';
    const folded = foldForMatch(text);
    expect(folded).toBe('a\nb\u00ADc\u200Bd😀𝐀');
    expect(folded.length).toBe(text.length);
  });

  it('handles text longer than one internal chunk', () => {
    const text = 'ABC–'.repeat(5000);
    expect(foldForMatch(text)).toBe('abc-'.repeat(5000));
  });
});

describe('matchKey', () => {
  it('folds, drops invisibles, collapses spaces and trims', () => {
    expect(matchKey('  MP \u00A0\n Ma\u00ADterials ')).toBe('mp materials');
    expect(normaliseAlias(' U.S.  Department ')).toEqual({ form: 'U.S. Department', key: 'u.s. department' });
  });
});
