/**
 * Timelines straight from a bundle (the CLI and tests; the extension queries its store instead).
 */
import type { Entity } from '../catalog/schema';
import type { Bundle, SourcedFact } from '../facts/schema';

/** One timeline row: a fact and the source it came from. */
export interface BundleTimelineItem {
  date: SourcedFact['date'];
  quote: string;
  /** The event's words inside `quote`, when its sentence holds several events. */
  clause?: SourcedFact['clause'];
  figures: SourcedFact['figures'];
  factId: string;
  source: { id: string; title: string; publisher?: string; published: string };
}

/** Finds an entity by id, name or alias (case-insensitive). */
export function findEntity(entities: Entity[], query: string): Entity | undefined {
  const q = query.trim().toLowerCase();
  return (
    entities.find((e) => e.id === q) ??
    entities.find((e) => e.name.toLowerCase() === q) ??
    entities.find((e) => e.aliases.some((a) => a.text.toLowerCase() === q))
  );
}

/** Sort key that orders partial dates chronologically (`2026` sorts before `2026-01-15`). */
export const dateSortKey = (value: string): string => value.padEnd(10, '-');

/** One entity's facts across every source, oldest first (ties: source, then position). */
export function entityTimeline(bundle: Bundle, entityId: string): BundleTimelineItem[] {
  const sources = new Map(bundle.sources.map((s) => [s.id, s]));
  return bundle.facts
    .filter((f) => f.entityIds.includes(entityId))
    .sort((a, b) => dateSortKey(a.date.value).localeCompare(dateSortKey(b.date.value)) || a.sourceId.localeCompare(b.sourceId) || a.start - b.start)
    .map((f) => {
      const s = sources.get(f.sourceId);
      return {
        date: f.date,
        quote: f.quote,
        ...(f.clause ? { clause: f.clause } : {}),
        figures: f.figures,
        factId: f.id,
        source: { id: f.sourceId, title: s?.title ?? f.sourceId, ...(s?.publisher ? { publisher: s.publisher } : {}), published: s?.published ?? '' },
      };
    });
}

/** Human-readable timeline for the terminal. */
export function formatTimeline(entity: Entity, items: BundleTimelineItem[]): string {
  const lines = [`${entity.name} (${entity.kind}) — ${items.length} dated fact(s)`, entity.description, ''];
  for (const it of items) {
    const from = it.date.from === 'published' ? ' (article date)' : it.date.from === 'context' ? ' (context)' : '';
    const when = `${it.date.value}${it.date.planned ? ' planned' : ''}${from}`;
    lines.push(`${when.padEnd(28)} ${it.quote}`);
    // A sentence with several events: say which one this is.
    if (it.clause) lines.push(`${''.padEnd(28)} event: ${it.quote.slice(it.clause.start, it.clause.end)}`);
    if (it.figures.length) lines.push(`${''.padEnd(28)} figures: ${it.figures.map((f) => f.text).join('; ')}`);
    lines.push(`${''.padEnd(28)} — ${it.source.publisher ?? ''}, "${it.source.title}", ${it.source.published}`);
  }
  return `${lines.join('\n')}\n`;
}
