/**
 * A date phrase found in a sentence, before one is chosen as the sentence's event date.
 */
import type { DatePrecision } from './schema';

/** One date phrase in a sentence. Offsets are into the sentence. */
export interface DateCandidate {
  index: number;
  end: number;
  /** Start of the period the phrase names. */
  y: number;
  m?: number;
  d?: number;
  precision: DatePrecision;
  /** Last part of a range (`September 8-12` → `2025-09-12`), at the same precision. */
  until?: string;
  qualifier?: string;
  /** A span such as `over the next decade`: a duration, used only when no point in time is given. */
  period?: 'next' | 'past';
  /** The year was not written: it was inferred from the publication date (`on November 26`). */
  yearless?: boolean;
  /** Only a weekday was written (`on Monday`): the last one before publication unless planned. */
  weekdayOnly?: boolean;
  /** A year naming a plan's milestone (`its 2027 "mine-to-magnet" goal`): the plan is the event, planned. */
  plan?: true;
  /** Which finder produced it: our own patterns win ties over chrono. */
  source: 'own' | 'chrono';
}

/** Sorts candidates, dropping any that overlaps a longer one (ties: own patterns first). */
export function dropOverlaps(candidates: DateCandidate[]): DateCandidate[] {
  const ranked = [...candidates].sort(
    (a, b) => b.end - b.index - (a.end - a.index) || (a.source === b.source ? a.index - b.index : a.source === 'own' ? -1 : 1),
  );
  const kept: DateCandidate[] = [];
  for (const c of ranked) {
    if (!kept.some((k) => c.index < k.end && k.index < c.end)) kept.push(c);
  }
  return kept.sort((a, b) => a.index - b.index);
}
