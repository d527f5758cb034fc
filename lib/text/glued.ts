/**
 * Splits words that a page's markup kept apart but its text extraction ran together (seed 002):
 * a heading glued to its paragraph (`…in Wind Turbines and EVsOn October 7, 2024, the…`), two
 * sentences without a space (`sectors.Only 25%`), a roman numeral glued to its heading
 * (`IV.Kazakhstan`), Latin glued to CJK (`earth新材料`), and runs that lost every space to a math
 * renderer (`InSeptember2024,theU.S.DepartmentofEnergy(DOE)…`).
 *
 * Each rule splits only where the evidence is strong, because a wrong split hides a name
 * (`ReElement`, `NdFeB`, `MoM` must survive): see the conditions beside each rule.
 */

import { isCommonWord } from './common-words';

/** Words that may stay lower-case in a title-case heading. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'for', 'to', 'with', 'at', 'by', 'from', 'as', 'vs', 'vs.', '&']);

/** Words that open a sentence about a name (`Its BlueOval plant`), rarely a two-word heading. */
const DETERMINERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your', 'the', 'a', 'an', 'this', 'that', 'these', 'those']);

function isUrlish(token: string): boolean {
  return /:\/\/|www\.|@/.test(token);
}

/** The whitespace-free token of `line` that contains position `at`. */
function tokenAt(line: string, at: number): string {
  const start = line.lastIndexOf(' ', at - 1) + 1;
  const end = line.indexOf(' ', at);
  return line.slice(start, end === -1 ? line.length : end);
}

/** The run of letters around position `at` of `line` (`AngloGold` in `and AngloGold proposed`). */
function letterRunAt(line: string, at: number): string {
  const left = /\p{L}*$/u.exec(line.slice(0, at))![0];
  const right = /^\p{L}*/u.exec(line.slice(at))![0];
  return left + right;
}

/** How often each run of letters occurs in `text`: `splitGluedHeadings` keeps a word written more than once whole. */
export function letterRuns(text: string): Map<string, number> {
  const runs = new Map<string, number>();
  for (const m of text.matchAll(/\p{L}+/gu)) runs.set(m[0], (runs.get(m[0]) ?? 0) + 1);
  return runs;
}

/** `sectors.Only`, `2024.Destination`, `YoY).Primary`, `investment."The` → a space after the stop. */
export function splitGluedSentences(line: string): string {
  return line.replace(/([a-z]{2}|\d{2}|\))([.!?]["”’]?)(?=["“]?[A-Z][a-z])/g, (whole, _left: string, _stop: string, offset: number) =>
    isUrlish(tokenAt(line, offset)) ? whole : `${whole} `,
  );
}

/** True when every word is capitalised, a number, or a small word: `Export Restrictions Escalate`. */
function isTitleCaseRun(words: string[]): boolean {
  if (words.length < 2 || words.length > 20) return false;
  if (!/^[A-Z0-9]/.test(words[0] ?? '')) return false;
  return words.every((w) => /^[A-Z0-9“"(]/.test(w) || SMALL_WORDS.has(w.toLowerCase()));
}

/**
 * Puts a heading glued to the next block on its own line. At a lower→upper boundary inside a word
 * (`EscalateChina’s`), the split is made only when (1) the fragment on the left is a real word
 * ending (`Escalate`, `EVs`; never a two-letter stem like `Re` of `ReElement` or `Nd` of `NdFeB`),
 * (2) the words from the line's start or the last full stop up to the boundary form a title-case
 * heading of two or more words, and (3) what follows reads as a block, not a brand's second half:
 * a lower-case content word within its first twelve words, a `Label:` within four, or a heading that sat
 * mid-line after a full stop. Returns the line with `\n` inserted. A word the article writes
 * whole elsewhere (`writtenElsewhere`: `AngloGold`, named before as `AngloGold Ashanti plc`) is a
 * word, not a heading glued to its block: a glued heading's run of letters happens once.
 */
export function splitGluedHeadings(line: string, writtenElsewhere: (word: string) => boolean = () => false): string {
  const boundary = /(?<=[a-z])(?=[A-Z])/g;
  const cuts: number[] = [];
  for (const m of line.matchAll(boundary)) {
    const at = m.index;
    if (writtenElsewhere(letterRunAt(line, at))) continue;
    const wordStart = Math.max(line.lastIndexOf(' ', at - 1) + 1, 0);
    const left = line.slice(wordStart, at);
    if (!/^[“"(]?(?:[A-Z]?[a-z]{3,}|[A-Z][a-z]{2}|[A-Z]{2,}s)$/.test(left)) continue;
    // A fragment of three letters is a word's only when it is one (`Tax`, `War`): `Nio` of `NioCorp`,
    // `Vin` of `VinFast` open a brand.
    if (/^[“"(]?[A-Z][a-z]{2}$/.test(left) && !isCommonWord(left.replace(/^[“"(]/, ''))) continue;
    if (isUrlish(tokenAt(line, at))) continue;
    const before = line.slice(0, at);
    const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '));
    const segStart = stop === -1 ? 0 : stop + 2;
    const heading = line.slice(segStart, at).trim();
    if (/[.,;:!?]/.test(heading.replace(/\b[A-Z]\./g, ''))) continue;
    const headingWords = heading.split(/\s+/);
    if (!isTitleCaseRun(headingWords)) continue;
    // A determiner opening the run is a sentence's first word, not a heading's: `Its BlueOval Battery
    // Park` is a brand after `Its`, so the run needs two more capitalised words (`The Road Ahead`).
    if (DETERMINERS.has(headingWords[0]!.replace(/^[“"(]/, '').toLowerCase()) && headingWords.length < 3) continue;
    const rest = line.slice(at);
    // A lone capital then punctuation or the end is the last letter of a word (`GmbH,`), never a block;
    // nor is the `H` of a German company's `GmbH` before the next word (`HyProMag GmbH is building`).
    if (/^[A-Z](?![\p{L}\s])/u.test(rest)) continue;
    if (/(?:^|[^\p{L}])g?Gmb$/u.test(line.slice(Math.max(0, at - 5), at)) && /^H(?![\p{L}])/u.test(rest)) continue;
    // An acronym on the right (`DivergenceUS:`) only as a label: `OpenAI` must survive.
    const acronym = /^[A-Z]{2,}(?![\p{L}])/u.exec(rest);
    if (acronym && rest[acronym[0].length] !== ':') continue;
    const restWords = rest.split(/\s+/);
    const readsAsBlock =
      restWords.slice(0, 12).some((w) => /^[a-z]{2,}/.test(w) && !SMALL_WORDS.has(w.replace(/\W+$/, ''))) ||
      restWords.slice(0, 4).some((w) => w.endsWith(':')) ||
      stop !== -1;
    if (!readsAsBlock) continue;
    if (stop !== -1) cuts.push(segStart);
    cuts.push(at);
  }
  if (cuts.length === 0) return line;
  let out = '';
  let last = 0;
  for (const cut of cuts) {
    out += `${line.slice(last, cut).trimEnd()}\n`;
    last = cut;
  }
  return out + line.slice(last);
}

/**
 * `IV.Kazakhstan: …` → `IV. Kazakhstan: …` (a section numeral glued to its heading). Only a well-formed
 * numeral (up to CCCXC), and never before an exchange code: `ICL.TA`, `CLI.L` are tickers.
 */
export function splitRomanNumeral(line: string): string {
  return line.replace(/^((?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))\.(?=[A-Z])(?![A-Z]{1,4}(?![\p{L}\p{N}]))/u, '$1. ');
}

/** Spaces between Latin letters/digits and CJK, so `earth新材料` does not glue `earth` to the CJK. */
export function spaceCjk(line: string): string {
  return line.replace(/([A-Za-z0-9])(?=[\u3400-\u9FFF\uF900-\uFAFF])/g, '$1 ').replace(/([\u3400-\u9FFF\uF900-\uFAFF])(?=[A-Za-z0-9])/g, '$1 ');
}

/** A token that lost its spaces: long, not a URL, with several word boundaries inside. */
function isSpacelessRun(token: string): boolean {
  if (token.length < 30 || isUrlish(token)) return false;
  const joins = token.match(/[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]|[,;][A-Za-z]/g);
  return (joins?.length ?? 0) >= 3;
}

/**
 * Restores spaces in a run a math renderer swallowed (`∗InSeptember2024,theU.S.Departmentof…`):
 * case and digit boundaries, punctuation, brackets and quotes, and a trailing `of`/`the` on a longer
 * stem (`Departmentof`, `launchedthe`). Only used inside runs `isSpacelessRun` accepts.
 */
function respaceRun(token: string): string {
  let t = token.replace(/(?<=\p{L})\u2212(?=\p{L})/gu, '-');
  t = t
    .replace(/([a-z])(?=[A-Z])/g, '$1 ')
    .replace(/([A-Za-z])(?=\d)|(\d)(?=[A-Za-z])/g, '$1$2 ')
    .replace(/([,;:])(?=[A-Za-z“(])/g, '$1 ')
    .replace(/\b([A-Z]\.)(?=[A-Z][a-z])/g, '$1 ')
    .replace(/([A-Za-z])(?=\()/g, '$1 ')
    .replace(/\)(?=[A-Za-z])/g, ') ');
  let quotes = 0;
  t = t.replace(/"/g, (q, offset: number, all: string) => {
    quotes++;
    const opening = quotes % 2 === 1;
    if (opening && offset > 0 && all[offset - 1] !== ' ') return ` ${q}`;
    if (!opening && /[A-Za-z]/.test(all[offset + 1] ?? '')) return `${q} `;
    return q;
  });
  return t.replace(/\b([A-Za-z]{4,}?)(of|the)\b/g, (whole, stem: string, fn: string) =>
    /^[a-z]+$/.test(stem) || /^[A-Z][a-z]+$/.test(stem) ? `${stem} ${fn}` : whole,
  );
}

/** Repairs every spaceless run in a line (see `respaceRun`). */
export function repairSpacelessRuns(line: string): string {
  return line
    .split(' ')
    .map((token) => (isSpacelessRun(token) ? respaceRun(token) : token))
    .join(' ');
}
