// Scores the shipped timeline against our own hand-built list of the seeds' dated events
// (test/fixtures/events/seed-events.json, written before the event extractor was changed; its
// `counting` field says how an event is matched). Prints the figures; fails under the issue's bar.
import { describe, expect, it } from 'vitest';
import events from '../../fixtures/events/seed-events.json' with { type: 'json' };
import type { SourcedFact } from '../../../lib/facts/schema';
import { bundle, catalog, seedId } from './seed-bundle';

interface SeedEvent {
  id: string;
  source: string;
  sentence: string;
  clause: string;
  value: string;
  precision: string;
  planned: boolean;
  from: string;
  entities: string[];
}

const LIST = events.events as SeedEvent[];

function sourceIdOf(ref: string): string {
  const [prefix, rest] = ref.split(':');
  return rest ? `${seedId(prefix ?? '')}:${rest}` : seedId(prefix ?? '');
}

/** The fact that carries `e`, if the timeline has one (see `counting`). */
export function findEvent(facts: readonly SourcedFact[], e: SeedEvent): SourcedFact | undefined {
  const sourceId = sourceIdOf(e.source);
  return facts.find((f) => {
    if (f.sourceId !== sourceId || !f.quote.startsWith(e.sentence)) return false;
    const span = f.clause ? f.quote.slice(f.clause.start, f.clause.end) : f.quote;
    return span.includes(e.clause) && e.entities.some((id) => f.entityIds.includes(id));
  });
}

/** The figures: how many events are present, at the right date and precision, planned and `from` as listed. */
export function scoreTimeline(facts: readonly SourcedFact[]) {
  let present = 0;
  let rightDate = 0;
  let rightPlanned = 0;
  let rightFrom = 0;
  const misses: string[] = [];
  for (const e of LIST) {
    const f = findEvent(facts, e);
    if (!f) {
      misses.push(`${e.id} missing: ${e.clause}`);
      continue;
    }
    present++;
    if (f.date.value === e.value && f.date.precision === e.precision) rightDate++;
    else misses.push(`${e.id} dated ${f.date.value} ${f.date.precision} (${f.date.from}), listed ${e.value} ${e.precision} (${e.from}): ${e.clause}`);
    if (f.date.planned === e.planned) rightPlanned++;
    if (f.date.from === e.from) rightFrom++;
  }
  const pct = (n: number) => Math.round((1000 * n) / LIST.length) / 10;
  return {
    total: LIST.length,
    present,
    rightDate,
    rightPlanned,
    rightFrom,
    presentPct: pct(present),
    rightDatePct: pct(rightDate),
    plannedPct: pct(rightPlanned),
    fromPct: pct(rightFrom),
    misses,
  };
}

describe('the timeline against our list of the seeds’ dated events', () => {
  it('lists real entities and covers every seed', () => {
    const ids = new Set(catalog.entities.map((e) => e.id));
    for (const e of LIST) for (const id of e.entities) expect(ids.has(id), `${e.id}: ${id}`).toBe(true);
    expect(new Set(LIST.map((e) => e.source.slice(0, 3)))).toEqual(new Set(['000', '001', '002', '003', '004']));
    expect(LIST.length).toBeGreaterThanOrEqual(100);
  });

  it('carries ≥ 95% of them, ≥ 95% at the right date and precision', () => {
    const s = scoreTimeline(bundle.facts);
    // The figures the README quotes: printed so a run shows them.
    console.log(
      `seed events: ${s.present}/${s.total} present (${s.presentPct}%), ${s.rightDate}/${s.total} at the right date and precision (${s.rightDatePct}%), ` +
        `planned flag right ${s.plannedPct}%, date.from right ${s.fromPct}%${s.misses.length ? `\n  ${s.misses.join('\n  ')}` : ''}`,
    );
    expect(s.presentPct).toBeGreaterThanOrEqual(95);
    expect(s.rightDatePct).toBeGreaterThanOrEqual(95);
  });
});
