/**
 * The events of one sentence (issue 12): its clauses (`clauses.ts`), each dated by its own words,
 * else by its context (`DateContext`), else by its article; each with its own figures and entities.
 */
import type { SentenceUnit } from '../text/sentences';
import { extractClaims } from './claims';
import { splitClauses, type SentenceClause } from './clauses';
import { resolveDate, type ResolveDateOptions } from './dates';
import { parseFigures } from './figures';
import type { Fact, FactDate, Mention } from './schema';
import { isPastOrVerbless } from './tense';

/** The id of a sentence's `n`th event (from 0): stable for the first, `:n` for further ones. */
export function eventId(sourceId: string, start: number, n: number): string {
  return n === 0 ? `${sourceId}:${start}` : `${sourceId}:${start}:${n}`;
}

/**
 * Which event of its sentence a fact is (0 for the first): read from its id (`…:start:n`). A fact
 * keeps it when it moves to another source id (saving, importing).
 */
export function eventIndex(fact: { id: string; start: number }): number {
  const m = new RegExp(`:${fact.start}:(\\d+)$`).exec(fact.id);
  return m ? Number(m[1]) : 0;
}

/** A date the sentences around a clause give it (see `extract.ts` for where it comes from). */
export function contextDate(date: FactDate): FactDate {
  const { value, precision, phrase, qualifier, until } = date;
  return { value, precision, planned: false, from: 'context', ...(phrase ? { phrase } : {}), ...(qualifier ? { qualifier } : {}), ...(until ? { until } : {}) };
}

/** What dates a sentence's undated clauses, in order of preference. */
export interface ClauseContext {
  /** The date the sentence's paragraph (or the sentence itself) opens with. */
  opening?: FactDate;
  /** The date of the topic the sentence continues. */
  topic?: FactDate;
  /** The date in the heading of the sentence's section. */
  section?: FactDate;
}

/** One sentence's reading: its clauses with their dates, before entities are attached. */
export interface SentenceReading {
  clauses: SentenceClause[];
  dates: FactDate[];
  /** The first clause states its own date. */
  ownDate: boolean;
}

/** Splits `sentence` into event clauses and dates each by its own words (memoised per piece). */
export function readSentence(sentence: string, published: string, options: ResolveDateOptions): SentenceReading {
  const memo = new Map<string, FactDate>();
  const dateOf = (text: string): FactDate => {
    let d = memo.get(text);
    if (!d) memo.set(text, (d = resolveDate(text, published, options)));
    return d;
  };
  // A sentence with no date of its own has no dated piece either: skip the per-piece reading.
  const dated = dateOf(sentence).from === 'text';
  const clauses = splitClauses(sentence, (text) => dated && dateOf(text).from === 'text');
  const dates = clauses.map((c) => dateOf(clauses.length === 1 ? sentence : sentence.slice(c.start, c.end)));
  return { clauses, dates, ownDate: dates[0]?.from === 'text' };
}

/** Dates the clauses without a date of their own from `context`, when they tell a past deed. */
export function applyContext(sentence: string, reading: SentenceReading, context: ClauseContext): FactDate[] {
  return reading.dates.map((d, i) => {
    if (d.from === 'text') return d;
    const clause = reading.clauses[i]!;
    if (!isPastOrVerbless(sentence.slice(clause.start, clause.end))) return d;
    const from = context.opening ?? context.topic ?? context.section;
    return from ? contextDate(from) : d;
  });
}

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];

/**
 * The facts of one sentence: one per clause, with the clause's entities (a dependent clause also
 * takes its main clause's; a clause naming none takes the sentence's), its figures (offsets into
 * the quote) and the clause span when there are several. `inherited` are entities the sentence
 * points back to (`The project received…`). Empty when no entity is named or inherited.
 */
export function buildEvents(
  unit: SentenceUnit,
  reading: SentenceReading,
  dates: readonly FactDate[],
  mentions: readonly Mention[],
  inherited: readonly string[],
  sourceId: string,
): { facts: Fact[]; mainEntities: string[] } {
  const inClause = (c: SentenceClause) => mentions.filter((m) => m.start >= unit.start + c.start && m.start < unit.start + c.end).map((m) => m.entityId);
  const sentenceIds = unique([...mentions.map((m) => m.entityId), ...inherited]);
  if (!sentenceIds.length) return { facts: [], mainEntities: [] };
  const several = reading.clauses.length > 1;
  const main = unique([...inClause(reading.clauses[0]!), ...inherited]);
  const mainIds = main.length ? main : sentenceIds;
  const inQuote = mentions.map((m) => ({ entityId: m.entityId, start: m.start - unit.start, end: m.end - unit.start }));
  const facts = reading.clauses.map((c, i): Fact => {
    const own = inClause(c);
    const ids = i === 0 ? mainIds : c.kind === 'dependent' ? unique([...own, ...mainIds]) : own.length ? unique(own) : sentenceIds;
    const text = several ? unit.text.slice(c.start, c.end) : unit.text;
    const shift = several ? c.start : 0;
    const figures = parseFigures(text).map((f) => ({ ...f, start: (f.start ?? 0) + shift }));
    const claims = extractClaims({ quote: unit.text, ...(several ? { clause: c } : {}), figures, date: dates[i]!, entityIds: ids, mentions: inQuote });
    return {
      id: eventId(sourceId, unit.start, i),
      entityIds: ids,
      quote: unit.text,
      start: unit.start,
      end: unit.end,
      date: dates[i]!,
      figures,
      ...(unit.heading ? { section: unit.heading } : {}),
      ...(several ? { clause: { start: c.start, end: c.end } } : {}),
      ...(claims.length ? { claims } : {}),
    };
  });
  return { facts, mainEntities: mainIds };
}
