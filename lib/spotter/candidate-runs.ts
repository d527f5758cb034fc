/**
 * Runs of capitalised words in article prose: the raw material of the candidate finder
 * (candidates.ts). A run is what a reader takes for one name: capitalised words joined by single
 * spaces (`Arafura Rare Earths`), by a name's own small words (`Bank of America`, `Mining and
 * Minerals Regulatory Authority`) or after an initial (`Jane Q. Doe`). Headings, bylines, photo
 * credits, contact lines and a paragraph's dateline are not prose and give no runs. Pure.
 */
import { splitSentences } from '../text/sentences';
import { isCommonWord } from '../text/common-words';
import { CONNECTORS, finderPatterns, kindOfHead } from './candidate-words';
import { SUFFIXES } from './legal-suffix';

/** One word of a run, with its offsets in the article text. */
export interface RunToken {
  text: string;
  start: number;
  end: number;
}

/** A run of capitalised words in one sentence. */
export interface NameRun {
  tokens: RunToken[];
  start: number;
  end: number;
  /** The run opens its sentence (after any quote or bracket): its first word may just be capitalised prose. */
  initial: boolean;
  /** The sentence it is in (the quote a suggestion shows), and where that sentence starts. */
  sentence: string;
  sentenceStart: number;
}

// Dotted abbreviations stay one token (`U.S`, `S.A`): their inner capitals are no initials.
const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'’&-]|\.(?=[\p{L}\p{N}]))*/gu;
// A French elided article or preposition before a capital goes on a name: `Congolaise d'Exploitation Minière`, `Côte d'Ivoire`;
// so does an Arabic article joined to it by a hyphen: `Khalid Battal al-Najm`, `the al-Qaim plant`.
const CAPITALISED = /^(?:[dl]['’]|(?:al|el|ad|as|ash|at|az|an|ar|ud|ul)-)?\p{Lu}/u;
// Abbreviations a name goes on after (`St. Louis`, `Sen. Jane Doe`): their period ends no name.
const ABBREVIATED = new Set(['St', 'Mt', 'Ft', 'Jr', 'Sr', 'Sen', 'Rep', 'Gov', 'Dr', 'Mr', 'Mrs', 'Ms', 'Prof', 'Gen', 'Lt', 'Col', 'Capt', 'Hon', 'Smt']);

/** The one-word legal suffixes, without their dots (`GmbH`, `Ltd`, `AG`). */
const SUFFIX_WORDS = new Set(SUFFIXES.filter((x) => !/[\s,]/.test(x)).map((x) => x.replace(/\./g, '')));

/**
 * A brand written all in lower case (`thyssenkrupp`): letters only, no English word and no word
 * of a common English ending (`state miner PT Timah Tbk`: the shipped word list is short). It opens
 * a run only when that run ends in a legal suffix (`thyssenkrupp Materials Services GmbH`).
 */
const isStyledLower = (t: string): boolean => /^\p{Ll}{4,}$/u.test(t) && !isCommonWord(t) && !/(?:er|or|ing|ed|ion|ist|ment|ity|al|ic|ive|ous|ly|s)$/.test(t);

/** Whether a token can be part of a name: capitalised, with a letter; a lone capital is an initial. */
export const isCapitalised = (t: string): boolean => CAPITALISED.test(t);

/**
 * A capitalised compound adjective that opens a sentence or follows a name (`State-controlled PT
 * Timah Tbk`, `Toronto-based Dundee`, `Chinese-owned`, `Government-run`, `a Soviet-era deposit`,
 * `Western-style`): its last part is a lower-case participle or a word of time, kind or size,
 * which no name ends in, so it is prose, not a word of the name.
 */
const isCompoundAdjective = (t: string): boolean =>
  /^\p{Lu}[\p{L}\p{M}.'’]*(?:-[\p{L}\p{M}]+)*-(?:\p{Ll}+(?:ed|run|wide|born|made)|era|style|type|scale|level|class|size|grade)$/u.test(t);

/** The token without a trailing possessive or apostrophe (`Motors’` → `Motors`, `Doe's` → `Doe`). */
function trimPossessive(t: RunToken): RunToken {
  const m = /(?:['’]s|['’])$/u.exec(t.text);
  return m ? { text: t.text.slice(0, -m[0].length), start: t.start, end: t.end - m[0].length } : t;
}

/** The spans of a sentence that are not prose: a credit in brackets, a leading dateline. */
function blanked(sentence: string, paragraphStart: boolean): string {
  const { creditGroup, dateline } = finderPatterns();
  let s = sentence.replace(creditGroup, (g) => ' '.repeat(g.length));
  if (paragraphStart) {
    const d = dateline.exec(s);
    // A dateline opens with a place in capitals (`SYDNEY`) or ends with a dash after a bracket or date.
    if (d && (/^\s*\p{Lu}{2,}/u.test(d[0]) || /\)\s*(?:--|[-\u2013\u2014])/u.test(d[0]))) s = ' '.repeat(d[0].length) + s.slice(d[0].length);
  }
  return s;
}

/** A public body's or an organisation's head word (`Ministry`, `Department`, `Council`), before which `and the` starts another body. */
function bodyHead(word: string): boolean {
  const kind = kindOfHead(word);
  return kind === 'government' || kind === 'organisation';
}

/** Bodies named for their portfolios, which a name may list with commas (`Ministry of Trade, Industry and Fisheries`, `Directorate General of Energy, Hydrocarbons and Mines`). */
const PORTFOLIO_HEADS = new Set(['Ministry', 'Department', 'Secretariat', 'Directorate']);

/**
 * Portfolios that the list of everyday English words lacks (`Department of Jobs, Tourism, Science
 * and Innovation`, `Ministry of Agriculture, Forestry and Fisheries`, `Department of Mines,
 * Petroleum and Exploration`).
 */
const PORTFOLIO_WORDS = new Set(
  'Tourism Petroleum Fisheries Forestry Agriculture Livestock Hydrocarbons Telecommunications Aviation Minerals Mineral Metallurgy Biodiversity Aboriginal Indigenous Aquaculture Wildlife Commerce Labour Labor Cooperatives Sustainability Decarbonisation Decarbonization Petrochemicals Sanitation Irrigation Maritime Veterans Defence Treasury Entrepreneurship Handicrafts Textiles Biotechnology Municipal'.split(
    ' ',
  ),
);

/**
 * Whether the comma before token `i` goes on a body's list of portfolios: the run so far is
 * `Ministry of …`, and from `i` on come capitalised English words (`Industry`, `Energy`), joined
 * by single spaces or `, `, up to `and` and a last capitalised word (`Fisheries`). A name among
 * them (`Halvard Kestrin`) ends it.
 */
function portfolioComma(cur: readonly RunToken[], tokens: readonly RunToken[], i: number, prose: string, start: number): boolean {
  // `The Ministry of …` opening a sentence; a state's or a province's name before the body
  // (`Nebraska Department of Water, Energy, and Environment`).
  let h = cur[0]?.text === 'The' ? 1 : 0;
  if (!PORTFOLIO_HEADS.has(cur[h]?.text ?? '') && isCapitalised(cur[h]?.text ?? '') && PORTFOLIO_HEADS.has(cur[h + 1]?.text ?? '')) h++;
  // `Directorate General of …`: the head's rank before `of`.
  const rank = cur[h + 1]?.text === 'General' ? 1 : 0;
  if (cur.length < h + rank + 3 || !PORTFOLIO_HEADS.has(cur[h]!.text) || cur[h + rank + 1]!.text !== 'of') return false;
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j]!;
    const gap = j > i ? prose.slice(tokens[j - 1]!.end - start, t.start - start) : ', ';
    if (gap !== ' ' && gap !== ', ') return false;
    if (t.text === 'and' || t.text === 'the') {
      // A serial comma before `and` only after a portfolio of the list (`Water, Energy, and Environment`):
      // one past this comma, or one before it that a comma already joined.
      const listed = prose.slice(cur[h + rank + 2]!.start - start, cur[cur.length - 1]!.end - start).includes(', ');
      if (t.text === 'the' || (gap !== ' ' && j === i && !listed)) continue;
      const last = tokens[j + 1];
      return (
        last !== undefined &&
        prose.slice(t.end - start, last.start - start) === ' ' &&
        isCapitalised(last.text) &&
        (gap === ' ' || isCommonWord(last.text) || PORTFOLIO_WORDS.has(last.text))
      );
    }
    if (!isCapitalised(t.text) || !(isCommonWord(t.text) || PORTFOLIO_WORDS.has(t.text))) return false;
  }
  return false;
}

/** Splits one sentence into runs. */
function sentenceRuns(text: string, start: number, paragraphStart: boolean, sentence: string): NameRun[] {
  const prose = blanked(text, paragraphStart);
  const tokens: RunToken[] = [];
  for (const m of prose.matchAll(TOKEN)) tokens.push({ text: m[0], start: start + m.index, end: start + m.index + m[0].length });
  const out: NameRun[] = [];
  let cur: RunToken[] = [];
  let pending: RunToken[] = []; // connectors waiting for a capitalised word after them
  const firstWord = tokens[0];
  const close = () => {
    // A lower-case brand stays on the run only when a legal suffix ends it.
    if (cur.length && !isCapitalised(cur[0]!.text) && !SUFFIX_WORDS.has(cur[cur.length - 1]!.text.replace(/\./g, ''))) cur.shift();
    if (cur.length) {
      const last = trimPossessive(cur[cur.length - 1]!);
      const toks = last.text ? [...cur.slice(0, -1), last] : cur.slice(0, -1);
      // A leading `The` is the sentence's, not the name's (`The Nebraska Department of …`), as the
      // scanner leaves it out of a known name's mark.
      if (toks.length > 1 && toks[0]!.text === 'The') toks.shift();
      if (toks.length) {
        const initial = toks[0] === firstWord && /^[\s"“”'‘’([]*$/u.test(text.slice(0, toks[0]!.start - start));
        out.push({ tokens: toks, start: toks[0]!.start, end: toks[toks.length - 1]!.end, initial, sentence, sentenceStart: start });
      }
    }
    cur = [];
    pending = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = pending[pending.length - 1] ?? cur[cur.length - 1];
    const gap = prev ? prose.slice(prev.end - start, t.start - start) : '';
    const joined =
      prev !== undefined &&
      (gap === ' ' ||
        (gap === '. ' && (/^\p{Lu}$/u.test(prev.text) || ABBREVIATED.has(prev.text))) ||
        // `Appia Rare Earths & Uranium Corp.`: an ampersand standing alone joins two capitalised words.
        (gap === ' & ' && !pending.length && isCapitalised(t.text)) ||
        (gap === ', ' && !pending.length && portfolioComma(cur, tokens, i, prose, start)));
    // A name ends at a possessive: `Kestrel Motors’ plant`.
    const endsHere = prev !== undefined && /['’]s?$/u.test(prev.text) && cur.length > 0;
    if (isCapitalised(t.text) && !isCompoundAdjective(t.text)) {
      // `the Ministry of Minerals and Energy and the Department of Mines`: `and the` before a body's
      // head starts another body.
      if (!joined || endsHere || (pending.length === 2 && pending[0]!.text === 'and' && pending[1]!.text === 'the' && bodyHead(t.text))) close();
      cur.push(...pending, t);
      pending = [];
    } else if (cur.length && joined && !endsHere && CONNECTORS.has(t.text.toLowerCase())) {
      pending.push(t);
    } else {
      close();
      // `thyssenkrupp Materials Services GmbH`: a lower-case brand directly before a capitalised word.
      const next = tokens[i + 1];
      if (next && isStyledLower(t.text) && prose.slice(t.end - start, next.start - start) === ' ' && isCapitalised(next.text)) cur.push(t);
    }
  }
  close();
  return out;
}

/** The line that opens a release's contact block: `Investor and media contact:`, `Media enquiries`, `Contacts`, `For further information:`. */
const CONTACT_HEAD = /(?:(?:^|\s)(?:contacts?|enquiries|inquiries)|^\s*for\s+(?:further|more)\s+information(?:,?\s*(?:please\s+)?contact)?)\s*:?\s*$/i;

/**
 * What opens a contact line before the name on it: `For further information: `, `For more
 * information, please contact: `, `Media contact: `, `Investor Relations: `, `Contacts: `.
 */
export const CONTACT_LEAD =
  /^\s*(?:for\s+(?:further|more)\s+information(?:,?\s*(?:please\s+)?contact)?|(?:(?:investor|media|press)(?:\s+(?:and|&)\s+(?:investor|media|press))?\s+)?(?:contacts?|enquiries|inquiries|relations))\s*:\s*$/i;

/**
 * Whether the name at `start`…`end` is a contact's: right after a contact line's opening words, or
 * opening the line after a contact block's heading, and followed by a comma or the line's end
 * (`Jane Doe, Communications Manager`).
 */
export function contactAt(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  if (!/^\s*(?:,|$)/.test(text.slice(end, lineEnd < 0 ? text.length : lineEnd))) return false;
  const before = text.slice(lineStart, start);
  if (CONTACT_LEAD.test(before)) return true;
  return !before.trim() && CONTACT_HEAD.test(lineBefore(text, lineStart));
}

/** The line before the one that starts at `lineStart` (empty for the first line). */
function lineBefore(text: string, lineStart: number): string {
  return lineStart < 1 ? '' : text.slice(text.lastIndexOf('\n', Math.max(0, lineStart - 2)) + 1, lineStart - 1);
}

/** A byline: `By Jane Doe`, `By Jane Doe and John Roe` (names only, on a line of their own). */
export const BYLINE = /^By\s+\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|&|de|da|van|von|del|la))*\s*$/u;

/**
 * A wire's credit line: `(Reporting by Jane Doe; additional reporting by John Roe in Jakarta;
 * editing by Mary Major)`, `Writing by …`, also after the line's first sentence (`(Prices in US
 * dollars. Editing by Mary Major)`).
 */
export const CREDIT_LINE = /(?:^|[(;.]\s*)(?:(?:additional\s+)?reporting|writing|editing|compiled)\s+by\s+\p{Lu}/iu;

/**
 * Right after a byline's or a credit's `by`, or the `and` of several names: `By `, `Reporting by `,
 * `; editing by `, `By Jane Doe and `.
 */
export const CREDITED_BEFORE =
  /(?:^\s*|(?:^|[(;.]\s*)(?:(?:additional\s+)?reporting|writing|editing|compiled)\s+)by\s+(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}?(?:(?:and|&)\s+)?$/iu;

/** Every run of capitalised words in the prose of normalised article `text`. */
export function findNameRuns(text: string): NameRun[] {
  const out: NameRun[] = [];
  const { notProse } = finderPatterns();
  let lastEnd = 0;
  for (const s of splitSentences(text)) {
    const paragraphStart = lastEnd === 0 || text.slice(lastEnd, s.start).includes('\n');
    lastEnd = s.end;
    const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
    const line = text.slice(lineStart, text.indexOf('\n', s.start) < 0 ? text.length : text.indexOf('\n', s.start));
    const lead = /^[^:\n]{0,60}:\s*/.exec(line);
    const contactLine = lead !== null && CONTACT_LEAD.test(lead[0]);
    // A contact block's lines read like headings (`Jane Doe, Director, Investor Relations`) but name people.
    // So do a byline (`By Jane Doe`), a wire's credit line and a contact line.
    if (s.isHeading && !contactLine && !BYLINE.test(s.text) && !CREDIT_LINE.test(s.text) && !CONTACT_HEAD.test(lineBefore(text, lineStart))) continue;
    // A byline, a wire's credit line or a contact line is no prose, but the names it gives are people's:
    // what follows `By` (`By Jane Doe` is one run of capitals) or a credit's `by`, or a contact line's
    // opening words (`For further information: Jane Doe, Investor Relations`).
    const nameAt =
      BYLINE.test(s.text) || CREDIT_LINE.test(line)
        ? (tok: RunToken) => CREDITED_BEFORE.test(text.slice(lineStart, tok.start))
        : contactLine
          ? (tok: RunToken) => tok.start === lineStart + lead[0].length
          : undefined;
    if (nameAt) {
      for (const r of sentenceRuns(s.text, s.start, paragraphStart, s.text)) {
        const i = r.tokens.findIndex(nameAt);
        if (i < 0) continue;
        const tokens = r.tokens.slice(i);
        out.push({ ...r, tokens, start: tokens[0]!.start, initial: false });
      }
      continue;
    }
    if (notProse.test(line) || notProse.test(s.text)) continue;
    out.push(...sentenceRuns(s.text, s.start, paragraphStart, s.text));
  }
  return out;
}
