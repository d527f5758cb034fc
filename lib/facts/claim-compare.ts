/**
 * Compares the claims of facts (issue 12): where claims about the same entity and measure differ,
 * "Sources disagree"; where they match across sources, "2 sources agree". Pure and explainable:
 * every group carries the reason (`why`) in words.
 *
 * Precision before recall — a false "disagree" costs more trust than a missed one:
 * - Values are compared only in the same unit (tonnes with tonnes; a price per pound with a price
 *   per tonne in the same currency, converted by the fixed mass factor). Currencies are never
 *   converted: no exchange rate is both fixed and right.
 * - Numbers differ only beyond rounding: more than 5% apart (10% when either says `about`).
 * - Amounts of money only ever agree: two different amounts for one company's loans are far more
 *   likely two loans than a contradiction (an $80 million loan and a $2 million grant are two facts).
 * - Prices are compared only within the same month: prices move.
 * - A world rank is a slot: two entities called the world's second-largest holder disagree.
 * - The dates of a named event are compared only for the same actors, action and object — the same
 *   named policy or project, or objects that share what they are about — and disagree only when
 *   the periods they name do not overlap.
 */
import { formatClaimValue, measureWords } from './claim-words';
import { dayNumber, periodOf } from './date-calendar';
import type { Claim, SourcedFact } from './schema';

/** One claim as a group shows it: where it is from and what it says. */
export interface ClaimEntry {
  factId: string;
  sourceId: string;
  quote: string;
  /** The value in words (`6th`, `16.1 million t`, `85–90%`, `3 Dec 2025`). */
  value: string;
  claim: Claim;
}

/** Claims about one topic that disagree or agree. */
export interface ClaimGroup {
  /** What it is about, in words (`Vietnam: world rank in rare earth reserves`). */
  topic: string;
  entityIds: string[];
  claims: ClaimEntry[];
  /** Why they disagree or agree, in words. */
  why: string;
}

/** The comparison of a set of facts' claims. */
export interface ClaimComparison {
  contested: ClaimGroup[];
  corroborated: ClaimGroup[];
}

const MASS_PER_T: Record<string, number> = { t: 1, kg: 1000, lb: 2204.62262 };

/** A value in the claim's comparable unit, or undefined when it cannot be compared. */
function comparable(c: Claim, unit: string): { lo: number; hi: number } | undefined {
  if (c.value === undefined || !c.unit) return undefined;
  const hi = c.max ?? c.value;
  if (c.unit === unit) return { lo: c.value, hi };
  // Prices per mass in the same currency: per lb ↔ per kg ↔ per t by fixed factors.
  const [cur, per] = c.unit.split('/');
  const [curTo, perTo] = unit.split('/');
  if (cur && per && cur === curTo && perTo && MASS_PER_T[per] && MASS_PER_T[perTo]) {
    const k = MASS_PER_T[per] / MASS_PER_T[perTo];
    return { lo: c.value * k, hi: hi * k };
  }
  return undefined;
}

type Relation = 'same' | 'different' | 'unclear';

function relateValues(a: Claim, b: Claim): Relation {
  const unit = a.unit ?? '';
  const x = comparable(a, unit);
  const y = comparable(b, unit);
  if (!x || !y) return 'unclear';
  if (unit === 'rank') return x.lo === y.lo ? 'same' : 'different';
  const tolerance = a.approximate || b.approximate ? 0.1 : 0.05;
  const close = (p: number, q: number) => Math.abs(p - q) <= tolerance * Math.max(Math.abs(p), Math.abs(q));
  // Within 0.5%: the same figure (a converted unit never lands exactly: $110/lb is $242,508.49/t).
  const equal = (p: number, q: number) => Math.abs(p - q) <= 0.005 * Math.max(Math.abs(p), Math.abs(q));
  if (equal(x.lo, y.lo) && equal(x.hi, y.hi)) return 'same';
  if (close(x.lo, y.lo) && close(x.hi, y.hi)) return a.approximate || b.approximate ? 'same' : 'unclear';
  // Ranges that overlap are not a contradiction.
  if (x.lo <= y.hi && y.lo <= x.hi) return 'unclear';
  return 'different';
}

/** The days a partial date at its precision covers (`2025-10` month → 1–31 Oct 2025). */
function period(d: NonNullable<Claim['date']>): [number, number] {
  const [y = 0, m, day] = d.value.split('-').map(Number);
  const p = periodOf(y, m, day, d.precision);
  return [dayNumber(p.start), dayNumber(p.end)];
}

function relateDates(a: Claim, b: Claim): Relation {
  if (!a.date || !b.date) return 'unclear';
  if (a.date.value === b.date.value && a.date.precision === b.date.precision) return 'same';
  const [a0, a1] = period(a.date);
  const [b0, b1] = period(b.date);
  // `2025` and `2025-10-07` overlap: one is only less precise. Only periods that cannot meet disagree.
  return a0 <= b1 && b0 <= a1 ? 'unclear' : 'different';
}

/** Two `date:` claims are about the same event: same actors, action and object. */
function sameEvent(a: Claim, b: Claim): boolean {
  if ((a.actors ?? []).join('+') !== (b.actors ?? []).join('+')) return false;
  if (a.objectId && b.objectId) return a.objectId === b.objectId;
  return (a.about ?? []).some((w) => (b.about ?? []).includes(w));
}

interface Item {
  fact: SourcedFact;
  claim: Claim;
}

const entry = (it: Item): ClaimEntry => ({
  factId: it.fact.id,
  sourceId: it.fact.sourceId,
  quote: it.fact.quote,
  value: formatClaimValue(it.claim),
  claim: it.claim,
});

function describe(items: Item[], verdict: 'disagree' | 'agree'): string {
  if (verdict === 'disagree') return `One says ${items.map((it) => formatClaimValue(it.claim)).join(', another ')}`;
  return `${new Set(items.map((i) => i.fact.sourceId)).size} sources say ${formatClaimValue(items[0]!.claim)}`;
}

/** Splits `items` (one topic) into those that disagree and those that agree. */
function judge(items: Item[], relate: (a: Claim, b: Claim) => Relation): 'disagree' | 'agree' | undefined {
  let different = false;
  let allSame = true;
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const r = relate(items[i]!.claim, items[j]!.claim);
      if (r === 'different') different = true;
      if (r !== 'same') allSame = false;
    }
  }
  if (different) return 'disagree';
  if (allSame && new Set(items.map((i) => i.fact.sourceId)).size >= 2) return 'agree';
  return undefined;
}

/** Groups items by a key; keeps groups of two or more. */
function groupBy(items: Item[], key: (it: Item) => string | undefined): Item[][] {
  const groups = new Map<string, Item[]>();
  for (const it of items) {
    const k = key(it);
    if (k === undefined) continue;
    groups.set(k, [...(groups.get(k) ?? []), it]);
  }
  return [...groups.values()].filter((g) => g.length >= 2);
}

/**
 * Compares the claims of `facts`. `name` turns an entity id into its name for the topic line (ids
 * when omitted). Groups come in a stable order (by topic).
 */
export function compareClaims(facts: readonly SourcedFact[], name: (id: string) => string = (id) => id): ClaimComparison {
  const items: Item[] = facts.flatMap((fact) => (fact.claims ?? []).map((claim) => ({ fact, claim })));
  const contested: ClaimGroup[] = [];
  const corroborated: ClaimGroup[] = [];
  const add = (verdict: 'disagree' | 'agree' | undefined, group: Item[], topic: string, entityIds: string[]) => {
    if (!verdict) return;
    const out = { topic, entityIds, claims: group.map(entry), why: describe(group, verdict) };
    (verdict === 'disagree' ? contested : corroborated).push(out);
  };
  // Same entity, same measure.
  const values = items.filter((it) => !it.claim.date);
  for (const group of groupBy(values, (it) => `${it.claim.entityId}|${it.claim.measure}`)) {
    const measure = group[0]!.claim.measure;
    // Prices move: compare them within the month only.
    const parts = /price$/.test(measure) ? groupBy(group, (it) => it.fact.date.value.slice(0, 7)) : [group];
    for (const part of parts) {
      const verdict = judge(part, relateValues);
      add(measure.startsWith('money:') && verdict === 'disagree' ? undefined : verdict, part, `${name(part[0]!.claim.entityId)}: ${measureWords(measure)}`, [
        part[0]!.claim.entityId,
      ]);
    }
  }
  // A world rank is one slot: two entities cannot both be the world's second-largest.
  const ranks = values.filter((it) => it.claim.unit === 'rank');
  for (const group of groupBy(ranks, (it) => `${it.claim.measure}#${it.claim.value}`)) {
    const ids = [...new Set(group.map((it) => it.claim.entityId))];
    if (ids.length < 2) continue;
    const what = `the world's ${formatClaimValue(group[0]!.claim).replace(' ', '-')} ${measureWords(group[0]!.claim.measure).replace(/^world rank in /, '')}`;
    // Here the entity is what differs: say it with each value.
    const claims = group.map((it) => ({ ...entry(it), value: `${name(it.claim.entityId)}: ${formatClaimValue(it.claim)}` }));
    contested.push({ topic: `Who holds ${what}`, entityIds: ids, claims, why: `${ids.map(name).join(' and ')} are each said to hold ${what}` });
  }
  // Dates of named events.
  const dated = items.filter((it) => it.claim.date);
  for (const group of groupBy(dated, (it) => `${(it.claim.actors ?? []).join('+')}|${it.claim.measure}`)) {
    const used = new Set<Item>();
    for (const a of group) {
      if (used.has(a)) continue;
      const same = group.filter((b) => b === a || (!used.has(b) && sameEvent(a.claim, b.claim)));
      if (same.length < 2) continue;
      for (const b of same) used.add(b);
      const actors = a.claim.actors ?? [a.claim.entityId];
      add(judge(same, relateDates), same, `${actors.map(name).join(' and ')}: ${measureWords(a.claim.measure)}`, actors);
    }
  }
  const order = (x: ClaimGroup, y: ClaimGroup) => x.topic.localeCompare(y.topic) || (x.claims[0]?.factId ?? '').localeCompare(y.claims[0]?.factId ?? '');
  return { contested: contested.sort(order), corroborated: corroborated.sort(order) };
}

/** The store's lookup keys for a claim: its topic, and for a rank, its slot (see `compareClaims`). */
export function claimKeys(c: Claim): string[] {
  if (c.date) return (c.actors ?? [c.entityId]).map((a) => `${a}|${c.measure}`);
  const keys = [`${c.entityId}|${c.measure}`];
  if (c.unit === 'rank') keys.push(`*|${c.measure}#${c.value}`);
  return keys;
}
