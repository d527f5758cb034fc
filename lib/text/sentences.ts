/**
 * Splits normalised text into sentences with exact offsets: headings (lines of their own) are
 * units that name the section of the sentences under them; other lines go through
 * `Intl.Segmenter`, whose known mistakes on abbreviations are then undone.
 */
import { isHeadingLine, sectionName } from './headings';

/** A sentence or heading: `text === source.slice(start, end)`, trimmed of surrounding whitespace. */
export interface SentenceUnit {
  start: number;
  end: number;
  text: string;
  /** The section: the nearest heading above this unit. */
  heading?: string;
  /** Set on heading lines themselves. */
  isHeading?: true;
}

/** Abbreviations that never end a sentence: a title, `No.`, `approx.`, `e.g.` (ICU splits after them). */
const ALWAYS_JOIN = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'lt',
  'col',
  'capt',
  'hon',
  'no',
  'nos',
  'approx',
  'vs',
  'e.g',
  'i.e',
  'cf',
  'fig',
  'figs',
  'est',
  'ca',
  'jan',
  'feb',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
]);
/** Abbreviations that may end a sentence (`…from Acme Ltd. Then…`), but usually do not. */
const USUALLY_JOIN = new Set(['ltd', 'inc', 'corp', 'co', 'bros', 'plc', 'llc', 'st', 'jr', 'sr', 'u.s', 'u.k', 'u.n', 'e.u', 'u.s.a']);
/** Words that start a new sentence after `U.S.` or `Ltd.`; any other capitalised word continues it. */
const SENTENCE_STARTERS = new Set(
  (
    'the a an this that these those it its he she they we i in on at but and however meanwhile also as after before while with ' +
    'for from according separately still yet there here such some many most other if when since despite although though under ' +
    'over by currently today now last next earlier later his her their our one two three both all each'
  ).split(' '),
);

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'sentence' }) : undefined;

/** Raw sentence boundaries of one line, as `[start, end)` pairs covering it. */
function rawSegments(line: string): [number, number][] {
  if (segmenter) return [...segmenter.segment(line)].map((s) => [s.index, s.index + s.segment.length]);
  // Fallback for engines without Intl.Segmenter: break after . ! ? (and a closing quote) before a space.
  const out: [number, number][] = [];
  let from = 0;
  for (const m of line.matchAll(/[.!?]["”’)]?\s+/g)) {
    out.push([from, m.index + m[0].length]);
    from = m.index + m[0].length;
  }
  if (from < line.length) out.push([from, line.length]);
  return out;
}

/** True when the boundary between `left` and `right` is one of the segmenter's known mistakes. */
function isFalseBoundary(left: string, right: string): boolean {
  if (!/\s$/.test(left)) return true; // inside a token: `300224.SZ`
  const next = right.trimStart();
  if (/^[\p{Ll},;:%)\]]/u.test(next)) return true;
  const token = /(?:^|[\s(“"])([\p{L}.]+)\.\s*$/u.exec(left)?.[1];
  if (token === undefined) return false;
  const key = token.toLowerCase();
  if (ALWAYS_JOIN.has(key)) return true;
  const nextWord = (/^["“(]?([\p{L}]+)/u.exec(next)?.[1] ?? '').toLowerCase();
  const usually = USUALLY_JOIN.has(key) || /^\p{Lu}$/u.test(token);
  return usually && nextWord !== '' && !SENTENCE_STARTERS.has(nextWord);
}

/** Sentences of one paragraph line, as offsets into the line. */
function splitLine(line: string): [number, number][] {
  const merged: [number, number][] = [];
  for (const seg of rawSegments(line)) {
    const prev = merged[merged.length - 1];
    if (prev && isFalseBoundary(line.slice(prev[0], prev[1]), line.slice(seg[0], seg[1]))) prev[1] = seg[1];
    else merged.push([seg[0], seg[1]]);
  }
  return merged;
}

/** Narrows `[start, end)` of `text` to exclude surrounding whitespace; undefined if nothing is left. */
function trimSpan(text: string, start: number, end: number): [number, number] | undefined {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.trimStart().length;
  const trail = slice.length - slice.trimEnd().length;
  return start + lead < end - trail ? [start + lead, end - trail] : undefined;
}

/**
 * Splits `text` into sentence units. Each line is a block: a heading line (see `isHeadingLine`)
 * is one unit and becomes the `heading` of the units after it; a paragraph line is split into
 * sentences. `text.slice(u.start, u.end) === u.text` always holds.
 */
export function splitSentences(text: string): SentenceUnit[] {
  const units: SentenceUnit[] = [];
  let heading: string | undefined;
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const span = trimSpan(text, lineStart, lineStart + line.length);
    lineStart += line.length + 1;
    if (!span) continue;
    const lineText = text.slice(span[0], span[1]);
    if (isHeadingLine(lineText)) {
      units.push({ start: span[0], end: span[1], text: lineText, ...(heading ? { heading } : {}), isHeading: true });
      heading = sectionName(lineText);
      continue;
    }
    for (const [s, e] of splitLine(lineText)) {
      const sentence = trimSpan(text, span[0] + s, span[0] + e);
      if (!sentence) continue;
      units.push({ start: sentence[0], end: sentence[1], text: text.slice(sentence[0], sentence[1]), ...(heading ? { heading } : {}) });
    }
  }
  return units;
}
