/**
 * What may follow a name inside the same word: a plural suffix. (Possessives need no rule: an
 * apostrophe, once folded, is not a word character, so `China’s` already ends at `China`.)
 */
import * as chars from './fold';
import type { Candidate } from './trie';

// Local copies (see matcher.ts: imported bindings are getters under tsx and vitest).
const { classOf, foldCode, isWordAt, INVISIBLE, LOWER } = chars;
const S = 115; // folded `s`
const E = 101; // folded `e`

/** Index of the first unit at or after `i` that is not invisible. */
export function skipInvisible(text: string, i: number): number {
  while (i < text.length && classOf(text.charCodeAt(i)) & INVISIBLE) i++;
  return i;
}

/**
 * True when the word continuing at `next` (right after a match) is an accepted plural suffix for
 * `candidate`: `s`, or `es` after s/x/z/ch/sh, ending the word. Lower case only, except after a
 * name written in capitals (`MAGNETS`); never after an acronym (`REEs` yes, `REES` no).
 */
export function isPluralSuffix(text: string, start: number, next: number, candidate: Candidate): boolean {
  if (candidate.plural === 0) return false;
  let at = next;
  if (candidate.plural === 2 && foldCode(text.charCodeAt(at)) === E) at = skipInvisible(text, at + 1);
  if (at >= text.length || foldCode(text.charCodeAt(at)) !== S) return false;
  const after = skipInvisible(text, at + 1);
  if (after < text.length && isWordAt(text, after)) return false;
  for (let i = next; i <= at; i++) {
    const k = classOf(text.charCodeAt(i));
    if (k & (LOWER | INVISIBLE)) continue;
    if (candidate.acronym) return false;
    for (let j = start; j < next; j++) if (classOf(text.charCodeAt(j)) & LOWER) return false;
  }
  return true;
}
