/**
 * Text-fragment links (`#:~:text=start,end`, https://wicg.github.io/scroll-to-text-fragment/) so a
 * saved article's fact opens the original page scrolled to its sentence.
 */

/** Words taken from each end of a long sentence: enough to be unique, short enough to survive edits. */
const EDGE_WORDS = 5;
/** Sentences up to this many words are matched whole. */
const WHOLE_WORDS = 10;
/**
 * Characters our text normalisation may have changed (curly quotes, dashes, ellipses, odd spaces):
 * the page still has the original, and a text fragment must match the page exactly, so edge terms
 * stop before a word containing one.
 */
const RISKY = /['"\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u2013\u2014\u2026\u00ad\u200b\u00a0]/;

/**
 * Percent-encodes one text-fragment term. `encodeURIComponent` leaves `-` alone, but in a fragment
 * directive `-` marks a prefix/suffix and `,` separates terms and `&` separates directives, so all
 * three must be escaped (the spec requires `-`, `,`, `&`).
 */
export function encodeFragmentTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** Up to `max` words from the start of `words` (or its end when `fromEnd`), stopping at a risky word. */
function edgeTerm(words: readonly string[], max: number, fromEnd: boolean): string {
  const picked: string[] = [];
  const seq = fromEnd ? [...words].reverse() : words;
  for (const w of seq) {
    if (picked.length >= max || RISKY.test(w)) break;
    picked.push(w);
  }
  return (fromEnd ? picked.reverse() : picked).join(' ');
}

/**
 * `url` (its own fragment dropped) with a text directive selecting `quote`: the whole sentence when
 * short, else its first and last few words as `textStart,textEnd`. Returns `url` unchanged when it
 * is not http(s) or the quote is empty.
 */
export function textFragmentUrl(url: string, quote: string): string {
  let base: URL;
  try {
    base = new URL(url);
  } catch {
    return url;
  }
  if (base.protocol !== 'http:' && base.protocol !== 'https:') return url;
  base.hash = '';
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return base.href;
  let directive: string;
  if (words.length <= WHOLE_WORDS && !words.some((w) => RISKY.test(w))) {
    directive = encodeFragmentTerm(words.join(' '));
  } else {
    const start = edgeTerm(words, EDGE_WORDS, false);
    const end = edgeTerm(words, EDGE_WORDS, true);
    // A risky first or last word leaves one side empty: fall back to whichever side we have.
    const terms = [start, end].filter(Boolean).map(encodeFragmentTerm);
    if (!terms.length) return base.href;
    directive = terms.join(',');
  }
  return `${base.href}#:~:text=${directive}`;
}
