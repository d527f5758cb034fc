/**
 * The words and symbols around a number that make it a figure: currencies, scale words, mass
 * units, percentages, per-unit prices and per-year rates. Kept apart from the parser so the
 * tables can grow without touching its logic.
 */

/** Currency written before the number. `¥` is read as CNY: this news is mostly about China's market. */
export const CURRENCY_PREFIX =
  /(?:(?<![A-Za-z])(US|U\.S\.|C|CA|A|AU|R|HK|S|NZ|NT)?\$|(JP)?¥|€|£|₹|₩|(?<![A-Za-z])(?:Rs\.?|INR|RMB|CNY|USD|EUR|GBP|JPY|CAD|AUD|BRL|KRW)(?=[\s\d.]))\s?$/;

const PREFIX_CODES: Record<string, string> = {
  $: 'USD',
  US$: 'USD',
  'U.S.$': 'USD',
  C$: 'CAD',
  CA$: 'CAD',
  A$: 'AUD',
  AU$: 'AUD',
  R$: 'BRL',
  HK$: 'HKD',
  S$: 'SGD',
  NZ$: 'NZD',
  NT$: 'TWD',
  '¥': 'CNY',
  'JP¥': 'JPY',
  '€': 'EUR',
  '£': 'GBP',
  '₹': 'INR',
  '₩': 'KRW',
  Rs: 'INR',
  'Rs.': 'INR',
  INR: 'INR',
  RMB: 'CNY',
  CNY: 'CNY',
  USD: 'USD',
  EUR: 'EUR',
  GBP: 'GBP',
  JPY: 'JPY',
  CAD: 'CAD',
  AUD: 'AUD',
  BRL: 'BRL',
  KRW: 'KRW',
};

/** The ISO code of a currency prefix as matched by `CURRENCY_PREFIX`. */
export function prefixCurrency(prefix: string): string | undefined {
  return PREFIX_CODES[prefix.trim()];
}

/** Scale words after the number. `m`, `k` and `b` only when glued to a money amount (`$5m`). */
export const SCALE = /^(?:\s?(thousand|million|billion|trillion|bn|mn|crore|lakh)\b|(m|bn|k|b)\b)/i;
export const SCALE_FACTORS: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
  crore: 1e7,
  lakh: 1e5,
};

/** Currency written after the number (`72.8 billion rupee`, `6.4 billion yuan`). */
export const CURRENCY_WORD =
  /^\s?(rupees?|yuan|renminbi|yen|(?:US |U\.S\. |Canadian |Australian )?dollars?|euros?|pounds sterling|won|reais|real|USD|EUR|CNY|RMB|INR|JPY|CAD|AUD|BRL|GBP)\b/i;

/** The ISO code of a currency word as matched by `CURRENCY_WORD`. */
export function wordCurrency(word: string): string {
  const w = word.trim().toLowerCase();
  if (/^rupee/.test(w) || w === 'inr') return 'INR';
  if (/^(yuan|renminbi|cny|rmb)$/.test(w)) return 'CNY';
  if (/^(yen|jpy)$/.test(w)) return 'JPY';
  if (/^canadian|^cad$/.test(w)) return 'CAD';
  if (/^australian|^aud$/.test(w)) return 'AUD';
  if (/^euro|^eur$/.test(w)) return 'EUR';
  if (/^pounds|^gbp$/.test(w)) return 'GBP';
  if (/^won$/.test(w)) return 'KRW';
  if (/^(reais|real|brl)$/.test(w)) return 'BRL';
  return 'USD';
}

/** Mass units; `mt` is the metric ton in this trade's usage (SMM), `Mt` a million tonnes. */
export const MASS = /^\s?(metric\s+tons?|metric\s+tonnes?|tonnes?|tons?|mt|Mt|kt|t|tpa|tpy)\b/;

/** Tonnes in one of the unit, and whether the unit is already per year. */
export function massUnit(unit: string): { factor: number; perYear: boolean } {
  if (unit === 'Mt') return { factor: 1e6, perYear: false };
  if (unit === 'kt') return { factor: 1e3, perYear: false };
  return { factor: 1, perYear: unit === 'tpa' || unit === 'tpy' };
}

export const PERCENT = /^\s?(%|per\s?cent\b|pct\b)/i;
export const JOBS = /^(\+)?\s?(?:new\s+|direct\s+|permanent\s+)?jobs\b/i;
/** `per pound`, `/ton`, `a tonne`: a price per unit. */
export const PER_UNIT = /^\s?(?:\/\s?|per\s+|a\s+)(pound|lb|ton|tonne|t|mt|kg|kilogram|ounce|oz|barrel|bbl|share|MWh|kWh)\b/i;

/** The unit code of a price's denominator (`pound` → `lb`, `tonne` → `t`). */
export function perUnitCode(word: string): string {
  const w = word.toLowerCase();
  if (w === 'pound' || w === 'lb') return 'lb';
  if (['ton', 'tonne', 't', 'mt'].includes(w)) return 't';
  if (w === 'kilogram' || w === 'kg') return 'kg';
  if (w === 'ounce' || w === 'oz') return 'oz';
  if (w === 'barrel' || w === 'bbl') return 'bbl';
  return w;
}

/** Right after a mass: `per year`, `/yr`, `a year`, `annually`. */
export const PER_YEAR = /^\s?(?:\/\s?(?:yr|year|a|annum)\b|per\s+(?:year|annum)\b|a\s+year\b|annually\b|each\s+year\b|every\s+year\b)/i;
/** Later in the same clause: `119 mt of dysprosium and 17.8 mt of terbium annually`. */
export const PER_YEAR_LATER = /\b(?:annually|per\s+year|a\s+year|per\s+annum|each\s+year)\b/i;
/** Opens an annual context that runs to the end of the clause: `an annual production capacity of`. */
export const ANNUAL_CONTEXT = /\bannual\s+(?:[\w-]+\s+){0,2}?(?:capacity|production|output)\b/gi;
