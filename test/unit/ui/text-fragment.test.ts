import { describe, expect, it } from 'vitest';
import { encodeFragmentTerm, textFragmentUrl } from '../../../lib/ui/text-fragment';

describe('encodeFragmentTerm', () => {
  it('escapes -, & and , which have meaning in a text directive', () => {
    expect(encodeFragmentTerm('rare-earth')).toBe('rare%2Dearth');
    expect(encodeFragmentTerm('R&D, magnets')).toBe('R%26D%2C%20magnets');
  });
});

describe('textFragmentUrl', () => {
  it('a short sentence is matched whole', () => {
    expect(textFragmentUrl('https://news.example/a', 'Lynas signed a deal.')).toBe('https://news.example/a#:~:text=Lynas%20signed%20a%20deal.');
  });

  it('a long sentence becomes start,end of five words each', () => {
    const quote = 'The Indian Cabinet officially passed a 72.8 billion rupee support plan for rare-earth magnets on November 26.';
    expect(textFragmentUrl('https://news.example/a?x=1#top', quote)).toBe(
      'https://news.example/a?x=1#:~:text=The%20Indian%20Cabinet%20officially%20passed,rare%2Dearth%20magnets%20on%20November%2026.',
    );
  });

  it('stops edge terms before words our normalisation may have changed', () => {
    const quote = 'MP Materials said \u201cwe will deliver\u201d and the Pentagon agreed to buy all of the output in 2028.';
    const url = textFragmentUrl('https://n.example/', quote);
    expect(url).toBe('https://n.example/#:~:text=MP%20Materials%20said,of%20the%20output%20in%202028.');
  });

  it('leaves non-web and bad addresses alone', () => {
    expect(textFragmentUrl('chrome://settings', 'x y')).toBe('chrome://settings');
    expect(textFragmentUrl('not a url', 'x y')).toBe('not a url');
  });
});
