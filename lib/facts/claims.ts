/**
 * Reads the claims an event's words state (issue 12, "sources agree, sources disagree"): a value
 * about an entity and a measure. Only shapes whose holder and measure the words make plain are
 * read — precision before recall, since a false "Sources disagree" costs more trust than a missed
 * one:
 *
 * - reserves: `X's rare earth reserves are approximately 3.5 million mt`, `(reserves of 20 million mt`;
 * - a world rank in reserves: `ranking sixth globally`, `the world's second-largest rare earth reserves`;
 * - a share: `China's current 85-90% control of … refining capacity`, `94% of the resources are located in …`;
 * - a project's capacity; a price (`floor price of $110 per pound for neodymium`, `¥667,500/ton`);
 * - a deal's amount, by kind (`$80 million loan to ReElement`, `Apple's $500 million partnership`);
 * - the date of a named event: who did what to what (`the European Commission announced the … plan`).
 *
 * The holder is the entity the words attach the value to: the recipient after `to`, the owner
 * before `'s`, else the nearest fitting entity before the value (a person or a material never holds
 * reserves), else the event's own subject.
 */
import { eventDate } from './claim-event-dates';
import { ACTS, HOLDS_RESOURCES, kindOf, type ClaimSource, type QuoteMention } from './claim-source';
import type { Claim } from './schema';

export type { ClaimSource, QuoteMention };

const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

function ordinal(word: string): number | undefined {
  const w = word.toLowerCase();
  return ORDINALS[w] ?? (/^\d+(?:st|nd|rd|th)$/.test(w) ? Number.parseInt(w, 10) : undefined);
}

/** The holder: nearest fitting mention before `at` in the clause, else the first after it, else the event's first fitting entity. */
function holderNear(src: ClaimSource, at: number, fits: (id: string) => boolean, lo: number, hi: number): string | undefined {
  const inside = src.mentions.filter((m) => m.start >= lo && m.start < hi && fits(m.entityId));
  const before = inside.filter((m) => m.end <= at);
  // `the Halleck Creek project in Wyoming, reporting an ore reserve…`: the project, not its place.
  const thing = before.filter((m) => ['project', 'company'].includes(kindOf(m.entityId) ?? '')).pop();
  return thing?.entityId ?? before.pop()?.entityId ?? inside.find((m) => m.start >= at)?.entityId ?? src.entityIds.find(fits);
}

/** `rare earth` in `X's rare earth reserves`: the words before the noun that say what is measured. */
function qualifierBefore(text: string, at: number): string {
  const words = text
    .slice(Math.max(0, at - 30), at)
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .split(/\s+/)
    .filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0 && kept.length < 2; i--) {
    const w = words[i]!;
    if (
      !/^[a-z-]+$/.test(w) ||
      ['the', 'its', 'their', 'country', 'of', 'a', 'an', 'and', 'that', 'although', 'which', 'holds', 'with', 'largest', 'world'].includes(w) ||
      /-largest$/.test(w)
    )
      break;
    kept.unshift(w);
  }
  return kept.join(' ');
}

function reserves(src: ClaimSource, text: string, lo: number, hi: number, out: Claim[]): void {
  for (const m of text.matchAll(/\b(ore\s+)?reserves?\b/gi)) {
    const at = lo + m.index;
    const qualifier = m[1] ? 'ore' : qualifierBefore(src.quote, at);
    const measure = qualifier ? `reserves:${qualifier}` : 'reserves';
    // An amount: `reserves are/reach/of (approximately) N mt`.
    const link =
      /^\s*(?:are|is|reach(?:es)?|of|total(?:s|ling)?|stand\s+at|amount\s+to|at)\s+((?:approximately|about|around|roughly|nearly|some|an estimated)\s+)?/i.exec(
        src.quote.slice(at + m[0].length, hi),
      );
    const amount = link && src.figures.find((f) => f.start === at + m[0].length + link[0].length && f.unit === 't');
    const holder = holderNear(src, at, HOLDS_RESOURCES, lo, hi);
    if (amount && holder)
      out.push({
        measure,
        entityId: holder,
        value: amount.value,
        unit: 't',
        ...(link[1] ? { approximate: true } : {}),
        text: src.quote.slice(at, (amount.start ?? 0) + amount.text.length),
        start: at,
      });
    // A rank right after the amount: `…3.5 million mt, ranking sixth globally`, `(ranking third globally)`.
    const from = amount ? (amount.start ?? 0) + amount.text.length : -1;
    const rank = amount
      ? /^[\s,(]*rank(?:s|ed|ing)?\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:globally|worldwide|in\s+the\s+world)\b/i.exec(
          src.quote.slice(from, hi),
        )
      : null;
    if (rank && holder && qualifier !== 'ore') {
      const rankAt = from + rank[0].search(/rank/i);
      out.push({
        measure: `reserves-rank${qualifier ? `:${qualifier}` : ''}`,
        entityId: holder,
        value: ordinal(rank[1] ?? '') ?? 0,
        unit: 'rank',
        text: src.quote.slice(rankAt, from + rank[0].length),
        start: rankAt,
      });
    }
  }
  // `the world's second-largest rare earth reserves`
  for (const m of text.matchAll(
    /\bworld[’']s\s+(?:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[-\s])?largest\s+((?:[a-z]+\s+){0,2}?)reserves\b/gi,
  )) {
    const at = lo + m.index;
    const holder = holderNear(src, at, HOLDS_RESOURCES, lo, hi);
    const qualifier = (m[2] ?? '').trim().toLowerCase();
    if (holder)
      out.push({
        measure: `reserves-rank${qualifier ? `:${qualifier}` : ''}`,
        entityId: holder,
        value: m[1] ? (ordinal(m[1]) ?? 0) : 1,
        unit: 'rank',
        text: m[0],
        start: at,
      });
  }
}

const SHARE_PATTERNS: RegExp[] = [
  // `85-90% control of rare earth refining capacity`, `controlling 85–90% of refining capacity`
  /\b(?:control(?:s|led|ling)?|share|hold(?:s|ing)?|account(?:s|ed|ing)?\s+for)\s+(?:of\s+)?(?:about\s+|around\s+|nearly\s+|over\s+)?(PCT)\s+of\s+(?:the\s+)?(?:global\s+|world(?:[’']s)?\s+)?(?:rare\s+earths?\s+)?([a-z]+(?:\s+[a-z]+)?)/gi,
  /(PCT)\s+(?:control|share)\s+of\s+(?:the\s+)?(?:global\s+|world(?:[’']s)?\s+)?(?:rare\s+earths?\s+)?([a-z]+(?:\s+[a-z]+)?)/gi,
  // `94% of the resources are located in permanent forest reserves`
  /(PCT)\s+of\s+(?:the|its|their)\s+((?:resources|reserves|production|output|supply|capacity)\s+(?:are|is|were|was)\s+(?:located|produced|processed|mined|refined|exported)\s+(?:in|to|from|by)\s+[a-z]+(?:\s+[a-z]+){0,3})/gi,
];

function shares(src: ClaimSource, text: string, lo: number, hi: number, out: Claim[]): void {
  const pct = '\\d+(?:\\.\\d+)?(?:\\s?[-–]\\s?\\d+(?:\\.\\d+)?)?\\s?%';
  for (const pattern of SHARE_PATTERNS) {
    const re = new RegExp(pattern.source.replace('PCT', pct), pattern.flags);
    for (const m of text.matchAll(re)) {
      const pctAt = lo + m.index + m[0].indexOf(m[1] ?? '');
      const figure = src.figures.find((f) => f.unit === '%' && f.start === pctAt);
      const holder = holderNear(src, pctAt, HOLDS_RESOURCES, lo, hi);
      if (!figure || !holder) continue;
      const what = (m[2] ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
      out.push({
        measure: `share:${what}`,
        entityId: holder,
        value: figure.value,
        ...(figure.max !== undefined ? { max: figure.max } : {}),
        unit: '%',
        text: m[0],
        start: lo + m.index,
      });
    }
  }
}

const DEAL_KINDS: [RegExp, string][] = [
  [/^(?:loans?)\b/i, 'loan'],
  [/^(?:grants?)\b/i, 'grant'],
  [/^(?:partnerships?|agreements?|offtake(?:\s+agreements?)?|deals?|contracts?|mous?)\b/i, 'deal'],
  [/^(?:stakes?|equity)\b/i, 'stake'],
  [/^(?:funding|financing|support|investments?)\b/i, 'funding'],
];

/** `$620 million loan to …`, `Apple’s $500 million partnership`: amounts, by kind of deal. */
function money(src: ClaimSource, lo: number, hi: number, out: Claim[]): void {
  for (const f of src.figures) {
    const at = f.start ?? -1;
    if (at < lo || at >= hi || !/^[A-Z]{3}$/.test(f.unit)) continue;
    const after = src.quote.slice(at + f.text.length, hi);
    // The kind: a noun within a few words (`… million U.S. Department of Defense grant`, `in funding support`).
    const words =
      /^\s+(?:in\s+)?((?:[\w.’'-]+\s+){0,5}?)(loans?|grants?|partnerships?|agreements?|offtake(?:\s+agreements?)?|deals?|contracts?|stakes?|equity|funding|financing|support|investments?)\b/i.exec(
        after,
      );
    const kind = words && DEAL_KINDS.find(([re]) => re.test(words[2] ?? ''))?.[1];
    if (!kind || !words) continue;
    const end = at + f.text.length + words[0].length;
    const phraseMentions = new Set(src.mentions.filter((m) => m.start >= at && m.start < end).map((m) => m.entityId));
    // Recipient after `to`; owner before `'s`; else the event's first actor not named inside the phrase.
    // `loan to magnet producer Vulcan Elements`: the first entity within a few words after `to`.
    const to = /^\s+to\s+/i.exec(src.quote.slice(end, hi));
    const recipient = to ? src.mentions.find((m) => m.start >= end && m.start <= end + to[0].length + 40 && ACTS(m.entityId)) : undefined;
    const owner = src.mentions.find((m) => /^[’']s\s*$/.test(src.quote.slice(m.end, at)));
    const holder = recipient?.entityId ?? owner?.entityId ?? src.entityIds.find((id) => ACTS(id) && !phraseMentions.has(id));
    if (!holder) continue;
    out.push({ measure: `money:${kind}`, entityId: holder, value: f.value, unit: f.unit, text: src.quote.slice(at, end), start: at });
  }
}

/** `floor price of $110 per pound for neodymium`, `(current mix: ¥667,500/ton)`; and a project's capacity. */
function pricesAndCapacity(src: ClaimSource, lo: number, hi: number, out: Claim[]): void {
  for (const f of src.figures) {
    const at = f.start ?? -1;
    if (at < lo || at >= hi) continue;
    const before = src.quote.slice(Math.max(lo, at - 40), at).toLowerCase();
    if (/^[A-Z]{3}\//.test(f.unit)) {
      const measure = /floor\s+price\s+of\s*$/.test(before) ? 'floor-price' : 'price';
      const material = src.mentions.find((m) => kindOf(m.entityId) === 'material' && m.start >= lo && m.start < hi);
      if (material) out.push({ measure, entityId: material.entityId, value: f.value, unit: f.unit, text: f.text, start: at });
    } else if (f.unit === 't/yr' && /capacity\s+of\s*$/.test(before)) {
      const project = src.mentions.filter((m) => kindOf(m.entityId) === 'project' && m.end <= at && m.start >= lo).pop();
      if (project) out.push({ measure: 'capacity', entityId: project.entityId, value: f.value, unit: 't/yr', text: f.text, start: at });
    }
  }
}

/** The claims one event states, in order of where they start. Never throws. */
export function extractClaims(src: ClaimSource): Claim[] {
  try {
    const lo = src.clause?.start ?? 0;
    const hi = src.clause?.end ?? src.quote.length;
    const text = src.quote.slice(lo, hi);
    const out: Claim[] = [];
    reserves(src, text, lo, hi, out);
    shares(src, text, lo, hi, out);
    money(src, lo, hi, out);
    pricesAndCapacity(src, lo, hi, out);
    eventDate(src, lo, hi, out);
    return out.sort((a, b) => a.start - b.start);
  } catch {
    return [];
  }
}
