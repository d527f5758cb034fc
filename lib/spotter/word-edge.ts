/**
 * "No letter before this word", tested in code. A Unicode property class (`[^\p{L}]`) compiles to
 * a large block of machine code in every expression that holds it, and V8 keeps that code in every
 * tab the content script runs in: the four finder expressions that opened with `(?:^|[^\p{L}])`
 * were about 100 KB of a page's retained heap. Their words are ASCII, so they are written without
 * the `u` flag and the letter before a match is read here, with one shared class.
 */
const LETTER = /\p{L}/u;

/** True when the character before `i` in `text` is a letter (a letter outside the BMP too). */
export function letterBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  // A low surrogate: read the whole code point.
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) return LETTER.test(String.fromCodePoint(text.codePointAt(i - 2)!));
  return LETTER.test(text[i - 1]!);
}

/**
 * True when `re` (global, anchored at the end with `$`) matches `text` at a start with no letter
 * before it: what `(?:^|[^\p{L}])(?:…)$` tested, trying each later start as that expression would.
 */
export function endsWithWord(text: string, re: RegExp): boolean {
  if (!re.global) throw new TypeError('endsWithWord needs a global expression');
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!letterBefore(text, m.index)) return true;
    re.lastIndex = m.index + 1;
  }
  return false;
}
