/**
 * Character tables for the spotter: a length-preserving fold (case and typography) and a class per
 * UTF-16 unit (word, space, line break, invisible, upper/lower case). Both are filled lazily, one
 * entry per distinct unit, so the matcher's hot loop is two array reads per character: no regex,
 * no string built, no allocation.
 */

/** Class bits of one UTF-16 unit (of its folded form, so `โ` folds to `'` and is not a letter). */
export const WORD = 1; // \p{L}\p{N}\p{M}, except scripts written without spaces (see below)
export const SPACE = 2; // a space inside a line: U+0020, tab, NBSP and the other Unicode spaces
export const LINE = 4; // \n \r \f \v U+2028 U+2029: a paragraph break in normalised text
export const INVISIBLE = 8; // soft hyphen, zero-width space/joiners, word joiner, BOM: skipped
export const UPPER = 16; // a cased letter in upper case
export const LOWER = 32; // a cased letter in lower case
export const SURROGATE = 64; // half of a pair: classified by its code point (see `isWordAt`)
/** Set in `CLASS_TABLE` once a unit's entries are filled. */
export const KNOWN = 128;

const FOLD = new Uint16Array(65536);
const CLS = new Uint8Array(65536);
/**
 * The tables themselves, for the scanner's hot loop: `CLASS_TABLE[c]` is `classOf(c)` once it has
 * `KNOWN` set (else call `classOf`, which fills it), and then `FOLD_TABLE[c]` is `foldCode(c)`.
 */
export const CLASS_TABLE: Readonly<Uint8Array> = CLS;
export const FOLD_TABLE: Readonly<Uint16Array> = FOLD;

/**
 * Typographic look-alikes folded to their ASCII form. `โ` is cp874 mojibake for ’ (seed 003); `ʻ` is
 * the ʻokina of Polynesian names, which news also writes as an apostrophe or leaves out.
 */
const APOSTROPHES = '\u2019\u2018\u02BC\u02BB\u2032`\u0E42';
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2212';
const SPACES = '\t\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u202F\u205F\u3000';
const LINES = '\n\r\f\v\u2028\u2029';
const INVISIBLES = '\u00AD\u200B\u200C\u200D\u2060\uFEFF';
/**
 * Letters of scripts written without spaces between words. UAX #29 puts a word boundary between
 * them and Latin letters, so `MP Materials公司` still yields MP Materials.
 */
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const WORDY = /[\p{L}\p{N}\p{M}]/u;

/**
 * Latin letters with a stroke (lower case), and Turkish dotless ı, with the base letter news writes
 * for them (`Kışladağ` and `Kisladag`, `Yıldırım` and `Yildirim`).
 */
const STROKED: Readonly<Record<string, number>> = { đ: 100, ł: 108, ø: 111, ħ: 104, ŧ: 116, ƀ: 98, ɨ: 105, ı: 105 };

function foldUnit(c: number): number {
  if (c === 96) return 39; // a backtick typed for an apostrophe
  if (c === 1) return 0xffff; // U+0001 stands for a wide unit in a packed trie's labels (`WIDE`, compiled-trie.ts)
  if (c === 9) return 32;
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  const ch = String.fromCharCode(c);
  if (APOSTROPHES.includes(ch)) return 39;
  if (DASHES.includes(ch)) return 45;
  if (SPACES.includes(ch)) return 32;
  if (c >= 0xd800 && c <= 0xdfff) return c;
  // Lower-casing can lengthen a unit (İ → i̇): keep its first unit so offsets never shift.
  const lower = ch.toLowerCase();
  // A Latin letter with a diacritic folds to its base letter (é → e, ã → a, ç → c): news writes
  // names both ways (`Barúa` and `Barua`, `Québec` and `Quebec`). Letters of other scripts keep
  // their marks (й is not и), and so do ß and æ.
  const base = lower.normalize('NFD').charCodeAt(0);
  if (base >= 97 && base <= 122) return base;
  // Letters with a stroke have no decomposition, but news drops the stroke as it drops accents
  // (`Đông Pao` and `Dong Pao`, `Łódź` and `Lodz`, `Herøya` and `Heroya`).
  return STROKED[lower] ?? lower.charCodeAt(0);
}

function classify(ch: string): number {
  const c = ch.charCodeAt(0);
  if (c < 128) {
    // ASCII without the Unicode regexes (compiling them costs about a millisecond, once).
    if (c >= 65 && c <= 90) return KNOWN | WORD | UPPER;
    if (c >= 97 && c <= 122) return KNOWN | WORD | LOWER;
    return c >= 48 && c <= 57 ? KNOWN | WORD : KNOWN;
  }
  let k = KNOWN;
  // General Punctuation (quotes, dashes, spaces: most non-ASCII units of English news) holds no
  // letter, number or mark, and no script written without spaces starts before Thai (U+0E01): the
  // Unicode regexes, whose first use costs a compile, are left for the units they decide.
  const punctuation = c >= 0x2000 && c <= 0x206f;
  if (!punctuation && WORDY.test(ch) && (c < 0x0e01 || !UNSPACED.test(ch))) k |= WORD;
  if (ch !== ch.toLowerCase()) k |= UPPER;
  else if (ch !== ch.toUpperCase()) k |= LOWER;
  return k;
}

function fill(c: number): void {
  const f = foldUnit(c);
  FOLD[c] = f;
  const ch = String.fromCharCode(c);
  let k: number;
  if (c >= 0xd800 && c <= 0xdfff) k = KNOWN | SURROGATE;
  else if (SPACES.includes(ch) || c === 32) k = KNOWN | SPACE;
  else if (LINES.includes(ch)) k = KNOWN | LINE;
  else if (INVISIBLES.includes(ch)) k = KNOWN | INVISIBLE;
  else k = (classify(String.fromCharCode(f)) & ~(UPPER | LOWER)) | (classify(ch) & (UPPER | LOWER)) | KNOWN;
  CLS[c] = k;
}

/** The folded form of one UTF-16 unit. */
export function foldCode(c: number): number {
  if (!(CLS[c]! & KNOWN)) fill(c);
  return FOLD[c]!;
}

/** The class bits of one UTF-16 unit (see `WORD`, `SPACE`...). */
export function classOf(c: number): number {
  const k = CLS[c]!;
  if (k & KNOWN) return k;
  fill(c);
  return CLS[c]!;
}

const astral = new Map<number, boolean>();

/** True when the unit at `i` belongs to a word; handles astral letters (surrogate pairs). */
export function isWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const k = classOf(c);
  if (!(k & SURROGATE)) return (k & WORD) !== 0;
  // Low half: classify the pair it closes; a lone half is not a letter.
  const at = c >= 0xdc00 && i > 0 && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800 ? i - 1 : i;
  const cp = text.codePointAt(at) ?? c;
  let w = astral.get(cp);
  if (w === undefined) {
    w = cp > 0xffff && (classify(String.fromCodePoint(cp)) & WORD) !== 0;
    astral.set(cp, w);
  }
  return w;
}

/**
 * Length-preserving fold for matching: lower-case; a Latin letter's diacritic dropped (é → e); ’ ‘ ʼ ′ ` and the mojibake `โ` → ' ; ‐ ‑ ‒ – — −
 * → - ; tab, NBSP, narrow NBSP and the other Unicode spaces → ' '. Exactly one UTF-16 unit out per
 * unit in, so offsets never shift. Line breaks and invisible characters are kept as they are.
 */
export function foldForMatch(text: string): string {
  let out = '';
  const CHUNK = 4096; // String.fromCharCode.apply has an argument-count limit
  const buf: number[] = [];
  for (let i = 0; i < text.length; i++) {
    buf.push(foldCode(text.charCodeAt(i)));
    if (buf.length === CHUNK) {
      out += String.fromCharCode(...buf);
      buf.length = 0;
    }
  }
  return out + String.fromCharCode(...buf);
}

/**
 * An alias as the matcher compares it: `form` keeps the original case (for the case rule), `key` is
 * its fold (the trie path). Both drop invisible characters, make each run of spaces and line breaks
 * one space, and are trimmed, so they have the same length, unit for unit.
 */
export function normaliseAlias(text: string): { form: string; key: string } {
  let form = '';
  let key = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const k = classOf(c);
    if (k & INVISIBLE) continue;
    if (k & (SPACE | LINE)) {
      pendingSpace = form.length > 0;
      continue;
    }
    if (pendingSpace) {
      form += ' ';
      key += ' ';
    }
    pendingSpace = false;
    form += text[i];
    key += String.fromCharCode(FOLD[c]!);
  }
  return { form, key };
}

/**
 * The trie key of a name, alias or matched text: folded, invisible characters removed, each run of
 * spaces and line breaks made one space, trimmed. A match's text always has the key of an alias.
 */
export function matchKey(text: string): string {
  return normaliseAlias(text).key;
}
