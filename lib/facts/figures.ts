/**
 * Reads the figures a sentence states: money with its currency and scale, masses (in tonnes),
 * capacities per year, percentages, prices per unit and job counts. A number is a figure only when
 * something around it says what it counts, so years (`2028`), days (`December 3`), stock codes
 * (`300224.SZ`), grades (`N52SH`) and bare counts (`25 projects`) are left alone; the exception
 * is a scaled bare number (`38 million`), kept with unit `` because its scale is itself a claim.
 */
import type { Figure } from './schema';
import {
  ANNUAL_CONTEXT,
  CURRENCY_PREFIX,
  CURRENCY_WORD,
  JOBS,
  MASS,
  PER_UNIT,
  PER_YEAR,
  PER_YEAR_LATER,
  PERCENT,
  SCALE,
  SCALE_FACTORS,
  massUnit,
  perUnitCode,
  prefixCurrency,
  wordCurrency,
} from './figure-units';

/** A number not glued to a word or to another number: `1,916.5`, `.5` is not read (too rare). */
const NUMBER = /(?<![\w,]|\d\.)(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/g;
const RANGE_END = /^\s?[-–—]\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/;

function toNumber(int: string, frac: string | undefined): number {
  return Number(int.replace(/,/g, '') + (frac ?? ''));
}

/** Exact decimal scaling: 72.8 × 10⁹ must be 72800000000, not 72799999999.99999. */
function scaled(value: number, factor: number): number {
  return Number((value * factor).toPrecision(15));
}

/** The clause (up to `;` or `,`) after position `at`. */
function clauseAfter(sentence: string, at: number): string {
  return sentence.slice(at).split(/[;,]/)[0] ?? '';
}

/** Spans where masses count per year: from `annual … capacity|production|output` to the next `;`. */
function annualSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of sentence.matchAll(ANNUAL_CONTEXT)) {
    const semi = sentence.indexOf(';', m.index);
    spans.push([m.index, semi === -1 ? sentence.length : semi]);
  }
  return spans;
}

/** Reads one figure whose number starts at `at`; undefined when nothing says what it counts. */
function readFigure(sentence: string, m: RegExpExecArray, annual: [number, number][]): { figure: Figure; end: number } | undefined {
  const at = m.index;
  let value = toNumber(m[1] ?? '0', m[2]);
  let pos = at + m[0].length;
  const prefix = CURRENCY_PREFIX.exec(sentence.slice(Math.max(0, at - 6), at));
  let currency = prefix ? prefixCurrency(prefix[0]) : undefined;
  const start = prefix ? at - prefix[0].length : at;

  let max: number | undefined;
  const range = RANGE_END.exec(sentence.slice(pos));
  const afterRange = range ? sentence.slice(pos + range[0].length) : '';
  if (range && (currency || SCALE.test(afterRange) || PERCENT.test(afterRange) || MASS.test(afterRange))) {
    max = toNumber(range[1] ?? '0', range[2]);
    pos += range[0].length;
  }
  const scale = SCALE.exec(sentence.slice(pos));
  const scaleWord = scale ? (scale[1] ?? scale[2] ?? '').toLowerCase() : '';
  // `5m`, `3b`, `50k` only mean a scale on a money amount; `5 m` is more likely metres.
  if (scale && (scale[1] || currency)) {
    const factor = SCALE_FACTORS[scaleWord] ?? 1;
    value = scaled(value, factor);
    if (max !== undefined) max = scaled(max, factor);
    pos += scale[0].length;
  }
  const rest = sentence.slice(pos);
  let unit: string | undefined;
  let u: RegExpExecArray | null;
  if (!currency && (u = CURRENCY_WORD.exec(rest))) {
    currency = wordCurrency(u[1] ?? '');
    pos += u[0].length;
  }
  if (currency) {
    unit = currency;
    const per = PER_UNIT.exec(sentence.slice(pos));
    if (per) {
      unit = `${currency}/${perUnitCode(per[1] ?? '')}`;
      pos += per[0].length;
    }
  } else if ((u = PERCENT.exec(rest))) {
    unit = '%';
    pos += u[0].length;
  } else if ((u = MASS.exec(rest))) {
    const mass = massUnit(u[1] ?? 't');
    value = scaled(value, mass.factor);
    if (max !== undefined) max = scaled(max, mass.factor);
    pos += u[0].length;
    const perYear = PER_YEAR.exec(sentence.slice(pos));
    if (perYear) pos += perYear[0].length;
    const yearly = mass.perYear || perYear || PER_YEAR_LATER.test(clauseAfter(sentence, pos)) || annual.some(([s, e]) => at > s && at < e);
    unit = yearly ? 't/yr' : 't';
  } else if ((u = JOBS.exec(rest))) {
    unit = 'jobs';
    pos += u[0].length;
  } else if (scale?.[1]) {
    unit = '';
  }
  if (unit === undefined) return undefined;
  const text = sentence.slice(start, pos).trimEnd();
  return { figure: { text, value, unit, ...(max !== undefined ? { max } : {}), start }, end: pos };
}

/**
 * The figures stated in `sentence`, in order, each with its verbatim `text`, scaled `value`,
 * `unit` (see `FigureSchema`), `max` for a range (`85–90%` → 85, max 90: a midpoint would be a
 * number the text never says) and `start` within the sentence. Never throws.
 */
export function parseFigures(sentence: string): Figure[] {
  try {
    const text = String(sentence);
    const annual = annualSpans(text);
    const figures: Figure[] = [];
    let consumed = 0;
    for (const m of text.matchAll(NUMBER)) {
      if (m.index < consumed) continue;
      const read = readFigure(text, m, annual);
      if (!read) continue;
      figures.push(read.figure);
      consumed = read.end;
    }
    return figures;
  } catch {
    return [];
  }
}
