/**
 * What the library's dictionary page shows (issue 13), as live-query reads: the user's entities
 * (added, edited, or catalog entities with something hidden) with their hides, and the names the
 * saved articles suggest, grouped across articles, without dismissed ones and without names the
 * dictionary has come to know since.
 */
import { nameKey } from '../catalog/user-entity';
import type { EntityKind } from '../catalog/schema';
import type { LodestoneDB } from './db';
import type { DismissedRow, EntityRow, HiddenNameRow } from './rows';

/** One entity of the user's dictionary. */
export interface DictionaryEntry {
  entity: EntityRow;
  /** `added`: the user made it; `edited`: a catalog entity the user changed; `catalog`: unchanged but something of it is hidden. */
  status: 'added' | 'edited' | 'catalog';
  /** Its hides: the whole entity or a form, everywhere or on a site. */
  hides: HiddenNameRow[];
}

/** The "Your entities" list: newest change first, then by name. */
export async function getUserDictionary(db: LodestoneDB): Promise<DictionaryEntry[]> {
  return db.transaction('r', [db.entities, db.hiddenNames], async () => {
    const custom = await db.entities.where('origin').equals('custom').toArray();
    const hides = await db.hiddenNames.toArray();
    const byEntity = new Map<string, HiddenNameRow[]>();
    for (const h of hides) byEntity.set(h.entityId, [...(byEntity.get(h.entityId) ?? []), h]);
    const ids = new Set(custom.map((e) => e.id));
    const hiddenOnly = (await db.entities.bulkGet([...byEntity.keys()].filter((id) => !ids.has(id)))).filter((e): e is EntityRow => e !== undefined);
    const entries: DictionaryEntry[] = [
      ...custom.map((entity) => ({ entity, status: entity.seed ? ('edited' as const) : ('added' as const), hides: byEntity.get(entity.id) ?? [] })),
      ...hiddenOnly.map((entity) => ({ entity, status: 'catalog' as const, hides: byEntity.get(entity.id) ?? [] })),
    ];
    const when = (e: DictionaryEntry) => e.entity.changedAt ?? e.hides.reduce((m, h) => (h.hiddenAt > m ? h.hiddenAt : m), '');
    return entries.sort((a, b) => when(b).localeCompare(when(a)) || a.entity.name.localeCompare(b.entity.name));
  });
}

/** A name the saved articles suggest, across articles. */
export interface Suggestion {
  key: string;
  name: string;
  kind: EntityKind;
  /** Forms the articles define for it (tickers, short forms). */
  aliases: string[];
  role?: string;
  /** Occurrences in all articles together. */
  count: number;
  /** The articles it appears in, most occurrences first. */
  sources: { id: string; title: string; count: number }[];
  /** A sentence it appears in (from the article where it occurs most). */
  sentence: string;
}

/** The suggestions to show: not dismissed, not known by now; most articles first, then most occurrences. */
export async function listSuggestions(db: LodestoneDB, options: { limit?: number } = {}): Promise<Suggestion[]> {
  return db.transaction('r', [db.candidates, db.dismissed, db.entities, db.sources], async () => {
    const [rows, dismissed, entities] = await Promise.all([db.candidates.toArray(), db.dismissed.toArray(), db.entities.toArray()]);
    const gone = new Set(dismissed.map((d: DismissedRow) => d.key));
    const known = new Set<string>();
    for (const e of entities) for (const t of [e.name, ...e.aliases.map((a) => a.text)]) known.add(nameKey(t));
    const groups = new Map<string, typeof rows>();
    for (const r of rows) {
      if (gone.has(r.key) || known.has(nameKey(r.name))) continue;
      groups.set(r.key, [...(groups.get(r.key) ?? []), r]);
    }
    const sourceRows = await db.sources.bulkGet([...new Set([...groups.values()].flat().map((r) => r.sourceId))]);
    const titles = new Map(sourceRows.filter((s) => s !== undefined).map((s) => [s.id, s.title] as const));
    const out: Suggestion[] = [];
    for (const [key, list] of groups) {
      const sorted = [...list].filter((r) => titles.has(r.sourceId)).sort((a, b) => b.count - a.count || a.sourceId.localeCompare(b.sourceId));
      const top = sorted[0];
      if (!top) continue;
      const aliases = [...new Set(sorted.flatMap((r) => r.aliases))].filter((a) => !known.has(nameKey(a)));
      const role = sorted.find((r) => r.role)?.role;
      out.push({
        key,
        name: top.name,
        kind: top.kind,
        aliases,
        ...(role ? { role } : {}),
        count: sorted.reduce((n, r) => n + r.count, 0),
        sources: sorted.map((r) => ({ id: r.sourceId, title: titles.get(r.sourceId) ?? r.sourceId, count: r.count })),
        sentence: top.sentence,
      });
    }
    return out.sort((a, b) => b.sources.length - a.sources.length || b.count - a.count || a.name.localeCompare(b.name)).slice(0, options.limit ?? 100);
  });
}

/** The suggestions the user dismissed (so a dismissal can be seen and undone). */
export async function listDismissed(db: LodestoneDB): Promise<DismissedRow[]> {
  return (await db.dismissed.toArray()).sort((a, b) => b.dismissedAt.localeCompare(a.dismissedAt));
}
