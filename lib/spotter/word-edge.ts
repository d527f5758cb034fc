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

/** A letter or a number: what `[\p{L}\p{N}]` tests (the same source as the place and suffix checks, so V8 compiles it once). */
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** True when the code point at `i` of `text` is a letter or a number (false at the end). */
export function wordCharAt(text: string, i: number): boolean {
  const cp = text.codePointAt(i);
  return cp !== undefined && LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
}

/** True when code point `cp` is a letter (`\p{L}`). */
export function isLetter(cp: number): boolean {
  return LETTER.test(String.fromCodePoint(cp));
}

/** What `\s` matches in a JavaScript expression (UTF-16 unit `c`). */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

const asciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/**
 * True when `text` ends with one of `phrases`, then whitespace, with no letter before the phrase:
 * what `(?:^|[^\p{L}])(?:chief\s+executive|Dr\.?|…)\s+$` tested, read back in code instead of
 * compiled (an alternation of many words is kilobytes of machine code in every tab). A phrase is
 * one to `maxWords` words of ASCII letters, case as written, with one space between them where the
 * text may have any whitespace; its last word may end with a period (`Dr.`), which the text must
 * then have.
 */
export function endsWithPhrase(text: string, phrases: ReadonlySet<string>, maxWords: number): boolean {
  let j = text.length;
  while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--;
  if (j === text.length) return false;
  let phrase = '';
  for (let words = 0; words < maxWords; words++) {
    const dot = text.charCodeAt(j - 1) === 46;
    if (dot && words) return false; // a period ends a phrase's last word only
    const end = dot ? j - 1 : j;
    let s = end;
    while (s > 0 && asciiLetter(text.charCodeAt(s - 1))) s--;
    if (s === end) return false;
    const word = text.slice(s, j);
    phrase = words ? `${word} ${phrase}` : word;
    if (phrases.has(phrase) && !letterBefore(text, s)) return true;
    j = s;
    while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--;
    if (j === s) return false;
  }
  return false;
}
