import { describe, expect, it } from 'vitest';
import { breaksOff } from '../../../lib/ui/format';

describe('breaksOff (quotes cut off in their source)', () => {
  it('flags a quote that ends mid-word or on a bare word, as the truncated seed paragraphs do', () => {
    expect(breaksOff('Simultaneously, Europe is accel')).toBe(true);
    expect(breaksOff('Notably, Noveon Magnetics\u2019 patented Hydrogen Proces  ')).toBe(true);
    expect(breaksOff('US: Shipments plummeted 28.7% MoM due')).toBe(true);
  });

  it('leaves sentences that end with punctuation alone', () => {
    for (const q of [
      'Lynas expanded in Malaysia.',
      'Will prices rise?',
      'It said “no.”',
      'aims to bypass China;',
      'a floor price (twice the market)',
      'Vietnam…',
    ])
      expect(breaksOff(q), q).toBe(false);
  });
});
