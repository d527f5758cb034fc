/** The corpus scorer locates each mark in the normalised text in order (test/unit/recall/corpus.ts). */
import { describe, expect, it } from 'vitest';
import { locateMark } from './corpus';

describe('locating a mark in the article text', () => {
  it('skips an occurrence inside a longer word', () => {
    const text = 'American technology, Saudi capital to America.';
    expect(locateMark(text, 'America', 0)).toBe(text.lastIndexOf('America'));
    expect(locateMark(text, 'American', 0)).toBe(0);
  });
  it('takes the first whole occurrence at or after `from`, and a part of a word only when there is no whole one', () => {
    expect(locateMark('US and US', 'US', 1)).toBe(7);
    expect(locateMark('USA only', 'US', 0)).toBe(0);
    expect(locateMark('(ASX: LYC) ok', '(ASX: LYC)', 0)).toBe(0);
    expect(locateMark('nothing', 'Lynas', 0)).toBe(-1);
  });
});
