/**
 * Claims in words (issue 12): a claim's value (`6th largest`, `16.1 million t`, `3 Dec 2025
 * (planned)`) and what a measure is (`world rank in rare earth reserves`), for the CLI's JSON and
 * the card and timeline.
 */
import type { Claim } from './schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function ordinalWord(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${s}`;
}

function formatNumber(n: number): string {
  if (n >= 1e9) return `${Number((n / 1e9).toPrecision(4))} billion`;
  if (n >= 1e6) return `${Number((n / 1e6).toPrecision(4))} million`;
  return n.toLocaleString('en');
}

function formatDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (d) return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
  if (m) return `${MONTHS[Number(m) - 1]} ${y}`;
  return y ?? value;
}

/** A claim's value in words. */
export function formatClaimValue(c: Claim): string {
  if (c.date) return `${formatDate(c.date.value)}${c.date.planned ? ' (planned)' : ''}`;
  if (c.value === undefined) return c.text;
  if (c.unit === 'rank') return c.value === 1 ? 'largest' : `${ordinalWord(c.value)} largest`;
  if (c.unit === 't' || c.unit === 't/yr') return `${c.approximate ? 'about ' : ''}${formatNumber(c.value)} ${c.unit === 't' ? 't' : 't a year'}`;
  const range = c.max !== undefined ? `${formatNumber(c.value)}–${formatNumber(c.max)}` : formatNumber(c.value);
  if (c.unit === '%') return `${range}%`;
  if (c.unit && /^[A-Z]{3}/.test(c.unit)) return `${range} ${c.unit}`;
  return `${c.approximate ? 'about ' : ''}${range}${c.unit ? ` ${c.unit}` : ''}`;
}

/** `reserves-rank:rare earth` → `world rank in rare earth reserves`. */
export function measureWords(measure: string): string {
  const [base = '', qualifier] = measure.split(':');
  switch (base) {
    case 'reserves':
      return `${qualifier ? `${qualifier} ` : ''}reserves`;
    case 'reserves-rank':
      return `world rank in ${qualifier ? `${qualifier} ` : ''}reserves`;
    case 'share':
      return `share: ${qualifier ?? ''}`;
    case 'money':
      return `amount of the ${qualifier ?? 'deal'}`;
    case 'date': {
      // `date:announce plan` → `when the plan was announced`
      const [verb = '', noun = 'event'] = (qualifier ?? '').split(' ');
      const done = ({ announce: 'announced', sign: 'signed', adopt: 'passed' } as Record<string, string>)[verb] ?? verb;
      return `when the ${noun} was ${done}`;
    }
    default:
      return base.replace('-', ' ');
  }
}
