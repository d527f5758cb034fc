/**
 * A fact's event clause inside its sentence (issue 12): the card and the timeline show the whole
 * sentence with the event's own words emphasised, so two events of one sentence read differently.
 */
import type { Clause } from '../facts/schema';
import type { TextRun } from './emphasis';

/** Runs split at the clause's edges: those before it, inside it, and after it. */
export interface ClauseRuns {
  before: TextRun[];
  inside: TextRun[];
  after: TextRun[];
}

/** Splits `runs` (which cover a quote exactly, in order) at `clause.start` and `clause.end`. */
export function splitRunsAtClause(runs: readonly TextRun[], clause: Clause | undefined): ClauseRuns {
  if (!clause) return { before: [], inside: [...runs], after: [] };
  const out: ClauseRuns = { before: [], inside: [], after: [] };
  let at = 0;
  for (const run of runs) {
    const start = at;
    const end = at + run.text.length;
    at = end;
    const cut = (from: number, to: number, into: TextRun[]) => {
      const a = Math.max(from, start);
      const b = Math.min(to, end);
      if (a < b) into.push({ ...run, text: run.text.slice(a - start, b - start) });
    };
    cut(0, clause.start, out.before);
    cut(clause.start, clause.end, out.inside);
    cut(clause.end, Number.POSITIVE_INFINITY, out.after);
  }
  return out;
}

/**
 * The card's plain text around a clause, shortened where the sentence before the clause is long
 * (the card shows four lines): `…the last words before` + clause + what follows.
 */
export function clauseTexts(quote: string, clause: Clause | undefined, maxBefore = 70): { before: string; clause: string; after: string } {
  if (!clause) return { before: '', clause: quote, after: '' };
  let before = quote.slice(0, clause.start);
  if (before.length > maxBefore) {
    const tail = before.slice(-maxBefore);
    const space = tail.indexOf(' ');
    before = `…${space >= 0 ? tail.slice(space) : tail}`;
  }
  return { before, clause: quote.slice(clause.start, clause.end), after: quote.slice(clause.end) };
}
